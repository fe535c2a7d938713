import { loadAuthorityRows, placeholders } from '../../platform/authority-rows.loader';
import { RequestContext } from '../../platform/request-context';
import { JourneyRow, JourneyStatusRow } from './journey-row';

const date = (value: unknown) => (value == null ? null : String(value));
// MySQL returns booleans as 0/1 (tinyint), SQLite as 0/1 too.
const flag = (value: unknown) => Number(value) === 1;

export function toJourneyRow(raw: Record<string, unknown>): JourneyRow {
  return {
    id: String(raw.id),
    childId: String(raw.child_id),
    authorityCode: String(raw.authority_code),
    dateOfBirth: String(raw.date_of_birth),
    sex: String(raw.sex),
    ethnicity: String(raw.ethnicity),
    disability: flag(raw.disability),
    enteredCare: String(raw.entered_care),
    earlyNotification: date(raw.early_notification),
    decisionDate: date(raw.decision_date),
    placementOrderDate: date(raw.placement_order_date),
    matchDate: date(raw.match_date),
    placedDate: date(raw.placed_date),
    adoptionOrderDate: date(raw.adoption_order_date),
    planCeasedDate: date(raw.plan_ceased_date),
    planCeasedReason: date(raw.plan_ceased_reason),
    earlyPermanence: String(raw.early_permanence),
    fosterPlacementStart: date(raw.foster_placement_start),
    adoptedByFosterCarer: flag(raw.adopted_by_foster_carer),
    adopterSource: date(raw.adopter_source),
    adopterAgencyCode: date(raw.adopter_agency_code),
    adopterEthnicity: date(raw.adopter_ethnicity),
    siblingGroupId: date(raw.sibling_group_id),
    siblingGroupSize: Number(raw.sibling_group_size),
    disruptedDate: date(raw.disrupted_date),
  };
}

/**
 * Every journey of the authorities asked for: one statement per request however many authorities
 * (a region's members, or many `_entities` representations) ask. Journeys are few (hundreds per
 * council), so every adoption figure is folded from them in code, filters and all.
 */
export function journeysOf(context: RequestContext, authorityCodes: readonly string[]): Promise<JourneyRow[]> {
  return loadAuthorityRows(context, 'adoption-journeys', authorityCodes, async (codes) => {
    const rows: Record<string, unknown>[] = await context.dataSource.query(
      `SELECT * FROM adoption_journey WHERE authority_code IN (${placeholders(codes)})`,
      codes,
    );
    return rows.map(toJourneyRow);
  });
}

/** Every journey whose adopters an agency approved (for the agency's placements of other councils' children). */
export function journeysWithAdoptersOf(context: RequestContext, agencyCodes: readonly string[]): Promise<JourneyRow[]> {
  const loader = context.loader<string, JourneyRow[]>('adoption-journeys-by-adopter-agency', async (keys) => {
    const rows: Record<string, unknown>[] = await context.dataSource.query(
      `SELECT * FROM adoption_journey WHERE adopter_agency_code IN (${placeholders([...keys])})`,
      [...keys],
    );
    const journeys = rows.map(toJourneyRow);
    return keys.map((key) => journeys.filter((j) => j.adopterAgencyCode === key));
  });
  // A failed load is the database's error, not "no journeys" (which would count as zeros).
  return loader.loadMany(agencyCodes).then((lists) =>
    lists.flatMap((list) => {
      if (list instanceof Error) throw list;
      return list;
    }),
  );
}

/** Family-finding statuses of the authorities' journeys; one statement per request. */
export function journeyStatusesOf(
  context: RequestContext,
  authorityCodes: readonly string[],
): Promise<JourneyStatusRow[]> {
  return loadAuthorityRows(context, 'adoption-journey-statuses', authorityCodes, async (codes) => {
    const rows: Record<string, unknown>[] = await context.dataSource.query(
      `SELECT journey_id, authority_code, status_from, status, search_scope FROM adoption_journey_status WHERE authority_code IN (${placeholders(codes)})`,
      codes,
    );
    return rows.map((raw) => ({
      journeyId: String(raw.journey_id),
      authorityCode: String(raw.authority_code),
      statusFrom: String(raw.status_from),
      status: String(raw.status),
      searchScope: date(raw.search_scope),
    }));
  });
}

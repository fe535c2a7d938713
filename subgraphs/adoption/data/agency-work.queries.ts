import { placeholders } from '../../platform/authority-rows.loader';
import { RequestContext } from '../../platform/request-context';
import { CubeRow } from '../../measures/breakdown';
import { TimePoint } from '../../measures/time';
import { hasDetail } from '../dimensions/agency-work.dimensions';

export interface AgencyEventRow {
  agencyCode: string;
  hubCode: string;
  kind: string;
  eventDate: string;
  endDate: string | null;
  detail: string;
  days: number | null;
  valueGbp: number | null;
}

/** An agency's records of one kind; all kinds and agencies asked for in a request share one statement. */
export function agencyEvents(context: RequestContext, agencyCode: string, kind: string): Promise<AgencyEventRow[]> {
  const loader = context.loader<string, AgencyEventRow[]>('agency-events', async (keys) => {
    const pairs = keys.map((k) => k.split('|'));
    const agencies = [...new Set(pairs.map(([a]) => a))];
    const kinds = [...new Set(pairs.map(([, k]) => k))];
    const rows: Record<string, unknown>[] = await context.dataSource.query(
      `SELECT agency_code, hub_code, kind, event_date, end_date, detail, days, value_gbp FROM agency_event
       WHERE agency_code IN (${placeholders(agencies)}) AND kind IN (${placeholders(kinds)})`,
      [...agencies, ...kinds],
    );
    const events = rows.map((r) => ({
      agencyCode: String(r.agency_code),
      hubCode: String(r.hub_code),
      kind: String(r.kind),
      eventDate: String(r.event_date),
      endDate: r.end_date == null ? null : String(r.end_date),
      detail: String(r.detail),
      days: r.days == null ? null : Number(r.days),
      valueGbp: r.value_gbp == null ? null : Number(r.value_gbp),
    }));
    return pairs.map(([a, k]) => events.filter((e) => e.agencyCode === a && e.kind === k));
  });
  return loader.load(`${agencyCode}|${kind}`);
}

/**
 * A cube row of agency work: one agency's records of a kind (the agency's code stands in the
 * kit's `authorityCode`, see `recordHolders` in agency-work.measures.ts), grouped by the
 * attributes asked for; `sum` is their days or their pounds.
 */
export interface AgencyWorkRow extends CubeRow {
  hubCode?: string;
  detail?: string;
  days?: number;
  sum: number;
}

/** What a cube row tallies: every record; records with days taken (`sum`: the days); or money (`sum`: pounds). */
export type AgencyTally = 'records' | 'days' | 'money';

export type AgencyAttribute = 'hubCode' | 'detail' | 'days';

/** What a figure asks of the records: a kind, the detail pairs they must all have, and the time. */
export interface AgencyWorkAsk {
  kind: string;
  detail: string[];
  time: TimePoint;
}

/**
 * The records the figure is about: dated in the period, or (for a date) open at the end of it
 * — begun on or before the day and not ended by it.
 */
function inTime(event: AgencyEventRow, time: TimePoint): boolean {
  if (time.kind === 'SNAPSHOT')
    return event.eventDate <= time.date! && (event.endDate === null || event.endDate > time.date!);
  return event.eventDate >= time.period!.start && event.eventDate <= time.period!.end;
}

/**
 * The cube of agency work for some agencies, grouped by `grouping`. It is folded here from the
 * request's one statement of agency events (`agencyEvents`), so that every figure, grouping and
 * period of a request — count, by hub, days, shares, a series — costs no further statement.
 * Money is one row per agency, present even with no records in the period: a period with no
 * applications is £0, not "no data" (that is decided by the agency's coverage).
 */
export async function agencyWorkCube(
  context: RequestContext,
  agencyCodes: string[],
  ask: AgencyWorkAsk,
  grouping: string[],
  tallied: AgencyTally,
): Promise<AgencyWorkRow[]> {
  const lists = await Promise.all(agencyCodes.map((agency) => agencyEvents(context, agency, ask.kind)));
  const records = lists
    .flat()
    .filter((e) => inTime(e, ask.time) && hasDetail(e.detail, ask.detail) && (tallied !== 'days' || e.days !== null));
  if (tallied === 'money') {
    return agencyCodes.map((agency) => ({
      authorityCode: agency,
      n: 1,
      sum: records.filter((e) => e.agencyCode === agency).reduce((s, e) => s + (e.valueGbp ?? 0), 0),
    }));
  }
  const attributes = grouping as AgencyAttribute[];
  const cells = new Map<string, AgencyWorkRow>();
  for (const e of records) {
    const values: Pick<AgencyWorkRow, AgencyAttribute> = {
      hubCode: e.hubCode,
      detail: e.detail,
      days: e.days ?? undefined,
    };
    const key = JSON.stringify([e.agencyCode, ...attributes.map((a) => values[a])]);
    const cell = cells.get(key) ?? {
      authorityCode: e.agencyCode,
      n: 0,
      sum: 0,
      ...Object.fromEntries(attributes.map((a) => [a, values[a]])),
    };
    cell.n += 1;
    cell.sum += tallied === 'days' ? e.days! : 0;
    cells.set(key, cell);
  }
  return [...cells.values()];
}

import { registerEnumType } from 'type-graphql';
import { Dimension } from '../../measures/breakdown';
import { DimensionSet } from '../../measures/measure';
import { loadAuthorityRows } from '../../platform/authority-rows.loader';
import { RequestContext } from '../../platform/request-context';
import { journeyStatusesOf, journeysOf } from '../data/journeys.queries';
import { daysBetween, JourneyCubeRow } from './journey.dimensions';
import { JourneyRow, JourneyStatusRow } from '../data/journey-row';

export enum FamilyFindingStatus {
  ACTIVELY_FAMILY_FINDING = 'ACTIVELY_FAMILY_FINDING',
  LINKED = 'LINKED',
  LINKED_OWN_CARER_OR_SIBLINGS = 'LINKED_OWN_CARER_OR_SIBLINGS',
  MATCHED_MOVING = 'MATCHED_MOVING',
  FAMILY_FINDING_STOPPED = 'FAMILY_FINDING_STOPPED',
  AWAITING_PO_REVOCATION = 'AWAITING_PO_REVOCATION',
}

const STATUS_LABELS: Record<FamilyFindingStatus, string> = {
  ACTIVELY_FAMILY_FINDING: 'Actively family finding (no link yet)',
  LINKED: 'Linked with adopters, progressing to match',
  LINKED_OWN_CARER_OR_SIBLINGS: "Linked with their own foster carers or a sibling's adopters",
  MATCHED_MOVING: 'Matched, moving in',
  FAMILY_FINDING_STOPPED: 'Family finding stopped (plan under review)',
  AWAITING_PO_REVOCATION: 'Awaiting revocation of the placement order',
};

registerEnumType(FamilyFindingStatus, {
  name: 'FamilyFindingStatus',
  description: 'Where family finding stands for a child waiting with a placement order.',
  valuesConfig: Object.fromEntries(Object.entries(STATUS_LABELS).map(([key, description]) => [key, { description }])),
});

export enum WaitingDimension {
  STATUS = 'STATUS',
  SEARCH_SCOPE = 'SEARCH_SCOPE',
  WAIT_SINCE_PLACEMENT_ORDER = 'WAIT_SINCE_PLACEMENT_ORDER',
}

registerEnumType(WaitingDimension, {
  name: 'WaitingDimension',
  description: 'A way to split the children waiting with a placement order.',
  valuesConfig: {
    STATUS: { description: 'Family-finding status (FamilyFindingStatus), NOT_RECORDED if none.' },
    SEARCH_SCOPE: {
      description: 'For children actively family-found: IN_REGION or NATIONAL; NOT_SEARCHING otherwise.',
    },
    WAIT_SINCE_PLACEMENT_ORDER: {
      description: 'Months since the placement order: 0-3_months, 3-6_months, 6-9_months, 9-12_months, 12+_months.',
    },
  },
});

/** A waiting child with their status on the day (`sum`: days since the placement order, for the average). */
export type WaitingRow = JourneyCubeRow & {
  status: string;
  searchScope: string | null;
  daysSinceOrder: number | null;
  sum?: number;
};

const WAIT_BANDS: [string, number][] = [
  ['0-3_months', 3],
  ['3-6_months', 6],
  ['6-9_months', 9],
  ['9-12_months', 12],
  ['12+_months', Infinity],
];

function waitBand(row: WaitingRow, at: string): string {
  if (!row.placementOrderDate) return 'NO_ORDER';
  const [py, pm, pd] = row.placementOrderDate.split('-').map(Number);
  const [ay, am, ad] = at.split('-').map(Number);
  const months = (ay - py) * 12 + (am - pm) - (ad < pd ? 1 : 0);
  return WAIT_BANDS.find(([, below]) => months < below)![0];
}

/** Waiting with a plan: decided, not placed, plan not ceased, by the end of `at`. */
function waitingWithPlan(j: JourneyRow, at: string): boolean {
  const before = (d: string | null) => d !== null && d <= at;
  return before(j.decisionDate) && !before(j.placedDate) && !before(j.planCeasedDate) && !before(j.adoptionOrderDate);
}

/** Each journey's family-finding status on the day: the latest one starting by then. */
function statusesAt(
  statuses: readonly JourneyStatusRow[],
  at: string,
): Map<string, { status: string; searchScope: string | null; from: string }> {
  const latest = new Map<string, { status: string; searchScope: string | null; from: string }>();
  for (const s of statuses) {
    if (s.statusFrom > at) continue;
    const held = latest.get(s.journeyId);
    if (!held || held.from < s.statusFrom)
      latest.set(s.journeyId, { status: s.status, searchScope: s.searchScope, from: s.statusFrom });
  }
  return latest;
}

/**
 * The children waiting at the end of a day, one row each (n = 1): everyone with a decision not
 * yet placed, with their family-finding status on the day and, for those with a placement
 * order, the days since it. Worked out once per request and date for every authority asked.
 */
export function waitingChildrenAt(
  context: RequestContext,
  authorityCodes: string[],
  at: string,
): Promise<WaitingRow[]> {
  return loadAuthorityRows(context, `waiting-children|${at}`, authorityCodes, async (codes) => {
    const [journeys, statuses] = await Promise.all([journeysOf(context, codes), journeyStatusesOf(context, codes)]);
    const latest = statusesAt(statuses, at);
    return journeys
      .filter((j) => waitingWithPlan(j, at))
      .map((j) => ({
        ...j,
        n: 1,
        status: latest.get(j.id)?.status ?? 'NOT_RECORDED',
        searchScope: latest.get(j.id)?.searchScope ?? null,
        daysSinceOrder:
          j.placementOrderDate && j.placementOrderDate <= at ? daysBetween(j.placementOrderDate, at) : null,
      }));
  });
}

const SEARCH_SCOPES = [
  { key: 'IN_REGION', label: 'Searching within the region' },
  { key: 'NATIONAL', label: 'Searching beyond the region' },
  { key: 'NOT_SEARCHING', label: 'Not actively family finding' },
];

/** The ways to split the children waiting with a placement order (the rows carry every attribute, one child each). */
export const WAITING_DIMENSIONS: DimensionSet<WaitingRow> = {
  enumType: WaitingDimension,
  rowTypeName: 'WaitingChildrenFigureRow',
  columns: { STATUS: 'status', SEARCH_SCOPE: 'search', WAIT_SINCE_PLACEMENT_ORDER: 'po_duration' },
  dimension(by, request): Dimension<WaitingRow> {
    switch (by as WaitingDimension) {
      case WaitingDimension.STATUS:
        return {
          column: 'status',
          attributes: ['status'],
          keys: () => Object.entries(STATUS_LABELS).map(([key, label]) => ({ key, label })),
          keyOf: (r) => r.status,
        };
      case WaitingDimension.SEARCH_SCOPE:
        return {
          column: 'search',
          attributes: ['status', 'searchScope'],
          keys: () => SEARCH_SCOPES,
          keyOf: (r) => (r.status === 'ACTIVELY_FAMILY_FINDING' ? (r.searchScope ?? 'IN_REGION') : 'NOT_SEARCHING'),
        };
      case WaitingDimension.WAIT_SINCE_PLACEMENT_ORDER:
        return {
          column: 'po_duration',
          attributes: ['placementOrderDate'],
          keys: () => WAIT_BANDS.map(([key]) => ({ key, label: key.replace('_', ' ') })),
          keyOf: (r) => waitBand(r, request.time.date!),
        };
    }
  },
};

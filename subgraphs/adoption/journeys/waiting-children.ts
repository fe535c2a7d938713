import { registerEnumType } from 'type-graphql';
import { breakdownCells, Dimension } from '../../measures/breakdown';
import { buildFigure, countFigure, seesSmallNumbers } from '../../measures/figure.builder';
import { BreakdownCell, Figure, FigureUnit } from '../../measures/figure.type';
import { FigureScope } from '../../measures/figure-scope';
import { RequestContext } from '../../platform/request-context';
import { journeyCoverage } from './data/journey-coverage';
import { journeyStatusesOf, journeysOf } from './data/journeys.queries';
import { CHARACTERISTIC_LABELS } from './adoption-activity.measures';
import { daysBetween, JourneyCubeRow } from './journey-dimensions';
import { Characteristic, hasCharacteristic, isPriority, JourneyRow } from './journey-row';

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
  LINKED_OWN_CARER_OR_SIBLINGS: 'Linked with their own foster carers or a sibling\'s adopters',
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
    SEARCH_SCOPE: { description: 'For children actively family-found: IN_REGION or NATIONAL; NOT_SEARCHING otherwise.' },
    WAIT_SINCE_PLACEMENT_ORDER: { description: 'Months since the placement order: 0-3_months, 3-6_months, 6-9_months, 9-12_months, 12+_months.' },
  },
});

/** A waiting child with their status on the day. */
type WaitingRow = JourneyCubeRow & { status: string; searchScope: string | null; daysSinceOrder: number | null };

const WAIT_BANDS: [string, number][] = [['0-3_months', 3], ['3-6_months', 6], ['6-9_months', 9], ['9-12_months', 12], ['12+_months', Infinity]];

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

/**
 * The children waiting at a date: everyone with a decision not yet placed, and those with a
 * placement order among them, with their family-finding status on the day.
 */
export class WaitingChildren {
  constructor(
    readonly scope: FigureScope,
    readonly at: string,
  ) {}

  private async waiting(context: RequestContext): Promise<WaitingRow[] | null> {
    const covered = await journeyCoverage.covered(context, this.scope.authorityCodes, { from: this.at, to: this.at });
    if (this.scope.authorityCodes.some((code) => !covered.has(code))) return null;
    const [journeys, statuses] = await Promise.all([journeysOf(context, this.scope.authorityCodes), journeyStatusesOf(context, this.scope.authorityCodes)]);
    const latest = new Map<string, { status: string; searchScope: string | null; from: string }>();
    for (const s of statuses) {
      if (s.statusFrom > this.at) continue;
      const held = latest.get(s.journeyId);
      if (!held || held.from < s.statusFrom) latest.set(s.journeyId, { status: s.status, searchScope: s.searchScope, from: s.statusFrom });
    }
    return journeys
      .filter((j) => waitingWithPlan(j, this.at))
      .map((j) => ({
        ...j,
        n: 1,
        status: latest.get(j.id)?.status ?? 'NOT_RECORDED',
        searchScope: latest.get(j.id)?.searchScope ?? null,
        daysSinceOrder: j.placementOrderDate && j.placementOrderDate <= this.at ? daysBetween(j.placementOrderDate, this.at) : null,
      }));
  }

  private async withOrder(context: RequestContext, statuses: FamilyFindingStatus[]): Promise<WaitingRow[] | null> {
    const rows = await this.waiting(context);
    return rows === null ? null : rows.filter((r) => r.daysSinceOrder !== null && (statuses.length === 0 || statuses.includes(r.status as FamilyFindingStatus)));
  }

  unsuppressed(context: RequestContext): boolean {
    return seesSmallNumbers(context.viewer, this.scope.authorityCodes, this.scope.regionCode);
  }

  async withAdoptionPlan(context: RequestContext): Promise<Figure> {
    const rows = await this.waiting(context);
    return countFigure(rows === null ? null : rows.length, this.unsuppressed(context));
  }

  async withPlacementOrder(context: RequestContext, statuses: FamilyFindingStatus[]): Promise<Figure> {
    const rows = await this.withOrder(context, statuses);
    return countFigure(rows === null ? null : rows.length, this.unsuppressed(context));
  }

  async breakdown(context: RequestContext, by: WaitingDimension, statuses: FamilyFindingStatus[]): Promise<BreakdownCell[]> {
    const dimension = this.dimension(by);
    const rows = await this.withOrder(context, statuses);
    if (rows === null) return dimension.keys().map(({ key, label }) => ({ key, label, figure: countFigure(null, false) }));
    return breakdownCells(rows, dimension, this.unsuppressed(context));
  }

  async characteristics(context: RequestContext, statuses: FamilyFindingStatus[]): Promise<BreakdownCell[]> {
    const rows = await this.withOrder(context, statuses);
    const unsuppressed = this.unsuppressed(context);
    return [...Object.values(Characteristic), 'ANY' as const].map((key) => ({
      key,
      label: CHARACTERISTIC_LABELS[key],
      figure: countFigure(rows === null ? null : rows.filter((r) => (key === 'ANY' ? isPriority(r) : hasCharacteristic(r, key))).length, unsuppressed),
    }));
  }

  async averageDaysSincePlacementOrder(context: RequestContext, statuses: FamilyFindingStatus[]): Promise<Figure> {
    const rows = await this.withOrder(context, statuses);
    const total = rows === null ? null : rows.reduce((s, r) => s + r.daysSinceOrder!, 0);
    const value = rows === null || rows.length === 0 ? null : Math.round(total! / rows.length);
    return buildFigure({ value, unit: FigureUnit.DAYS, numerator: total, denominator: rows?.length ?? null, basedOn: rows ? [rows.length] : [] }, this.unsuppressed(context));
  }

  private dimension(by: WaitingDimension): Dimension<WaitingRow> {
    switch (by) {
      case WaitingDimension.STATUS:
        return { column: 'status', attributes: [], keys: () => Object.entries(STATUS_LABELS).map(([key, label]) => ({ key, label })), keyOf: (r) => r.status };
      case WaitingDimension.SEARCH_SCOPE:
        return { column: 'search', attributes: [], keys: () => [{ key: 'IN_REGION', label: 'Searching within the region' }, { key: 'NATIONAL', label: 'Searching beyond the region' }, { key: 'NOT_SEARCHING', label: 'Not actively family finding' }], keyOf: (r) => (r.status === 'ACTIVELY_FAMILY_FINDING' ? r.searchScope ?? 'IN_REGION' : 'NOT_SEARCHING') };
      case WaitingDimension.WAIT_SINCE_PLACEMENT_ORDER:
        return { column: 'po_duration', attributes: [], keys: () => WAIT_BANDS.map(([key]) => ({ key, label: key.replace('_', ' ') })), keyOf: (r) => waitBand(r, this.at) };
    }
  }
}

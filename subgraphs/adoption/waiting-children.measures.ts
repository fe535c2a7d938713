import { BreakdownCell, Figure } from '../measures/figure.type';
import { MeasureDeclaration, OptionArgument } from '../measures/measure';
import { measureBreakdown, measureTotal } from '../measures/measure-figures';
import { GroupValue, MeasureGroupDeclaration } from '../measures/measure-group';
import { AVERAGE_DAYS, COUNT } from '../measures/statistic';
import { RequestContext } from '../platform/request-context';
import { characteristicCells } from './adoption-activity.measures';
import {
  FamilyFindingStatus,
  WAITING_DIMENSIONS,
  WaitingDimension,
  waitingChildrenAt,
  WaitingRow,
} from './dimensions/waiting.dimensions';

/**
 * Children awaiting adoption, declared for the measures kit: a group of the children with a plan
 * and those with a placement order (a count and the average wait since the order), whose fields
 * keep their own `statuses` argument (it reaches the members' filter and their batch key).
 */

/** Only the children whose status is one of `statuses`, when some are given. */
function byStatus(args: Record<string, unknown>) {
  const statuses = (args.statuses as string[] | null | undefined) ?? [];
  return statuses.length === 0
    ? undefined
    : { attributes: ['status'], keep: (row: WaitingRow) => statuses.includes(row.status) };
}

/** Snapshot counts of children waiting (coverage: the journeys' spans in `authority_coverage`). */
const waiting = { time: 'SNAPSHOT', recordsTable: 'adoption_journey' } as const;

const withAdoptionPlan: MeasureDeclaration<WaitingRow> = {
  ...waiting,
  field: 'withAdoptionPlan',
  typeName: 'ChildrenWithAdoptionPlan',
  measure: 'children_with_adoption_plan_count',
  description: 'Children with a decision that they should be placed for adoption, not yet placed, plan not ceased.',
  typeDescription: 'Children with an adoption plan at the end of a day.',
  statistic: COUNT,
  cube: (context, codes, time) => waitingChildrenAt(context, codes, time.date!),
};

const withOrder = async (context: RequestContext, codes: string[], at: string) =>
  (await waitingChildrenAt(context, codes, at)).filter((r) => r.daysSinceOrder !== null);

const waitingWithPlacementOrder: MeasureDeclaration<WaitingRow> = {
  ...waiting,
  field: 'waitingWithPlacementOrder',
  typeName: 'ChildrenWaitingWithPlacementOrder',
  measure: 'children_with_po_not_placed_count',
  description:
    'Children waiting with a placement order (every family-finding status): total, breakdowns, shares and flat rows by status, search scope and wait.',
  typeDescription: 'Children waiting with a placement order at the end of a day, not yet placed, plan not ceased.',
  statistic: COUNT,
  cube: (context, codes, time) => withOrder(context, codes, time.date!),
  dimensions: WAITING_DIMENSIONS,
  filter: byStatus,
};

const daysSincePlacementOrder: MeasureDeclaration<WaitingRow> = {
  ...waiting,
  field: 'daysSincePlacementOrder',
  typeName: 'DaysSincePlacementOrder',
  measure: 'waiting_since_placement_order_days',
  description:
    'How long children waiting with a placement order have waited since it, on average (days; every family-finding status), with breakdowns and flat rows.',
  typeDescription: 'The average days since the placement order of the children waiting with one at the end of a day.',
  statistic: AVERAGE_DAYS,
  cube: async (context, codes, time) =>
    (await withOrder(context, codes, time.date!)).map((r) => ({ ...r, sum: r.daysSinceOrder! })),
  dimensions: WAITING_DIMENSIONS,
  filter: byStatus,
};

const STATUSES: OptionArgument = {
  name: 'statuses',
  type: () => [FamilyFindingStatus],
  options: {
    defaultValue: [],
    description: 'Only children with a placement order whose family-finding status is one of these (default: all).',
  },
};

const statusesOf = (args: Record<string, unknown>) => ({
  statuses: (args.statuses as FamilyFindingStatus[] | undefined) ?? [],
});

/** Children waiting with a placement order with each priority characteristic, and ANY; the cells overlap. */
async function characteristics(
  group: GroupValue,
  context: RequestContext,
  args: Record<string, unknown>,
): Promise<BreakdownCell[]> {
  return characteristicCells(group.member('waitingWithPlacementOrder', statusesOf(args)), context);
}

/** Children waiting for adoption at the end of a day. */
export const CHILDREN_AWAITING_ADOPTION: MeasureGroupDeclaration = {
  field: 'childrenAwaitingAdoption',
  typeName: 'ChildrenAwaitingAdoption',
  description:
    'Children waiting for adoption at the end of a day, with their family-finding status and how long they have waited.',
  typeDescription:
    'Children waiting for adoption at the end of a day: with a plan (decision) or a placement order, not yet placed, plan not ceased.',
  time: 'SNAPSHOT',
  members: {
    withAdoptionPlan: { declaration: withAdoptionPlan, asFigure: true },
    waitingWithPlacementOrder: { declaration: waitingWithPlacementOrder },
    daysSincePlacementOrder: { declaration: daysSincePlacementOrder },
  },
  fields: {
    withPlacementOrder: {
      returns: () => Figure,
      description: 'Of those, children with a placement order.',
      args: [STATUSES],
      resolve: (group, context, args) =>
        measureTotal(group.member('waitingWithPlacementOrder', statusesOf(args)), context),
    },
    breakdown: {
      returns: () => [BreakdownCell],
      description: 'Children waiting with a placement order, split by one dimension.',
      args: [
        { name: 'by', type: () => WaitingDimension, options: { description: 'The dimension to split by.' } },
        STATUSES,
      ],
      resolve: (group, context, args) => {
        const value = group.member('waitingWithPlacementOrder', statusesOf(args));
        return measureBreakdown(value, context, value.dimension(String(args.by), {}));
      },
    },
    characteristics: {
      returns: () => [BreakdownCell],
      description:
        'Children waiting with a placement order with each priority characteristic, and ANY ("harder to match"); cells overlap.',
      args: [STATUSES],
      resolve: characteristics,
    },
    averageDaysSincePlacementOrder: {
      returns: () => Figure,
      description: 'How long children with a placement order have waited since it, on average (days).',
      args: [STATUSES],
      resolve: (group, context, args) =>
        measureTotal(group.member('daysSincePlacementOrder', statusesOf(args)), context),
    },
  },
};

import { financialYearEnd } from '../../schema/vocabulary/dates';
import { rateFigure } from '../measures/figure.builder';
import { populationFor } from '../measures/figure-scope';
import { FigureUnit } from '../measures/figure.type';
import { MeasureDeclaration } from '../measures/measure';
import { measureTally, unsuppressedFor } from '../measures/measure-figures';
import { COUNT } from '../measures/statistic';
import * as care from './data/care-cube.queries';
import { CareRow } from './data/care-cube.queries';
import { englandValue } from './data/england-reference.queries';
import * as households from './data/foster-household.queries';
import { HouseholdRow } from './data/foster-household.queries';
import { CARE_DIMENSIONS } from './dimensions/care.dimensions';
import { HOUSEHOLD_DIMENSIONS } from './dimensions/household.dimensions';
import { FosterHouseholdType } from './types/foster-household-type.enum';

/** The fostering subgraph's measures: declared here, built by the measures kit. */

const childrenInCare: MeasureDeclaration<CareRow> = {
  field: 'childrenInCare',
  typeName: 'ChildrenInCare',
  measure: 'children_in_care_count',
  description:
    'Children looked after at the end of a day (any date, not only 31 March): total, rate per 10,000 and breakdowns.',
  typeDescription:
    'Children looked after at the end of a day, for an authority or a region, with the ways to split them.',
  time: 'SNAPSHOT',
  statistic: COUNT,
  recordsTable: 'care_episode',
  cube: (context, codes, time, grouping) => care.childrenInCareAt(context.dataSource, codes, time.date!, grouping),
  dimensions: CARE_DIMENSIONS,
  notSplitBy: ['REASON_CEASED'],
  figures: {
    ratePer10000: {
      description:
        "Children in care per 10,000 children under 18, using the population DfE uses for the year ending the 31 March on or after the date (numerator and denominator included); at a 31 March, with England's rate beside it as `englandAverage` (all councils in DfE's council-level file: their children looked after over their under-18 population; it can differ by about 1 from DfE's headline England rate, which uses national totals).",
      async resolve(value, context) {
        const at = value.time.date!;
        const year = financialYearEnd(at);
        const populations = value.scope.authorityCodes.map((code) =>
          populationFor(value.scope.populations.get(code), year),
        );
        const denominator = populations.some((p) => p === null)
          ? null
          : populations.reduce<number>((s, p) => s + (p ?? 0), 0);
        const [count, englandAverage] = await Promise.all([
          measureTally(value, context),
          englandValue(context, 'children_looked_after_rate_per_10000', at),
        ]);
        return rateFigure(count?.n ?? null, denominator, FigureUnit.RATE_PER_10000, unsuppressedFor(value, context), {
          englandAverage,
        });
      },
    },
  },
};

const careFlow = {
  typeName: 'CareFlow',
  typeDescription: 'Children starting, or ceasing, to be looked after during a period (periods of care, not episodes).',
  time: 'FLOW',
  statistic: COUNT,
  recordsTable: 'care_episode',
  dimensions: CARE_DIMENSIONS,
} as const;

const childrenStartingCare: MeasureDeclaration<CareRow> = {
  ...careFlow,
  field: 'childrenStartingCare',
  measure: 'children_starting_care_count',
  description:
    'Children who started to be looked after (a new period of care) in the period; age is the age at the start.',
  cube: (context, codes, time, grouping) =>
    care.childrenStartingCare(context.dataSource, codes, time.period!, grouping),
  notSplitBy: ['REASON_CEASED'],
};

const childrenCeasingCare: MeasureDeclaration<CareRow> = {
  ...careFlow,
  field: 'childrenCeasingCare',
  measure: 'children_ceasing_care_count',
  description:
    'Children who ceased to be looked after in the period; split by REASON_CEASED to see why; age is the age when care ended.',
  cube: (context, codes, time, grouping) => care.childrenCeasingCare(context.dataSource, codes, time.period!, grouping),
};

/** The smallest measure to add: a flow over the same cube with its own condition (placement stability). */
const placementMoves: MeasureDeclaration<CareRow> = {
  ...careFlow,
  typeName: 'PlacementMoves',
  typeDescription:
    'Moves of placement (a child moving to new carers within a period of care), for placement stability.',
  field: 'placementMoves',
  measure: 'placement_moves_count',
  description:
    'Moves of placement in the period: new SSDA903 episodes because the placement and carers changed (reason P, T or B); age is the age at the move.',
  cube: (context, codes, time, grouping) => care.placementMoves(context.dataSource, codes, time.period!, grouping),
  notSplitBy: ['REASON_CEASED'],
};

/**
 * Households of one type only, when `type` is given; the SQL then groups by type so one statement
 * serves every type.
 */
const householdType = {
  recordsTable: 'foster_household',
  options: [
    {
      name: 'type',
      type: () => FosterHouseholdType,
      options: { nullable: true, description: 'Only households of this type (default: all types).' },
    },
  ],
  filter: (args: Record<string, unknown>) =>
    args.type
      ? { attributes: ['householdType'], keep: (row: HouseholdRow) => row.householdType === args.type }
      : undefined,
};

const fosterHouseholds: MeasureDeclaration<HouseholdRow> = {
  ...householdType,
  field: 'fosterHouseholds',
  typeName: 'FosterHouseholdCount',
  measure: 'foster_carers_count',
  description: "The council's own foster households approved and not de-registered at the end of a day.",
  typeDescription: "The council's own foster households at the end of a day.",
  time: 'SNAPSHOT',
  statistic: COUNT,
  cube: (context, codes, time, grouping) =>
    households.fosterHouseholdsAt(context.dataSource, codes, time.date!, grouping),
  dimensions: HOUSEHOLD_DIMENSIONS,
  notSplitBy: ['DEREGISTRATION_REASON'],
};

const householdFlow = {
  ...householdType,
  typeName: 'FosterHouseholdFlow',
  typeDescription: 'Foster households approved or de-registered in a period, or children newly placed with them.',
  time: 'FLOW',
  statistic: COUNT,
  dimensions: HOUSEHOLD_DIMENSIONS,
} as const;

const fosterHouseholdApprovals: MeasureDeclaration<HouseholdRow> = {
  ...householdFlow,
  field: 'fosterHouseholdApprovals',
  measure: 'foster_carer_approvals_count',
  description: 'Foster households approved in the period.',
  cube: (context, codes, time, grouping) =>
    households.fosterHouseholdApprovals(context.dataSource, codes, time.period!, grouping),
  notSplitBy: ['DEREGISTRATION_REASON'],
};

const fosterHouseholdDeregistrations: MeasureDeclaration<HouseholdRow> = {
  ...householdFlow,
  field: 'fosterHouseholdDeregistrations',
  measure: 'foster_carer_deregistrations_count',
  description:
    'Foster households de-registered in the period (resignations and other reasons; split by DEREGISTRATION_REASON).',
  cube: (context, codes, time, grouping) =>
    households.fosterHouseholdDeregistrations(context.dataSource, codes, time.period!, grouping),
};

const childrenPlacedWithFosterCarers: MeasureDeclaration<HouseholdRow> = {
  ...householdFlow,
  field: 'childrenPlacedWithFosterCarers',
  measure: 'children_placed_with_foster_carers_count',
  description:
    "Children newly placed with the council's own foster carers in the period (a placement with a household starting, not a continuation with the same household), split by the carers' type.",
  cube: (context, codes, time, grouping) =>
    households.childrenPlacedWithFosterCarers(context.dataSource, codes, time.period!, grouping),
  notSplitBy: ['DEREGISTRATION_REASON'],
};

export const FOSTERING_MEASURES = [
  childrenInCare,
  childrenStartingCare,
  childrenCeasingCare,
  placementMoves,
  fosterHouseholds,
  fosterHouseholdApprovals,
  fosterHouseholdDeregistrations,
  childrenPlacedWithFosterCarers,
] as MeasureDeclaration[];

import { badInput } from '../../schema/vocabulary/errors';
import { MeasureDeclaration } from '../measures/measure';
import { MeasureGroupDeclaration } from '../measures/measure-group';
import { AVERAGE_DAYS, COUNT } from '../measures/statistic';
import { RequestContext } from '../platform/request-context';
import { benchmarksFor } from './data/benchmarks.queries';
import { journeysOf } from './data/journeys.queries';
import { CHARACTERISTIC_OPTIONS, filterOf } from './dimensions/characteristic-filter';
import { JourneyRow, passesFilter } from './data/journey-row';
import {
  benchmarkMeasures,
  benchmarkPeriodOf,
  IndicatorName,
  INDICATORS,
  targetMeasures,
} from './data/timeliness-indicators';
import { Period } from '../../schema/vocabulary/period';

/** The DfE scorecard's cohort: the children adopted in the period who pass the characteristic filter. */
async function cohort(
  context: RequestContext,
  codes: string[],
  period: Period,
  args: Record<string, unknown>,
): Promise<JourneyRow[]> {
  const filter = filterOf(args);
  const journeys = await journeysOf(context, codes);
  return journeys.filter(
    (j) =>
      j.adoptionOrderDate !== null &&
      j.adoptionOrderDate >= period.start &&
      j.adoptionOrderDate <= period.end &&
      passesFilter(j, filter),
  );
}

/** One indicator: the days from one step to another, averaged over the cohort (whole days, as DfE publishes). */
function indicator(name: IndicatorName, description: string): MeasureDeclaration {
  const { stem, days } = INDICATORS[name];
  return {
    field: name,
    typeName: 'TimelinessIndicator',
    measure: `${stem}_days`,
    description,
    typeDescription: 'An adoption timeliness indicator.',
    time: 'FLOW',
    statistic: AVERAGE_DAYS,
    recordsTable: 'adoption_journey',
    perRecord: true,
    cube: async (context, codes, time, _grouping, args) =>
      (await cohort(context, codes, time.period!, args)).flatMap((j) => {
        const d = days(j);
        return d === null ? [] : [{ authorityCode: j.authorityCode, n: 1, sum: d }];
      }),
    comparators: async (value, context) => {
      const period = value.time.period!;
      const { englandAverage, target } = await benchmarksFor(
        context,
        benchmarkMeasures(stem, period),
        benchmarkPeriodOf(period),
        targetMeasures(stem),
      );
      return { englandAverage, target };
    },
  };
}

const TIMELINESS_PERIODS =
  'a financial year "2021-22" (in-year), a three-year rolling window "2019-22" (three financial years), a quarter "2021-22-Q1" or quarters "2021-22-Q1-Q2", or a run of months "2020-01/2020-12" (rolling twelve months)';

/** Adoption timeliness for the children adopted in a period, each indicator beside England's average and the target. */
export const ADOPTION_TIMELINESS: MeasureGroupDeclaration = {
  field: 'adoptionTimeliness',
  typeName: 'AdoptionTimeliness',
  description:
    "Adoption timeliness (A1, A10, A2 and the stages) for the children adopted in a period, beside England's average and the target.",
  typeDescription:
    'Adoption timeliness (DfE adoption scorecard and ASGLB): average days between steps for the children adopted in the period, each with England\'s average and the government target where published. A financial year gives the in-year figure, a three-year window ("2019-22") the three-year average, a run of months ("2020-01/2020-12") a rolling figure. Each indicator\'s `denominator` is the number of children it is averaged over, its `numerator` their total days.',
  time: 'FLOW',
  timeDescription:
    'A financial year (in-year), a three-year window "2019-22", quarter(s), or a run of months "2020-01/2020-12".',
  options: CHARACTERISTIC_OPTIONS,
  validate(time, args) {
    // The scorecard's rolling averages are over three years; a two-, four- or five-year run is a mistake.
    if (time.period!.kind === 'YEARS')
      throw badInput(
        'period',
        time.period!.label,
        `${TIMELINESS_PERIODS}; a rolling window must be three financial years`,
      );
    filterOf(args);
  },
  members: {
    children: {
      asFigure: true,
      declaration: {
        field: 'children',
        typeName: 'TimelinessCohort',
        measure: 'children_adopted_count',
        description:
          'The children the indicators are averaged over: those adopted in the period who pass the characteristic filter.',
        typeDescription: 'The children adopted in the period.',
        time: 'FLOW',
        statistic: COUNT,
        recordsTable: 'adoption_journey',
        perRecord: true,
        cube: async (context, codes, time, _grouping, args) =>
          (await cohort(context, codes, time.period!, args)).map((j) => ({ authorityCode: j.authorityCode, n: 1 })),
      },
    },
    a1: {
      asFigure: true,
      declaration: indicator('a1', 'A1: days from entering care to moving in with the adoptive family.'),
    },
    a10: {
      asFigure: true,
      declaration: indicator(
        'a10',
        'A10: as A1, but for children adopted by their foster carers the clock stops when that foster placement began (target 426 days).',
      ),
    },
    a2: {
      asFigure: true,
      declaration: indicator(
        'a2',
        'A2: days from the placement order to the match decision (a match made before the order counts as 0; target 121 days).',
      ),
    },
    enteredCareToDecision: {
      asFigure: true,
      declaration: indicator(
        'enteredCareToDecision',
        'Days from entering care to the decision that the child should be placed for adoption (target 182).',
      ),
    },
    decisionToPlacementOrder: {
      asFigure: true,
      declaration: indicator('decisionToPlacementOrder', 'Days from the decision to the placement order (target 91).'),
    },
    matchToPlacement: {
      asFigure: true,
      declaration: indicator('matchToPlacement', 'Days from the match decision to moving in (target 31).'),
    },
    placementToAdoptionOrder: {
      asFigure: true,
      declaration: indicator('placementToAdoptionOrder', 'Days from moving in to the adoption order (target 274).'),
    },
    decisionToPlacement: {
      asFigure: true,
      declaration: indicator(
        'decisionToPlacement',
        'Days from the decision that the child should be placed to moving in with the adoptive family.',
      ),
    },
  },
};

import { countFigure, seesSmallNumbers } from '../measures/figure.builder';
import { BreakdownCell } from '../measures/figure.type';
import { MeasureDeclaration, MeasureValue } from '../measures/measure';
import { unsuppressedFor } from '../measures/measure-figures';
import { MeasureGroupDeclaration } from '../measures/measure-group';
import { COUNT } from '../measures/statistic';
import { RequestContext } from '../platform/request-context';
import { agenciesCovering } from './data/locality-hub.queries';
import { journeysOf, journeysWithAdoptersOf } from './data/journeys.queries';
import { JourneyCubeRow, JOURNEY_DIMENSIONS } from './dimensions/journey.dimensions';
import { EVENT_MEASURE, happenedIn, JourneyEvent } from './data/journey-event';
import { CHARACTERISTIC_OPTIONS, filterOf } from './dimensions/characteristic-filter';
import { Characteristic, hasCharacteristic, isPriority, passesFilter } from './data/journey-row';

export const CHARACTERISTIC_LABELS: Record<Characteristic | 'ANY', string> = {
  SIBLING_GROUP: 'Placed with brothers or sisters',
  NOT_WHITE_BRITISH: 'Ethnicity other than white British',
  AGED_5_PLUS: 'Aged 5 or over when placed',
  DISABILITY: 'Disability',
  ANY: 'Any of these (priority or "hard to place" children)',
};

/** One cell per characteristic, and ANY: they overlap (a child can have several), so they do not add up. */
export async function characteristicCells(value: MeasureValue, context: RequestContext): Promise<BreakdownCell[]> {
  const children = (await value.rows(context)) as JourneyCubeRow[] | null;
  const unsuppressed = unsuppressedFor(value, context);
  return [...Object.values(Characteristic), 'ANY' as const].map((key) => ({
    key,
    label: CHARACTERISTIC_LABELS[key],
    figure: countFigure(
      children === null
        ? null
        : children.filter((row) => (key === 'ANY' ? isPriority(row) : hasCharacteristic(row, key))).length,
      unsuppressed,
    ),
  }));
}

/**
 * The children of the scope for whom one journey step happened in the period, filtered by
 * characteristics. Journeys are few (hundreds per council), so the cube is every journey of the
 * authorities (one statement per request for all of them) folded in code, one row per child.
 */
function journeyCount(event: JourneyEvent, description: string): MeasureDeclaration<JourneyCubeRow> {
  return {
    field: EVENT_MEASURE[event],
    typeName: 'JourneyCount',
    measure: EVENT_MEASURE[event],
    description,
    typeDescription:
      'Children for whom one step of the adoption journey happened in a period (e.g. adoption orders granted in 2021-22): total, breakdowns, shares and flat rows.',
    time: 'FLOW',
    statistic: COUNT,
    recordsTable: 'adoption_journey',
    perRecord: true,
    cube: async (context, codes, time, _grouping, args) => {
      const filter = filterOf(args);
      const journeys = await journeysOf(context, codes);
      return journeys
        .filter((j) => happenedIn(j, event, time.period!) && passesFilter(j, filter))
        .map((j) => ({ ...j, n: 1 }));
    },
    dimensions: JOURNEY_DIMENSIONS,
    cellLists: {
      characteristics: {
        description:
          'Children with each priority characteristic, and ANY of them (cells overlap: a child can have several).',
        resolve: characteristicCells,
      },
    },
  };
}

const count = (event: JourneyEvent, description: string) => ({ declaration: journeyCount(event, description) });

/**
 * The adoption activity of a council or region in a period: each step of the children's journeys,
 * counted when it happened.
 */
export const ADOPTION_ACTIVITY: MeasureGroupDeclaration = {
  field: 'adoptionActivity',
  typeName: 'AdoptionActivity',
  description:
    'Adoption activity in a period: early notifications, decisions (ADM), placement orders, matches, children placed, adoption orders, early permanence, plans ceased, disruptions.',
  typeDescription:
    'The adoption activity of a council or region in a period: each step of the children\'s journeys counted when it happened. The scorecard\'s "ADM, placement orders, placed, adoption orders" table is four of these.',
  time: 'FLOW',
  timeDescription: 'Financial year, quarter(s), month(s) or window.',
  options: CHARACTERISTIC_OPTIONS,
  validate: (_time, args) => void filterOf(args),
  members: {
    earlyNotifications: count(
      'EARLY_NOTIFICATION',
      'Children notified early to the adoption agency as possibly needing adoption (before any decision).',
    ),
    decisions: count(
      'DECISION',
      'Agency decision maker\'s decisions that a child should be placed for adoption (ADM, "plans of adoption").',
    ),
    placementOrders: count('PLACEMENT_ORDER', 'Placement orders granted by the court.'),
    matches: count('MATCH', 'Children matched with adopters (agency decision on the match).'),
    childrenPlaced: count(
      'PLACED',
      'Children placed for adoption (moved in with, or their placement became one with, their adoptive family). Split by ADOPTER_SOURCE for "placed in region".',
    ),
    adoptionOrders: count('ADOPTION_ORDER', 'Adoption orders granted (children adopted).'),
    earlyPermanencePlacements: count(
      'EARLY_PERMANENCE_PLACEMENT',
      'Children placed with early permanence carers (fostering for adoption or concurrent planning), counted when they moved in.',
    ),
    plansCeased: count(
      'PLAN_CEASED',
      'Adoption plans that ended without an adoption order (split by PLAN_CEASED_REASON).',
    ),
    childrenAffectedByDisruption: count(
      'DISRUPTION',
      'Children whose adoptive placement ended before an adoption order (disrupted) in the period.',
    ),
  },
  figures: {
    disruptions: {
      description: 'Adoptive placements that disrupted in the period (siblings placed together count once).',
      async resolve(group, context) {
        const disrupted = group.member('childrenAffectedByDisruption');
        const children = (await disrupted.rows(context)) as JourneyCubeRow[] | null;
        return countFigure(
          children === null ? null : new Set(children.map((c) => c.siblingGroupId ?? c.id)).size,
          unsuppressedFor(disrupted, context),
        );
      },
    },
    otherCouncilsChildrenPlacedWithOwnAdopters: {
      description:
        "For a regional adoption agency: other councils' children placed with the agency's own adopters in the period (NO_DATA for a council, or a region that is not an agency).",
      async resolve(group, context) {
        const { scope, time } = group;
        const period = time.period!;
        // Only a region can be an agency; its own councils' children are in `childrenPlaced`.
        if (!scope.regionCode || (await group.member('childrenPlaced').rows(context)) === null)
          return countFigure(null, false);
        const agencies = await agenciesCovering(context, [scope.regionCode], { from: period.start, to: period.end });
        if (!agencies.has(scope.regionCode)) return countFigure(null, false);
        const filter = filterOf(group.args);
        const placed = await journeysWithAdoptersOf(context, [scope.regionCode]);
        const others = placed.filter(
          (j) =>
            !scope.authorityCodes.includes(j.authorityCode) &&
            happenedIn(j, 'PLACED', period) &&
            passesFilter(j, filter),
        );
        return countFigure(others.length, seesSmallNumbers(context.viewer, scope.authorityCodes, scope.regionCode));
      },
    },
  },
};

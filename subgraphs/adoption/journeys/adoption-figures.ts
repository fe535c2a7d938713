import { badInput } from '../../../schema/vocabulary/errors';
import { parsePeriodArgument, Period } from '../../../schema/vocabulary/period';
import { FigureScope } from '../../measures/figure-scope';
import { JourneyCount } from './journey-count';
import { JourneyEvent } from './journey-event';
import { Characteristic, CharacteristicFilter } from './journey-row';
import { benchmarkPeriodOf, Timeliness } from './timeliness';
import { AdoptionActivity } from './types/adoption-activity.type';
import { AdoptionTimeliness } from './types/adoption-timeliness.type';
import { journeyCountType } from './types/journey-count.type';

function filterOf(excluding: Characteristic[] | null | undefined, onlyWith: Characteristic[] | null | undefined): CharacteristicFilter {
  const filter = { excluding: excluding ?? [], onlyWith: onlyWith ?? [] };
  const both = filter.excluding.find((c) => filter.onlyWith.includes(c));
  if (both) throw badInput('onlyWith', filter.onlyWith, `characteristics not also in "excluding" (${both} is in both)`);
  return filter;
}

/** The adoption figures for a scope (one authority or a region's members): LocalAuthority and Region share them. */
export function adoptionActivity(scope: FigureScope, periodArgument: string, excluding?: Characteristic[] | null, onlyWith?: Characteristic[] | null): AdoptionActivity {
  const period = parsePeriodArgument('period', periodArgument);
  const filter = filterOf(excluding, onlyWith);
  const count = (event: JourneyEvent) => journeyCountType(new JourneyCount(scope, event, period, filter));
  return Object.assign(new AdoptionActivity(), {
    period: period.label,
    scope,
    range: period,
    filter,
    earlyNotifications: count('EARLY_NOTIFICATION'),
    decisions: count('DECISION'),
    placementOrders: count('PLACEMENT_ORDER'),
    matches: count('MATCH'),
    childrenPlaced: count('PLACED'),
    adoptionOrders: count('ADOPTION_ORDER'),
    earlyPermanencePlacements: count('EARLY_PERMANENCE_PLACEMENT'),
    plansCeased: count('PLAN_CEASED'),
    childrenAffectedByDisruption: count('DISRUPTION'),
  });
}

const TIMELINESS_PERIODS =
  'a financial year "2021-22" (in-year), a three-year rolling window "2019-22" (three financial years), a quarter "2021-22-Q1" or quarters "2021-22-Q1-Q2", or a run of months "2020-01/2020-12" (rolling twelve months)';

export function adoptionTimeliness(scope: FigureScope, periodArgument: string, excluding?: Characteristic[] | null, onlyWith?: Characteristic[] | null): AdoptionTimeliness {
  const period: Period = parsePeriodArgument('period', periodArgument);
  // The scorecard's rolling averages are over three years; a two-, four- or five-year run is a mistake.
  if (period.kind === 'YEARS') throw badInput('period', periodArgument, `${TIMELINESS_PERIODS}; a rolling window must be three financial years`);
  const timeliness = new Timeliness(scope, period, filterOf(excluding, onlyWith), benchmarkPeriodOf(period));
  return Object.assign(new AdoptionTimeliness(), { period: period.label, timeliness });
}

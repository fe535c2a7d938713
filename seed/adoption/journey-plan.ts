import { ATV_MEMBERS, T4C_MEMBERS } from '../shared/pilot-councils';
import { AdopterSource, councilJourneyTargets, CouncilJourneyTargets, partnershipTargets, PublishedRows, totalFromShare } from './journey-targets';

/**
 * How many children each council adopted, placed and left waiting, year by year: the published
 * counts, and for what the papers do not give, the choices below (documented in CALIBRATION.md).
 * Years are financial years by their first calendar year (2020 = 2020-21).
 */
export const FIRST_YEAR = 2017;
export const LAST_YEAR = 2021;
export const JOURNEY_RECORDS = { from: '2017-04-01', to: '2022-03-31' };

/** Children adopted per year where no paper gives the count (T4C's 2020-21 and 2021-22 split sums to the report's totals). */
const ADOPTED_CHOICES: Record<string, Record<number, number>> = {
  E06000051: { 2017: 22, 2018: 24, 2019: 35, 2020: 14, 2021: 16 },
  E10000028: { 2017: 40, 2018: 24, 2019: 61, 2020: 38 },
  E06000021: { 2017: 25, 2018: 29, 2019: 51, 2020: 25, 2021: 30 },
  E06000020: { 2017: 35, 2018: 42, 2019: 60, 2020: 25, 2021: 30 },
  E06000005: { 2017: 8, 2018: 9, 2019: 10 },
  E06000001: { 2017: 9, 2018: 10, 2019: 11 },
  E06000002: { 2017: 20, 2018: 22, 2019: 24 },
  E06000003: { 2017: 12, 2018: 14, 2019: 15 },
  E06000004: { 2017: 15, 2018: 16, 2019: 18 },
};

/**
 * Of the children adopted in a year, how many were placed in the year before (the rest were
 * placed in the year itself). Together with the published placed counts this fixes how many
 * children were placed but not yet adopted at 31 March 2022 ("pending").
 */
const PLACED_YEAR_BEFORE: Record<string, Record<number, number>> = {
  E06000051: { 2020: 6 },
  E10000028: { 2020: 17 },
  E06000021: { 2020: 11 },
  E06000020: { 2020: 11 },
  E06000005: { 2020: 3, 2021: 6 },
  E06000001: { 2020: 4, 2021: 6 },
  E06000002: { 2020: 11, 2021: 10 },
  E06000003: { 2020: 9, 2021: 4 },
  E06000004: { 2020: 13, 2021: 8 },
};

/** ATV children placed but not adopted by 31 March 2022 (its papers give the placed total, not per council). */
const ATV_PENDING: Record<string, number> = { E06000005: 6, E06000001: 6, E06000002: 9, E06000003: 5, E06000004: 6 };

/**
 * Adoption orders by quarter for ATV's rolling twelve months to December 2020 (69 orders):
 * orders in January to March 2020 and in April to December 2020, per council.
 */
export const ATV_ORDERS_Q4_2019: Record<string, number> = { E06000005: 1, E06000001: 2, E06000002: 4, E06000003: 2, E06000004: 2 };
export const ATV_ORDERS_Q1_Q3_2020: Record<string, number> = { E06000005: 5, E06000001: 7, E06000002: 17, E06000003: 13, E06000004: 16 };

/** Placements that disrupted (placed, then ended before an order): council, year, children, adopter source. */
export const DISRUPTIONS: { code: string; year: number; children: number; source: AdopterSource }[] = [
  // T4C 2020-21: two disruptions, three children, all with inter-agency adopters.
  { code: 'E06000021', year: 2020, children: 2, source: 'OTHER_RAA' },
  { code: 'E10000028', year: 2020, children: 1, source: 'VAA' },
  // T4C 2021-22: two disruptions, two children, one with T4C adopters and one inter-agency.
  { code: 'E10000028', year: 2021, children: 1, source: 'OWN' },
  { code: 'E06000021', year: 2021, children: 1, source: 'OTHER_RAA' },
  // ATV 2021-22: one disruption.
  { code: 'E06000004', year: 2021, children: 1, source: 'OWN' },
];

/** Children waiting at 31 March 2022 (decision made, not placed), with and without a placement order. */
export const WAITING_AT_END: Record<string, { withOrder: number; withoutOrder: number }> = {
  E06000051: { withOrder: 12, withoutOrder: 12 },
  E10000028: { withOrder: 32, withoutOrder: 19 },
  E06000021: { withOrder: 34, withoutOrder: 26 },
  E06000020: { withOrder: 23, withoutOrder: 11 },
  E06000005: { withOrder: 6, withoutOrder: 4 },
  E06000001: { withOrder: 6, withoutOrder: 4 },
  E06000002: { withOrder: 12, withoutOrder: 8 },
  E06000003: { withOrder: 6, withoutOrder: 3 },
  E06000004: { withOrder: 8, withoutOrder: 5 },
};

/** ATV children placed with other councils' adopters, by year: how many went to a voluntary agency. */
export const ATV_EXTERNAL_VAA: Record<number, number> = { 2020: 15, 2021: 7 };

export interface CouncilPlan {
  code: string;
  agency: 'T4C' | 'ATV';
  targets: CouncilJourneyTargets;
  /** Children adopted per year (FIRST_YEAR..LAST_YEAR). */
  adopted: Map<number, number>;
  /** Of those adopted in year y, how many were placed in y-1. */
  placedYearBefore: Map<number, number>;
  /** Placed in 2021-22, not adopted by 31 March 2022 (not counting disruptions). */
  pending: number;
  /** A10 and A2 total days for the children adopted in each year (where calibrated). */
  a10Days: Map<number, number>;
  a2Days: Map<number, number>;
}

function plausible(code: string, what: string, average: number, low: number, high: number): void {
  if (!(average >= low && average <= high)) throw new Error(`seed: ${code} ${what} would average ${average.toFixed(0)} days (outside ${low}-${high})`);
}

/**
 * Total A10 (or A2) days per year from the published in-year and three-year averages: each
 * average times its children is an exact total, and the two three-year windows give the two
 * earlier years' totals (2019-22 gives 2019-20, then 2018-21 gives 2018-19).
 */
function daysByYear(code: string, what: string, adopted: Map<number, number>, inYear: Map<number, number>, threeYear: Map<number, number>, low: number, high: number): Map<number, number> {
  const days = new Map<number, number>();
  for (const [year, average] of inYear) days.set(year, average * adopted.get(year)!);
  for (const first of [...threeYear.keys()].sort().reverse()) {
    const years = [first, first + 1, first + 2];
    const unknown = years.filter((y) => !days.has(y));
    if (unknown.length !== 1) continue;
    const children = years.reduce((s, y) => s + adopted.get(y)!, 0);
    const rest = years.filter((y) => days.has(y)).reduce((s, y) => s + days.get(y)!, 0);
    const total = threeYear.get(first)! * children - rest;
    plausible(code, `${what} in ${unknown[0]}`, total / adopted.get(unknown[0])!, low, high);
    days.set(unknown[0], total);
  }
  return days;
}

export function councilPlans(published = new PublishedRows()): CouncilPlan[] {
  const plans = [...T4C_MEMBERS, ...ATV_MEMBERS].map((code): CouncilPlan => {
    const targets = councilJourneyTargets(code, published);
    const adopted = new Map<number, number>();
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year += 1) {
      const value = targets.adoptionOrders.get(year) ?? ADOPTED_CHOICES[code][year];
      if (value === undefined) throw new Error(`seed: no adoption count for ${code} ${year}`);
      adopted.set(year, value);
    }
    const placedYearBefore = new Map<number, number>();
    // Before the published years: about two in five children are adopted the year after placement.
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year += 1) placedYearBefore.set(year, Math.round(adopted.get(year)! * 0.4));
    for (const [year, count] of Object.entries(PLACED_YEAR_BEFORE[code])) placedYearBefore.set(Number(year), count);
    const disrupted = (year: number) => DISRUPTIONS.filter((d) => d.code === code && d.year === year).reduce((s, d) => s + d.children, 0);
    // placed(y) = adopted(y) - placedYearBefore(y) + placedYearBefore(y+1) + disrupted(y) (+ pending in
    // the last year): a published placed count fixes the split of the year before or after.
    const placed = (year: number) => targets.placed.get(year);
    if (placed(2019) !== undefined) placedYearBefore.set(2019, adopted.get(2019)! - placed(2019)! + disrupted(2019) + placedYearBefore.get(2020)!);
    if (placed(2020) !== undefined) placedYearBefore.set(2021, placed(2020)! - disrupted(2020) - (adopted.get(2020)! - placedYearBefore.get(2020)!));
    const last = targets.placed.get(LAST_YEAR);
    const pending = last !== undefined ? last - disrupted(LAST_YEAR) - (adopted.get(LAST_YEAR)! - placedYearBefore.get(LAST_YEAR)!) : ATV_PENDING[code];
    for (const [year, count] of placedYearBefore) {
      if (count < 0 || count > adopted.get(year)!) throw new Error(`seed: ${code} would have ${count} of ${adopted.get(year)} adopted in ${year} placed the year before`);
    }
    if (pending < 0) throw new Error(`seed: ${code} would have ${pending} children placed and not yet adopted`);
    return {
      code,
      agency: targets.agency,
      targets,
      adopted,
      placedYearBefore,
      pending,
      a10Days: daysByYear(code, 'A10', adopted, targets.a10InYear, targets.a10ThreeYear, 150, 900),
      a2Days: daysByYear(code, 'A2', adopted, targets.a2InYear, targets.a2ThreeYear, 20, 600),
    };
  });
  checkPartnerships(plans, published);
  return plans;
}

/** The partnership totals the per-council choices must add up to. */
function checkPartnerships(plans: CouncilPlan[], published: PublishedRows): void {
  const t4c = partnershipTargets('T4C', published);
  for (const [year, w] of t4c.adoptedWith) {
    const total = plans.filter((p) => p.agency === 'T4C').reduce((s, p) => s + p.adopted.get(year)!, 0);
    if (total !== totalFromShare(w.any, w.anyPercent)) throw new Error(`seed: T4C adopted ${total} in ${year}, but ${w.any} priority children are ${w.anyPercent}% of ${totalFromShare(w.any, w.anyPercent)}`);
  }
  const rolling = published.value('adoption_orders_count', 'ATV', '', 'window=rolling_12m');
  const chosen = Object.values(ATV_ORDERS_Q4_2019).reduce((s, n) => s + n, 0) + Object.values(ATV_ORDERS_Q1_Q3_2020).reduce((s, n) => s + n, 0);
  if (chosen !== rolling) throw new Error(`seed: ATV orders January-December 2020 are ${chosen}, published ${rolling}`);
}

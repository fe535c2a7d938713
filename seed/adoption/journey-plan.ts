import { ATV_MEMBERS, T4C_MEMBERS } from '../shared/pilot-councils';
import { AGENCIES, COUNCIL_CHOICES, DISRUPTIONS } from './journey-choices.targets';
import { councilJourneyTargets, CouncilJourneyTargets, partnershipTargets, PublishedRows } from './journey-targets';

/**
 * How many children each council adopted, placed and left waiting, year by year: the published
 * counts, and for what the papers do not give, the choices of journey-choices.targets.ts.
 * Years are financial years by their first calendar year (2020 = 2020-21).
 */
export const FIRST_YEAR = 2017;
export const LAST_YEAR = 2021;
export const JOURNEY_RECORDS = { from: '2017-04-01', to: '2022-03-31' };

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
  /** Decisions and placement orders per year: published, else chosen (where the agency's total is published). */
  decisions: Map<number, number>;
  placementOrders: Map<number, number>;
  /** A10 and A2 total days for the children adopted in each year (where calibrated). */
  a10Days: Map<number, number>;
  a2Days: Map<number, number>;
}

function plausible(code: string, what: string, average: number, low: number, high: number): void {
  if (!(average >= low && average <= high))
    throw new Error(`seed: ${code} ${what} would average ${average.toFixed(0)} days (outside ${low}-${high})`);
}

/**
 * Total A10 (or A2) days per year from the published in-year and three-year averages: each
 * average times its children is an exact total, and the two three-year windows give the two
 * earlier years' totals (2019-22 gives 2019-20, then 2018-21 gives 2018-19).
 */
function daysByYear(
  code: string,
  what: string,
  adopted: Map<number, number>,
  inYear: Map<number, number>,
  threeYear: Map<number, number>,
  low: number,
  high: number,
): Map<number, number> {
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
      const value = targets.adoptionOrders.get(year) ?? COUNCIL_CHOICES[code].adopted[year];
      if (value === undefined) throw new Error(`seed: no adoption count for ${code} ${year}`);
      adopted.set(year, value);
    }
    const placedYearBefore = new Map<number, number>();
    // Before the published years: about two in five children are adopted the year after placement.
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year += 1)
      placedYearBefore.set(year, Math.round(adopted.get(year)! * 0.4));
    for (const [year, count] of Object.entries(COUNCIL_CHOICES[code].placedYearBefore))
      placedYearBefore.set(Number(year), count);
    const disrupted = (year: number) =>
      DISRUPTIONS.filter((d) => d.code === code && d.year === year).reduce((s, d) => s + d.children, 0);
    // placed(y) = adopted(y) - placedYearBefore(y) + placedYearBefore(y+1) + disrupted(y) (+ pending in
    // the last year): a published placed count fixes the split of the year before or after.
    const placed = (year: number) => targets.placed.get(year);
    if (placed(2019) !== undefined)
      placedYearBefore.set(2019, adopted.get(2019)! - placed(2019)! + disrupted(2019) + placedYearBefore.get(2020)!);
    if (placed(2020) !== undefined)
      placedYearBefore.set(2021, placed(2020)! - disrupted(2020) - (adopted.get(2020)! - placedYearBefore.get(2020)!));
    const last = targets.placed.get(LAST_YEAR);
    const pending =
      last !== undefined
        ? last - disrupted(LAST_YEAR) - (adopted.get(LAST_YEAR)! - placedYearBefore.get(LAST_YEAR)!)
        : COUNCIL_CHOICES[code].pending;
    for (const [year, count] of placedYearBefore) {
      if (count < 0 || count > adopted.get(year)!)
        throw new Error(
          `seed: ${code} would have ${count} of ${adopted.get(year)} adopted in ${year} placed the year before`,
        );
    }
    if (pending === undefined)
      throw new Error(`seed: ${code} has neither a published placed count for ${LAST_YEAR} nor a chosen pending count`);
    if (pending < 0) throw new Error(`seed: ${code} would have ${pending} children placed and not yet adopted`);
    return {
      code,
      agency: targets.agency,
      targets,
      adopted,
      placedYearBefore,
      pending,
      decisions: withChoices(code, targets.decisions, COUNCIL_CHOICES[code].decisions),
      placementOrders: withChoices(code, targets.placementOrders, COUNCIL_CHOICES[code].placementOrders),
      a10Days: daysByYear(code, 'A10', adopted, targets.a10InYear, targets.a10ThreeYear, 150, 900),
      a2Days: daysByYear(code, 'A2', adopted, targets.a2InYear, targets.a2ThreeYear, 20, 600),
    };
  });
  checkPartnerships(plans, published);
  return plans;
}

/** Published counts per year, with the chosen ones for years a paper does not give. */
function withChoices(
  code: string,
  published: Map<number, number>,
  chosen: Record<number, number> = {},
): Map<number, number> {
  const merged = new Map(published);
  for (const [year, value] of Object.entries(chosen)) {
    if (merged.has(Number(year))) throw new Error(`seed: ${code} ${year} is both published and chosen`);
    merged.set(Number(year), value);
  }
  return merged;
}

/**
 * Children placed in a year: adopted that year less those placed the year before, next year's
 * placed early, disrupted, pending.
 */
function placedIn(plan: CouncilPlan, year: number): number {
  const disrupted = DISRUPTIONS.filter((d) => d.code === plan.code && d.year === year).reduce(
    (s, d) => s + d.children,
    0,
  );
  return (
    plan.adopted.get(year)! -
    plan.placedYearBefore.get(year)! +
    (plan.placedYearBefore.get(year + 1) ?? 0) +
    disrupted +
    (year === LAST_YEAR ? plan.pending : 0)
  );
}

/** The partnership totals the per-council choices must add up to. */
function checkPartnerships(plans: CouncilPlan[], published: PublishedRows): void {
  for (const agency of AGENCIES) {
    const members = plans.filter((p) => p.agency === agency);
    for (const [year, w] of partnershipTargets(agency, published).adoptedWith) {
      const total = members.reduce((s, p) => s + p.adopted.get(year)!, 0);
      if (total !== w.total)
        throw new Error(
          `seed: ${agency} adopted ${total} in ${year}, but ${w.any} priority children are ${w.anyPercent}% of ${w.total}`,
        );
    }
    // An agency's own totals of decisions, orders and placements by year.
    const totals: [string, (p: CouncilPlan, year: number) => number | undefined][] = [
      ['adm_plan_of_adoption_count', (p, year) => p.decisions.get(year)],
      ['placement_orders_count', (p, year) => p.placementOrders.get(year)],
      ['children_placed_for_adoption_count', placedIn],
    ];
    for (const [measure, ofPlan] of totals) {
      for (const [year, value] of published.yearly(measure, agency)) {
        if (year < FIRST_YEAR || year > LAST_YEAR) continue;
        const sum = members.reduce((s, p) => s + (ofPlan(p, year) ?? NaN), 0);
        if (sum !== value)
          throw new Error(`seed: ${agency} ${measure} ${year} adds up to ${sum} over its councils, published ${value}`);
      }
    }
    const rolling = published.find('adoption_orders_count', agency, '', 'window=rolling_12m');
    if (!rolling) continue;
    const chosen = members
      .flatMap((p) => COUNCIL_CHOICES[p.code].ordersInWindow ?? [])
      .reduce((s, w) => s + w.orders, 0);
    if (chosen !== rolling.value)
      throw new Error(`seed: ${agency} orders in the rolling twelve months are ${chosen}, published ${rolling.value}`);
  }
}

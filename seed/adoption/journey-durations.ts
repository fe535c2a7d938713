import { BANDS, BAND_DAYS, longestFor } from './age-bands';
import { day, fyStartDay, inYear } from './journey-calendar';
import { AGENCIES, agencyOf, DESCRIBED_COHORTS, ROLLING_2020, Stage } from './journey-choices.targets';
import { JourneyDraft, priority } from './journey-draft';
import { JourneyGeneration } from './journey-generation';
import { datesFromGaps, earlyPermanenceDates } from './journey-dates';
import { LAST_YEAR } from './journey-plan';
import { partnershipTargets } from './journey-targets';
import { SolverVariable, SumConstraint, solveSums } from './sum-constraint-solver';

const total = (d: JourneyDraft) => Object.values(d.gaps!).reduce((s, g) => s + g.value, 0);
const a1Vars = (d: JourneyDraft) => [d.gaps!.h, d.gaps!.k, d.gaps!.g2, d.gaps!.g3, d.gaps!.g4];
const a10Vars = (d: JourneyDraft) => (d.byFosterCarer ? [d.gaps!.h] : a1Vars(d));

/**
 * Each stage's durations (solver variables) and the part of it that is fixed (early permanence
 * children have no variables).
 */
const STAGES: Record<
  Stage,
  { vars: (d: JourneyDraft) => SolverVariable[]; fixed: (d: JourneyDraft) => number; name: string }
> = {
  adm_to_po: { vars: (d) => [d.gaps!.g2], fixed: () => 0, name: 'decision to order' },
  a2: { vars: (d) => [d.gaps!.g3], fixed: (d) => Math.max(0, d.match! - d.po!), name: 'A2' },
  match_to_placement: { vars: (d) => [d.gaps!.g4], fixed: () => 0, name: 'match to placement' },
  bla_to_adm: { vars: (d) => [d.gaps!.h, d.gaps!.k], fixed: () => 0, name: 'care to decision' },
  a1: { vars: a1Vars, fixed: (d) => d.placed! - d.entered, name: 'A1' },
  a10: { vars: a10Vars, fixed: (d) => d.fosterStart! - d.entered, name: 'A10' },
};

/** Durations: solved so that every published average holds. */
export function solveDurations(g: JourneyGeneration): void {
  const placed = g.drafts.filter((d) => d.placed !== null);
  for (const d of placed) {
    if (d.earlyPermanence !== 'NONE') earlyPermanenceDates(d, g.random(d.code));
    else initialGaps(g, d);
  }
  capPlacementOrderYears(
    g,
    placed.filter((d) => d.gaps),
  );
  // Sibling groups share their match.
  const groups = new Map<string, JourneyDraft[]>();
  for (const d of placed.filter((x) => x.groupId)) groups.set(d.groupId!, [...(groups.get(d.groupId!) ?? []), d]);
  for (const members of groups.values())
    for (const m of members.slice(1)) if (m.gaps && members[0].gaps) m.gaps.g4 = members[0].gaps.g4;
  solveWithinAgeBands(g, placed, durationConstraints(g));
  datesFromGaps(placed);
}

/** Starting durations and their bounds for a placed child who is not early permanence. */
function initialGaps(g: JourneyGeneration, d: JourneyDraft): void {
  const random = g.random(d.code);
  // Foster carer adoptions (not early permanence): older children, more often in some councils.
  if (!d.byFosterCarer && d.groupSize === 1 && d.ageBand !== '0-12m')
    d.byFosterCarer = random.chance(g.council(d.code).fosterCarerAdoptionChance);
  const longest = longestFor(d.ageBand);
  const v = (value: number, min: number, max: number): SolverVariable => ({
    value: Math.min(max, Math.max(min, value)),
    min,
    max,
  });
  d.gaps = {
    h: v(random.int(60, 300), 0, Math.round(longest * 0.85)),
    k: d.byFosterCarer ? v(random.int(30, 200), 0, Math.round(longest * 0.4)) : v(0, 0, 0),
    g2: v(random.int(30, 110), 14, Math.max(30, Math.round(longest * 0.3))),
    g3: v(random.int(40, 200), 1, Math.round(longest * 0.6)),
    g4: v(random.int(7, 35), 1, Math.min(120, Math.round(longest * 0.1))),
  };
  g.longestJourney.set(d, longest);
}

/** Every published average (or total) of a cohort's stage durations, as a sum the solver must meet. */
function durationConstraints(g: JourneyGeneration): SumConstraint[] {
  const constraints: SumConstraint[] = [];
  const add = (label: string, list: JourneyDraft[], stage: Stage, total: number) => {
    const { vars, fixed } = STAGES[stage];
    constraints.push({
      label,
      variables: list.filter((d) => d.gaps).flatMap(vars),
      total: total - list.filter((d) => !d.gaps).reduce((s, d) => s + fixed(d), 0),
    });
  };
  const adoptedIn = (codes: readonly string[], from: string, to: string) =>
    g.drafts.filter((d) => d.kind === 'ADOPTED' && codes.includes(d.code) && d.ao! >= day(from) && d.ao! <= day(to));
  const adoptedInYear = (codes: readonly string[], year: number) =>
    adoptedIn(codes, `${year}-04-01`, `${year + 1}-03-31`);
  const codesOf = (authority: string) =>
    authority === ROLLING_2020.agency ? g.members(ROLLING_2020.agency) : [authority];
  const rollingRow = (measure: string, authority: string) => {
    const row = g.published.rows.find(
      (r) =>
        r.measure === measure &&
        r.authority === authority &&
        r.period === ROLLING_2020.period &&
        r.breakdown.startsWith('window=rolling_12m'),
    );
    if (!row) throw new Error(`seed: no ${measure} for ${authority} at ${ROLLING_2020.period}`);
    return row.value;
  };
  for (const a of ROLLING_2020.authorities) {
    const cohort = adoptedIn(codesOf(a.authority), ROLLING_2020.from, ROLLING_2020.to);
    for (const stage of a.stages)
      add(
        `${a.name} ${STAGES[stage].name} 2020`,
        cohort,
        stage,
        rollingRow(`${stage}_days_12m_rolling`, a.authority) * cohort.length,
      );
  }
  const three = ROLLING_2020.threeYears;
  const threeYears = adoptedIn(codesOf(three.authority), three.from, ROLLING_2020.to);
  for (const stage of three.stages) {
    const average = g.published.rows.find(
      (r) =>
        r.measure === `${stage}_days_3yr_avg` && r.authority === three.authority && r.period === ROLLING_2020.period,
    )!.value;
    add(
      `${three.authority} ${STAGES[stage].name} three years to December 2020`,
      threeYears,
      stage,
      average * threeYears.length,
    );
  }
  // A council's decision to placement in a described year, all children and without the hard to place.
  for (const c of DESCRIBED_COHORTS.adoptedInYear) {
    const cohort = adoptedInYear([c.code], c.year);
    const average = (group: string) =>
      g.published.value('adm_to_placement_days', c.code, c.period, `cohort=${group};source=${c.admToPlacementSource}`);
    const admToPlaced = (label: string, list: JourneyDraft[], value: number) =>
      constraints.push({
        label,
        variables: list.filter((d) => d.gaps).flatMap((d) => [d.gaps!.g2, d.gaps!.g3, d.gaps!.g4]),
        total: value * list.length - list.filter((d) => !d.gaps).reduce((s, d) => s + d.placed! - d.adm!, 0),
      });
    admToPlaced(`${c.code} decision to placement ${c.period} (all)`, cohort, average('all_adopted'));
    admToPlaced(
      `${c.code} decision to placement ${c.period} (not hard to place)`,
      cohort.filter((d) => !priority(d)),
      average('excluding_hard_to_place'),
    );
  }
  // Each council's A10 and A2 totals by year, and the agencies' in-year averages.
  for (const plan of g.plans) {
    for (const [year, days] of plan.a10Days)
      add(`${plan.code} A10 ${year}`, adoptedInYear([plan.code], year), 'a10', days);
    for (const [year, days] of plan.a2Days)
      add(`${plan.code} A2 ${year}`, adoptedInYear([plan.code], year), 'a2', days);
  }
  for (const agency of AGENCIES) {
    const p = partnershipTargets(agency, g.published);
    for (const [year, average] of p.a10InYear)
      add(
        `${agency} A10 ${year}`,
        adoptedInYear(g.members(agency), year),
        'a10',
        average * adoptedInYear(g.members(agency), year).length,
      );
    for (const [year, average] of p.a2InYear)
      add(
        `${agency} A2 ${year}`,
        adoptedInYear(g.members(agency), year),
        'a2',
        average * adoptedInYear(g.members(agency), year).length,
      );
  }
  return constraints;
}

/**
 * A child must still be in their age band when placed: where the durations run longer than
 * that, their upper bounds are tightened in proportion and the sums solved again.
 */
function solveWithinAgeBands(g: JourneyGeneration, placed: JourneyDraft[], constraints: SumConstraint[]): void {
  for (let attempt = 0; ; attempt += 1) {
    solveSums(constraints);
    if (
      attempt < 30 &&
      capPlacementOrderYears(
        g,
        placed.filter((d) => d.gaps),
      )
    )
      continue;
    const tooLong = placed.filter((d) => d.gaps && total(d) > g.longestJourney.get(d)!);
    if (tooLong.length === 0) return;
    if (attempt === 40)
      throw new Error(`seed: ${tooLong.length} children wait longer than their age band allows, e.g. ${tooLong[0].id}`);
    for (const d of tooLong) {
      // A child whose shortest journey no longer fits their band is a year older when placed,
      // where the agency publishes only "aged 5 and over" (so a band under 5 may change).
      const mins = Object.values(d.gaps!).reduce((sum, gap) => sum + gap.min, 0);
      const band = BANDS.indexOf(d.ageBand);
      if (mins > g.longestJourney.get(d)! && !g.agency(agencyOf(d.code)).publishesBandsUnderFive && band < 4) {
        d.ageBand = BANDS[band + 1];
        g.longestJourney.set(d, Math.min(2400, BAND_DAYS[d.ageBand][1] - 70));
        continue;
      }
      const scale = g.longestJourney.get(d)! / total(d);
      for (const gap of Object.values(d.gaps!)) {
        gap.max = Math.max(gap.min, Math.floor(gap.value * scale));
        gap.value = Math.min(gap.value, gap.max);
      }
    }
  }
}

/**
 * Where placement orders per council and year are published (T4C), a placed child's order falls
 * in the year its A2 (order → match) puts it; where a year would get more orders than published
 * (less a margin for children still waiting and plans that ceased), the earliest ones move into
 * the year before, by bounding A2 for those children. The match → placement time is fixed for them.
 */
function capPlacementOrderYears(g: JourneyGeneration, drafts: JourneyDraft[]): boolean {
  let changed = false;
  for (const plan of g.plans.filter((p) => g.agency(p.agency).capsPlacementOrderYears)) {
    const own = drafts.filter((d) => d.code === plan.code);
    for (const d of own) {
      d.gaps!.g4.min = d.gaps!.g4.value;
      d.gaps!.g4.max = d.gaps!.g4.value;
    }
    const orderDay = (d: JourneyDraft) => d.placed! - d.gaps!.g4.value - d.gaps!.g3.value;
    const waiting = g.council(plan.code).waitingAtEnd.withOrder;
    const lastYearOrders = plan.targets.placementOrders.get(LAST_YEAR)!;
    // Children waiting at 31 March 2022 with an order mostly got it in 2021-22 (T4C's stock grew
    // from 91 to 101 while 121 orders were made): up to 80% of the year's orders are theirs, the
    // rest of them got their order the year before.
    const waitingLast = Math.min(waiting, lastYearOrders - Math.round(lastYearOrders * 0.2));
    const capOf = (year: number) => {
      const published = plan.targets.placementOrders.get(year);
      return published === undefined
        ? Infinity
        : published - (year === LAST_YEAR ? waitingLast : year === LAST_YEAR - 1 ? waiting - waitingLast : 0) - 1;
    };
    const countIn = (year: number) => own.filter((d) => inYear(orderDay(d), year)).length;
    const a2Average = (d: JourneyDraft) =>
      d.aoYear !== null && plan.a2Days.has(d.aoYear) ? plan.a2Days.get(d.aoYear)! / plan.adopted.get(d.aoYear)! : 150;
    for (const year of [LAST_YEAR - 2, LAST_YEAR - 1, LAST_YEAR]) {
      const overflow = countIn(year) - capOf(year);
      if (overflow <= 0) continue;
      changed = true;
      const inThisYear = own.filter((d) => inYear(orderDay(d), year)).sort((a, b) => a2Average(a) - a2Average(b));
      moveOrders(inThisYear, overflow, year, year < LAST_YEAR ? capOf(year + 1) - countIn(year + 1) : 0);
    }
  }
  return changed;
}

/**
 * Children of cohorts with the shortest A2 move forward (a later order, a shorter A2) where the
 * next year has room; the others move back (an earlier order, a longer A2).
 */
function moveOrders(inThisYear: JourneyDraft[], overflow: number, year: number, forwardRoom: number): void {
  const backward: JourneyDraft[] = [];
  let moved = 0;
  for (const d of inThisYear) {
    if (moved === overflow) break;
    const g3 = d.gaps!.g3;
    const match = d.placed! - d.gaps!.g4.value;
    if (forwardRoom > 0 && match - fyStartDay(year + 1) >= g3.min) {
      g3.max = Math.min(g3.max, match - fyStartDay(year + 1));
      g3.value = Math.min(g3.value, g3.max);
      forwardRoom -= 1;
      moved += 1;
    } else backward.push(d);
  }
  for (const d of backward.reverse()) {
    if (moved === overflow) break;
    const g3 = d.gaps!.g3;
    g3.min = Math.max(g3.min, d.placed! - d.gaps!.g4.value - (fyStartDay(year) - 1));
    g3.max = Math.max(g3.min, g3.max);
    g3.value = Math.max(g3.value, g3.min);
    moved += 1;
  }
}

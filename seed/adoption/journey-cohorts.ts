import { Random } from '../shared/random';
import { day, fyEndDay, fyStartDay } from './journey-calendar';
import { DISRUPTIONS } from './journey-choices.targets';
import { JourneyGeneration } from './journey-generation';
import { CouncilPlan, FIRST_YEAR, LAST_YEAR } from './journey-plan';

/** Cohorts of placed children: adopted (by year of order), pending at 31 March 2022, disrupted. */
export function placedCohorts(g: JourneyGeneration, plan: CouncilPlan): void {
  const random = g.random(plan.code);
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year += 1) adoptedInYear(g, plan, year, random);
  for (let i = 0; i < plan.pending; i += 1) {
    const d = g.make(plan.code, 'PENDING');
    d.placedYear = LAST_YEAR;
  }
  for (const disruption of DISRUPTIONS.filter((x) => x.code === plan.code)) {
    for (let i = 0; i < disruption.children; i += 1) {
      const d = g.make(plan.code, 'DISRUPTED');
      d.placedYear = disruption.year;
      d.source = disruption.source;
      if (disruption.children > 1) d.groupId = `${plan.code}-DG${disruption.year}`;
      d.groupSize = disruption.children;
    }
  }
}

function adoptedInYear(g: JourneyGeneration, plan: CouncilPlan, year: number, random: Random): void {
  const adopted = plan.adopted.get(year)!;
  const before = plan.placedYearBefore.get(year)!;
  // Order windows: where orders are published by quarter (rolling figures), so many fall in the window.
  const split = g.council(plan.code).ordersInWindow?.find((w) => w.year === year);
  const windows: [number, number][] = [];
  for (let i = 0; i < adopted; i += 1) {
    if (!split) windows.push([fyStartDay(year), fyEndDay(year)]);
    else windows.push((i < split.orders ? split.window : split.otherwise).map(day) as [number, number]);
  }
  const order = random.shuffle(windows.map((_, i) => i));
  for (let i = 0; i < adopted; i += 1) {
    const d = g.make(plan.code, 'ADOPTED');
    d.aoYear = year;
    d.aoWindow = windows[order[i]];
    d.placedYear = i < before ? year - 1 : year;
  }
}

/** Sets placedHalf for 2021-22 placements where an agency counts that year by half (called once drafts exist). */
export function markHalves(g: JourneyGeneration): void {
  for (const plan of g.plans) {
    const second = g.council(plan.code).secondHalfPlaced;
    if (!second) continue;
    const own = g.drafts.filter((d) => d.code === plan.code && d.placedYear === LAST_YEAR);
    const adopted = own.filter((d) => d.kind === 'ADOPTED');
    const pending = own.filter((d) => d.kind === 'PENDING');
    adopted.forEach((d, i) => (d.placedHalf = i < second.adopted ? 2 : 1));
    pending.forEach((d, i) => (d.placedHalf = i < second.pending ? 2 : 1));
    own.filter((d) => d.kind === 'DISRUPTED').forEach((d) => (d.placedHalf = 1));
  }
}

import { day, END, fyEndDay, fyStartDay } from './journey-calendar';
import { priority } from './journey-draft';
import { JourneyGeneration } from './journey-generation';

/** An early permanence placement still to come: the child is among those waiting at 31 March 2022. */
export interface LaterEarlyPermanence {
  code: string;
  year: number;
  lastDay: number;
}

/** Early permanence (the councils' published counts by year): babies placed with carers who adopt them. */
export function assignEarlyPermanence(g: JourneyGeneration): LaterEarlyPermanence[] {
  const later: LaterEarlyPermanence[] = [];
  for (const plan of g.plans) {
    const random = g.random(plan.code);
    for (const year of [...plan.targets.earlyPermanence.keys()].sort().reverse()) {
      const count = plan.targets.earlyPermanence.get(year)!;
      const lastDay = plan.targets.earlyPermanenceQ1Q3.get(year) === count ? day(`${year}-12-31`) : fyEndDay(year);
      const candidates = random.shuffle(
        g.drafts.filter(
          (d) =>
            d.code === plan.code &&
            d.earlyPermanence === 'NONE' &&
            !priority(d) &&
            (d.kind === 'ADOPTED' || d.kind === 'PENDING') &&
            d.placed! >= fyStartDay(year) + 150 &&
            d.source === 'OWN',
        ),
      );
      // Placed in the year of the early permanence placement or the next: fostered first, then
      // placed. Children not yet adopted first, so the adopted cohorts keep their waits.
      // Early permanence matches count 0 days in A2, so they go to the cohorts with the shortest A2.
      const a2Average = (d: (typeof candidates)[number]) =>
        d.kind !== 'ADOPTED'
          ? -1
          : plan.a2Days.has(d.aoYear!)
            ? plan.a2Days.get(d.aoYear!)! / plan.adopted.get(d.aoYear!)!
            : 150;
      const chosen = candidates
        .filter((d) => d.placed! <= lastDay + 400)
        .sort((a, b) => a2Average(a) - a2Average(b))
        .slice(0, count);
      // The rest are children still waiting at 31 March 2022 (their placement comes later).
      for (let i = chosen.length; i < count; i += 1) later.push({ code: plan.code, year, lastDay });
      for (const d of chosen) {
        d.earlyPermanence = random.chance(0.8) ? 'FFA' : 'CONCURRENT';
        d.earlyPermanenceYear = year;
        d.byFosterCarer = true;
        d.ageBand = '0-12m';
        d.fosterStart = random.int(fyStartDay(year), Math.max(fyStartDay(year), Math.min(lastDay, d.placed! - 120)));
      }
    }
  }
  return later;
}

/** Early permanence placements not yet followed by a placement for adoption: babies still waiting. */
export function earlyPermanenceStillWaiting(g: JourneyGeneration, later: LaterEarlyPermanence[]): void {
  for (const { code, year, lastDay } of later) {
    const random = g.random(code);
    const d = g.drafts.find(
      (x) => x.code === code && x.kind === 'WAITING' && x.earlyPermanence === 'NONE' && x.po !== null && x.po <= END,
    );
    if (!d) throw new Error(`seed: ${code} has no waiting child for an early permanence placement in ${year}`);
    d.earlyPermanence = random.chance(0.8) ? 'FFA' : 'CONCURRENT';
    d.earlyPermanenceYear = year;
    d.byFosterCarer = true;
    d.ageBand = '0-12m';
    d.fosterStart = random.int(fyStartDay(year), lastDay);
    d.entered = d.fosterStart - random.int(0, 14);
    d.adm = Math.min(d.entered + random.int(20, 60), END - 30);
    d.po = Math.min(d.adm + random.int(30, 100), END - 5);
    d.match = d.po - random.int(0, 10);
    d.source = 'OWN';
  }
}

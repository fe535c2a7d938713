import { apportion, day, fyEndDay, fyStartDay, inYear } from './journey-calendar';
import { JourneyGeneration } from './journey-generation';
import { AGENCIES } from './journey-choices.targets';
import { CouncilPlan, FIRST_YEAR, LAST_YEAR } from './journey-plan';

/**
 * Early notifications: where published (ATV, by council and year, and for the agency by half
 * year), about 60% of notified children go on to a decision ("approximately 60%"), the rest are
 * journeys that ended at notification. Where not published (T4C), half the decisions had one.
 */
export function earlyNotifications(g: JourneyGeneration, plan: CouncilPlan): void {
  const random = g.random(plan.code);
  const own = g.drafts.filter((d) => d.code === plan.code && d.adm !== null);
  for (const d of own) d.notified = d.adm! - random.int(20, 120);
  if (g.agency(plan.agency).notifications === 'HALF_OF_DECISIONS') {
    for (const d of own) if (random.chance(0.5)) d.notified = null;
    return;
  }
  const targets = new Map(plan.targets.earlyNotifications);
  if (!targets.has(2019)) {
    // 2019-20 is published for the agency as a whole: shared by decisions.
    const agencyTotal = g.published.value('early_notifications_count', plan.agency, '2019-20');
    const weights = new Map(
      g
        .members(plan.agency)
        .map((code) => [code, g.drafts.filter((d) => d.code === code && inYear(d.adm, 2019)).length]),
    );
    targets.set(2019, apportion(agencyTotal, weights).get(plan.code)!);
  }
  for (let year = FIRST_YEAR - 2; year <= LAST_YEAR; year += 1) {
    const target = targets.get(year);
    const inThisYear = own.filter((d) => inYear(d.notified, year));
    if (target === undefined) {
      for (const d of inThisYear) if (!random.chance(0.6)) d.notified = null;
      continue;
    }
    const keep = Math.min(inThisYear.length, Math.round(target * 0.6));
    random
      .shuffle(inThisYear)
      .slice(keep)
      .forEach((d) => (d.notified = null));
    for (let i = keep; i < target; i += 1) {
      const d = g.make(plan.code, 'NOTIFIED');
      d.notified = random.int(fyStartDay(year), fyEndDay(year));
      d.entered = d.notified - random.int(0, 90);
      d.ceased = d.notified + random.int(30, 200);
      d.ceasedReason = random.weighted({ RETURNED_HOME: 45, SGO: 30, LONG_TERM_FOSTERING: 15, OTHER: 10 });
      d.ageBand = random.weighted({ '0-12m': 35, '1-2y': 20, '2-3y': 15, '3-4y': 10, '4-5y': 8, '5y+': 12 });
    }
  }
}

/** An agency's notifications by half year: notified-only journeys move between halves of their year. */
export function balanceNotificationHalves(g: JourneyGeneration): void {
  for (const agency of AGENCIES) {
    for (const year of g.agency(agency).notificationHalfYears) {
      const period = `${year}-${String((year + 1) % 100).padStart(2, '0')}`;
      const firstHalf = g.published.value('early_notifications_count', agency, `${period}-Q1-Q2`);
      const notified = g.drafts.filter((d) => g.members(agency).includes(d.code) && inYear(d.notified, year));
      const movable = notified.filter((d) => d.kind === 'NOTIFIED');
      const base = notified.filter((d) => d.kind !== 'NOTIFIED' && d.notified! <= day(`${year}-09-30`)).length;
      const need = firstHalf - base;
      if (need < 0 || need > movable.length)
        throw new Error(
          `seed: ${agency} notifications ${period}: ${base} in April-September from decided children, ${movable.length} others, published ${firstHalf}`,
        );
      movable.forEach((d, i) => {
        const shift = d.ceased! - d.notified!;
        const entered = d.notified! - d.entered;
        d.notified =
          i < need ? fyStartDay(year) + ((d.notified! * 7) % 180) : day(`${year}-10-01`) + ((d.notified! * 7) % 180);
        d.entered = d.notified - entered;
        d.ceased = d.notified + shift;
      });
    }
  }
}

import { addDays } from '../../schema/vocabulary/dates';
import { AttendanceRecord, EhcPlanRecord, EhcRequestRecord } from '../../subgraphs/education-send/entities';
import { Random } from '../shared/random';
import { dayIn, daysBetween } from './education-calendar';
import { countsForPercent, percent1 } from './percent-counts';
import { SchoolRecords } from './school-roll.seed';
import { planNeed, planSetting } from './send-needs';

/**
 * Makes one council's SEN2 records give its published figures (see CALIBRATION.md): the
 * percentage change in plans maintained between two dates, and every new plan of a period issued
 * within 20 weeks. Changes go to the fewest records: cessations moved, plans added for pupils
 * already on the register, requests' dates moved.
 */
export function calibratePlanChange(
  records: SchoolRecords,
  from: string,
  to: string,
  pct: number,
  random: Random,
): void {
  const held = (day: string) =>
    records.plans.filter((p) => p.issuedOn <= day && (p.ceasedOn === null || p.ceasedOn > day));
  // The nearest counts at `from` and `to` that give the published change (whole plans).
  const { n: before, k: change } = countsForPercent(pct, held(from).length, 10);
  const withPlan = new Set(records.plans.map((p) => p.pupilId));
  const candidates = records.pupils.filter((p) => !withPlan.has(p.id) && p.dateOfBirth <= addDays(from, -5 * 365));
  let added = 0;
  const newPlan = (issuedOn: string) => {
    const pupil = candidates[added];
    if (!pupil)
      throw new Error(`seed calibration: no pupil left for a new plan in ${records.pupils[0]?.authorityCode}`);
    added += 1;
    const receivedOn = addDays(issuedOn, -random.int(70, 139));
    const request = Object.assign(new EhcRequestRecord(), {
      id: `${pupil.id}-RC${added}`,
      pupilId: pupil.id,
      authorityCode: pupil.authorityCode,
      receivedOn,
      decision: 'ASSESS',
      decidedOn: addDays(receivedOn, 35),
    });
    records.requests.push(request);
    records.plans.push(
      Object.assign(new EhcPlanRecord(), {
        id: `${pupil.id}-EHCP1`,
        pupilId: pupil.id,
        authorityCode: pupil.authorityCode,
        requestId: request.id,
        issuedOn,
        exception: false,
        primaryNeed: planNeed(random, pupil.childId !== null),
        setting: planSetting(random),
        ceasedOn: null,
        ceasedReason: null,
      }),
    );
  };
  // First the count at `from`: plans issued in the year before it, or plans that ceased in that year.
  for (let held0 = held(from).length; held0 !== before; held0 = held(from).length) {
    if (held0 < before) newPlan(dayIn(addDays(from, -365), addDays(from, -1), random.next()));
    else {
      const plan = held(from).find((p) => p.requestId === null && p.issuedOn < addDays(from, -400))!;
      plan.ceasedOn = dayIn(addDays(from, -365), addDays(from, -1), random.next());
      plan.ceasedReason = 'MOVED_LA';
    }
  }
  const target = before + change;
  let after = held(to).length;
  while (after < target) {
    // A plan that would have ceased in the window stays; else a pupil on the register gets a new plan.
    const ceasing = records.plans.find((p) => p.ceasedOn !== null && p.ceasedOn > from && p.ceasedOn <= to);
    if (ceasing) {
      ceasing.ceasedOn = null;
      ceasing.ceasedReason = null;
    } else newPlan(dayIn(addDays(from, 1), to, random.next()));
    after += 1;
  }
  while (after > target) {
    // A plan held throughout ceases in the window instead (the family moved away).
    const steady = records.plans.find(
      (p) => p.issuedOn <= from && (p.ceasedOn === null || p.ceasedOn > to) && p.requestId === null,
    );
    if (!steady) throw new Error('seed calibration: no plan left to cease');
    steady.ceasedOn = dayIn(addDays(from, 1), to, random.next());
    steady.ceasedReason = 'MOVED_LA';
    after -= 1;
  }
}

/** Every new plan issued in [from, to] issued within 20 weeks of its request (both with and without exceptions). */
export function calibrateAllWithin20Weeks(records: SchoolRecords, from: string, to: string, random: Random): void {
  const requests = new Map(records.requests.map((r) => [r.id, r]));
  for (const plan of records.plans) {
    if (plan.issuedOn < from || plan.issuedOn > to || plan.requestId === null) continue;
    const request = requests.get(plan.requestId)!;
    if (daysBetween(request.receivedOn, plan.issuedOn) <= 140) continue;
    request.receivedOn = addDays(plan.issuedOn, -random.int(84, 139));
    request.decidedOn = addDays(request.receivedOn, 35);
  }
}

/**
 * Sets the sessions missed of a set of attendance rows so that their overall absence is `pct`
 * to one decimal place, keeping each pupil's share: scaled, then the rounding left over spread
 * one session at a time.
 */
export function calibrateAbsence(rows: AttendanceRecord[], pct: number): void {
  const possible = rows.reduce((s, r) => s + r.possibleSessions, 0);
  const target = Math.round((pct / 100) * possible);
  const missed = rows.reduce((s, r) => s + r.missedSessions, 0);
  const factor = missed === 0 ? 0 : target / missed;
  for (const r of rows) r.missedSessions = Math.min(r.possibleSessions, Math.round(r.missedSessions * factor));
  let left = target - rows.reduce((s, r) => s + r.missedSessions, 0);
  for (let i = 0; left !== 0 && i < rows.length * 200; i += 1) {
    const r = rows[i % rows.length];
    if (left > 0 && r.missedSessions < r.possibleSessions) {
      r.missedSessions += 1;
      left -= 1;
    } else if (left < 0 && r.missedSessions > 0) {
      r.missedSessions -= 1;
      left += 1;
    }
  }
  if (percent1(target, possible) !== pct || left !== 0)
    throw new Error(`seed calibration: absence ${percent1(target, possible)}% is not ${pct}%`);
}

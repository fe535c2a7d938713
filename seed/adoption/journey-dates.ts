import { Random } from '../shared/random';
import { SolverVariable, solveSums } from './sum-constraint-solver';
import { BAND_DAYS } from './age-bands';
import { day, END, firstOfMonth, fyEndDay, fyStartDay } from './journey-calendar';
import { ROLLING_2020 } from './journey-choices.targets';
import { JourneyDraft } from './journey-draft';
import { JourneyGeneration } from './journey-generation';

/** Placement (and order, or disruption) dates of a council's placed children, siblings on one day. */
export function placeDates(drafts: JourneyDraft[], random: Random): void {
  const groups = new Map<string, JourneyDraft[]>();
  for (const d of drafts.filter((x) => x.placedYear !== null))
    groups.set(d.groupId ?? d.id, [...(groups.get(d.groupId ?? d.id) ?? []), d]);
  for (const group of groups.values()) {
    const { placed, ao, disrupted } = groupDates(group[0], random);
    for (const d of group) {
      d.placed = placed;
      d.ao = ao;
      d.disrupted = disrupted;
      if (disrupted !== null) {
        d.ceased = disrupted + random.int(60, 150);
        d.ceasedReason = 'LONG_TERM_FOSTERING';
      }
    }
  }
}

function groupDates(
  lead: JourneyDraft,
  random: Random,
): { placed: number; ao: number | null; disrupted: number | null } {
  const year = lead.placedYear!;
  const from = lead.placedHalf === 2 ? day(`${year}-10-01`) : fyStartDay(year);
  const to = lead.placedHalf === 1 ? day(`${year}-09-30`) : fyEndDay(year);
  if (lead.kind === 'ADOPTED') {
    // The order day is drawn again until a placement day fits before it.
    for (let attempt = 0; attempt < 500; attempt += 1) {
      const ao = random.int(lead.aoWindow![0], lead.aoWindow![1]);
      const lo = Math.max(from, ao - 700);
      const hi = Math.min(to, ao - 75);
      if (lo <= hi) return { placed: random.int(lo, hi), ao, disrupted: null };
    }
    throw new Error(`seed: ${lead.id} cannot be placed in ${year} before its order`);
  }
  if (lead.kind === 'PENDING') {
    const placed = random.int(from, to);
    return { placed, ao: Math.max(placed + random.int(120, 330), END + random.int(5, 150)), disrupted: null };
  }
  const placed = random.int(from, Math.min(to, fyEndDay(year) - 60));
  return { placed, ao: null, disrupted: placed + random.int(20, Math.min(200, fyEndDay(year) - placed)) };
}

/**
 * The placement-to-order average for orders in the rolling twelve months to December 2020
 * (ASGLB, ATV and Middlesbrough): placement dates are moved within their year.
 */
export function solveOrderToPlacementDays(g: JourneyGeneration): void {
  const members = g.members(ROLLING_2020.agency);
  const inWindow = g.drafts.filter(
    (d) =>
      d.kind === 'ADOPTED' &&
      d.ao! >= day(ROLLING_2020.from) &&
      d.ao! <= day(ROLLING_2020.to) &&
      members.includes(d.code),
  );
  const variables = new Map<string, SolverVariable>();
  const variableOf = (d: JourneyDraft) => {
    const key = d.groupId ?? d.id;
    if (!variables.has(key)) {
      const from = Math.max(fyStartDay(d.placedYear!), d.ao! - 700);
      const to = Math.min(fyEndDay(d.placedYear!), d.ao! - 75);
      variables.set(key, { value: d.ao! - d.placed!, min: d.ao! - to, max: d.ao! - from });
    }
    return variables.get(key)!;
  };
  solveSums(
    ROLLING_2020.authorities.map((a) => {
      const cohort = inWindow.filter((d) => a.authority === ROLLING_2020.agency || d.code === a.authority);
      const average = g.published.value(
        'placement_to_ao_days_12m_rolling',
        a.authority,
        ROLLING_2020.period,
        a.placementToOrder,
      );
      return {
        label: `${a.name} placement to order 2020`,
        variables: cohort.map(variableOf),
        total: average * cohort.length,
      };
    }),
  );
  for (const d of inWindow) d.placed = d.ao! - variableOf(d).value;
}

/** An early permanence baby: into care, placed with the carers within days, matched before the order (A2 = 0). */
export function earlyPermanenceDates(d: JourneyDraft, random: Random): void {
  const start = d.fosterStart!;
  d.entered = start - random.int(0, 21);
  d.adm = Math.max(d.entered + random.int(20, 70), d.entered + 1);
  d.po = Math.min(d.adm + random.int(40, 110), d.placed! - 14);
  if (d.po <= d.adm) d.adm = d.po - 14;
  if (d.adm <= d.entered) d.entered = d.adm - 10;
  // Matched with the carers before (or on the day of) the placement order: A2 counts 0 days.
  d.match = d.po - random.int(0, 10);
}

/** The solved durations back to dates, counting back from the placement. */
export function datesFromGaps(drafts: JourneyDraft[]): void {
  for (const d of drafts) {
    if (!d.gaps) continue;
    const { h, k, g2, g3, g4 } = d.gaps;
    d.match = d.placed! - g4.value;
    d.po = d.match - g3.value;
    d.adm = d.po - g2.value;
    d.entered = d.adm - h.value - k.value;
    d.fosterStart = d.byFosterCarer ? d.entered + h.value : null;
  }
}

/** Date of birth (first of the month) that puts the child in their age band when placed (or decided, or entered). */
export function birthDate(d: JourneyDraft, random: Random): void {
  const reference = d.placed !== null && (d.kind !== 'WAITING' || d.placed <= END) ? d.placed : (d.adm ?? d.entered);
  if (d.earlyPermanence !== 'NONE') {
    d.dateOfBirth = firstOfMonth(d.entered - random.int(0, 20));
    return;
  }
  const [lo, hi] = BAND_DAYS[d.ageBand];
  const sinceEntry = reference - d.entered;
  const age = random.int(Math.max(lo, sinceEntry + 31), Math.max(Math.max(lo, sinceEntry + 31), hi));
  d.dateOfBirth = firstOfMonth(reference - age);
  if (d.dateOfBirth > d.entered) d.dateOfBirth = firstOfMonth(d.entered);
}

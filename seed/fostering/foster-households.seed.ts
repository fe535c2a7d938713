import { addDays, fromDayNumber, toDayNumber } from '../../schema/vocabulary/dates';
import { FosterHouseholdRecord } from '../../subgraphs/fostering/entities';
import { FosteringTargets } from './calibration-targets';
import { Random } from '../shared/random';

type HouseholdType = 'MAINSTREAM' | 'CONNECTED' | 'SHORT_BREAK';

/** Per type, relative to the number of children in care: households active, approvals and leavers a year. */
const SHAPE: Record<HouseholdType, { active: number; approvals: number; leavers: number; places: [number, number] }> = {
  MAINSTREAM: { active: 0.3, approvals: 0.05, leavers: 0.035, places: [1, 3] },
  CONNECTED: { active: 0.08, approvals: 0.06, leavers: 0.05, places: [1, 2] },
  SHORT_BREAK: { active: 0.02, approvals: 0.004, leavers: 0.003, places: [1, 2] },
};
const REASONS: Record<HouseholdType, Record<string, number>> = {
  MAINSTREAM: { RESIGNED: 60, RETIRED: 25, SGO_OR_ADOPTION: 10, TERMINATED: 5 },
  CONNECTED: { SGO_OR_ADOPTION: 70, RESIGNED: 15, TERMINATED: 15 },
  SHORT_BREAK: { RESIGNED: 60, RETIRED: 40 },
};

const fyStart = (year: number) => `${year}-04-01`;
const fyEnd = (year: number) => `${year + 1}-03-31`;

function dayBetween(random: Random, from: string, to: string): string {
  const a = toDayNumber(from);
  const b = toDayNumber(to);
  return fromDayNumber(a + Math.floor(random.next() * (b - a + 1)));
}

/**
 * The council's own foster households, built around a reference date (normally 31 March 2022): exactly the
 * number active then, the approvals of 2020-21 and 2021-22 among them, the households that left
 * before it (so that resignations in a year are exact), and approvals and departures afterwards.
 */
export function generateHouseholds(
  code: string,
  recordsFrom: string,
  recordsTo: string,
  childrenInCare2022: number,
  targets: FosteringTargets,
  random: Random,
): FosterHouseholdRecord[] {
  const households: FosterHouseholdRecord[] = [];
  // The published date, else 31 March 2022, moved inside the records of a council created or abolished since.
  const dayBefore = addDays(recordsFrom, -1);
  const fallback = '2022-03-31' < dayBefore ? dayBefore : '2022-03-31' > recordsTo ? recordsTo : '2022-03-31';
  const reference = targets.householdsAt?.date ?? fallback;
  const firstYear = Number(recordsFrom.slice(0, 4));
  const add = (type: HouseholdType, approvedOn: string, deregisteredOn: string | null, reason: string | null) => {
    const shape = SHAPE[type];
    households.push(
      Object.assign(new FosterHouseholdRecord(), {
        id: `${code}-H${String(households.length + 1).padStart(4, '0')}`,
        authorityCode: code,
        householdType: type,
        approvedOn,
        places: random.int(shape.places[0], shape.places[1]),
        deregisteredOn,
        deregistrationReason: reason,
        mockingbirdConstellation: null,
      }),
    );
  };
  const scaled = (ratio: number) => Math.max(1, Math.round(ratio * childrenInCare2022 * (0.85 + random.next() * 0.3)));

  for (const type of ['MAINSTREAM', 'CONNECTED', 'SHORT_BREAK'] as HouseholdType[]) {
    const shape = SHAPE[type];
    const published =
      type === 'MAINSTREAM'
        ? targets.householdsAt?.mainstream
        : type === 'CONNECTED'
          ? targets.householdsAt?.connected
          : undefined;
    const isPublished = published !== undefined && published >= 0;
    let activeAtReference = isPublished ? published : scaled(shape.active);
    const approvals = (year: number) =>
      (type === 'MAINSTREAM' ? targets.mainstreamApprovals.get(year) : undefined) ?? scaled(shape.approvals);
    const leavers = () => scaled(shape.leavers);

    // Approved in the years before the reference date (within the records): still active at it,
    // except connected carers, half of whom take an order for the child and leave quickly.
    let active = 0;
    for (let year = firstYear; fyEnd(year) <= reference; year += 1) {
      for (let i = 0; i < approvals(year); i += 1) {
        const approvedOn = dayBetween(random, fyStart(year), fyEnd(year));
        const latestLeaving = addDays(reference, -1);
        const leaves =
          type === 'CONNECTED' && active >= activeAtReference / 2 && addDays(approvedOn, 30) < latestLeaving;
        if (leaves)
          add(type, approvedOn, dayBetween(random, addDays(approvedOn, 30), latestLeaving), 'SGO_OR_ADOPTION');
        else {
          active += 1;
          add(type, approvedOn, null, null);
        }
      }
    }
    if (active > activeAtReference && !isPublished) activeAtReference = active;
    if (active > activeAtReference)
      throw new Error(
        `${code}: ${active} ${type} approvals since ${recordsFrom} exceed the ${activeAtReference} active at ${reference}`,
      );
    // The rest of those active at the reference date were approved before the records begin.
    for (let i = active; i < activeAtReference; i += 1)
      add(type, dayBetween(random, '2006-04-01', addDays(recordsFrom, -1)), null, null);

    // Households that left before the reference date, approved earlier.
    for (let year = firstYear; fyEnd(year) <= reference; year += 1) {
      const resigned = type === 'MAINSTREAM' ? targets.mainstreamResignations.get(year) : undefined;
      const count = resigned !== undefined ? resigned + random.int(0, 3) : leavers();
      for (let i = 0; i < count; i += 1) {
        const reason =
          resigned !== undefined && i < resigned
            ? 'RESIGNED'
            : resigned !== undefined
              ? random.weighted({ RETIRED: 60, SGO_OR_ADOPTION: 30, TERMINATED: 10 })
              : random.weighted(REASONS[type]);
        add(
          type,
          dayBetween(random, '2006-04-01', addDays(recordsFrom, -1)),
          dayBetween(random, fyStart(year), fyEnd(year)),
          reason,
        );
      }
    }

    // After the reference date: new approvals, and departures among everyone active.
    const referenceYear = Number(reference.slice(0, 4));
    for (let year = referenceYear; fyEnd(year) <= recordsTo; year += 1) {
      for (let i = 0; i < approvals(year); i += 1)
        add(type, dayBetween(random, fyStart(year), fyEnd(year)), null, null);
      const current = random.shuffle(
        households.filter((h) => h.householdType === type && h.deregisteredOn === null && h.approvedOn < fyStart(year)),
      );
      for (const household of current.slice(0, leavers())) {
        household.deregisteredOn = dayBetween(random, fyStart(year), fyEnd(year));
        household.deregistrationReason = random.weighted(REASONS[type]);
      }
    }
  }
  return households;
}

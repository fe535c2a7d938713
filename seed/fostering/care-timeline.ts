import { ageInYears, fromDayNumber, toDayNumber } from '../../schema/vocabulary/dates';
import { CareTargets } from './calibration-targets';
import { Random } from '../shared/random';

/** A child and their period of care, before it is cut into SSDA903 episodes. */
export interface ChildDraft {
  id: string;
  authorityCode: string;
  /** First of the month of birth. */
  dateOfBirth: string;
  sex: 'M' | 'F';
  ethnicity: string;
  uasc: boolean;
  careStart: string;
  /** Null while still in care at the end of the records. */
  careEnd: string | null;
  /** True when care ended because the young person reached 18. */
  agedOut: boolean;
  /** True when care passed to a successor council on a reorganisation (reason ceased E3). */
  transferred?: boolean;
}

export const RECORDS_TO = '2025-03-31';
const YEAR = 365.25;

/** Ages of children in care at a snapshot, like England's (DfE: under 1 5%, 1-4 13%, 5-9 17%, 10-15 39%, 16+ 26%). */
const STOCK_AGES = { '0': 5, '1-4': 13, '5-9': 17, '10-15': 39, '16-17': 26 };
/**
 * Ages of children starting care, like DfE's starters (babies about a fifth; many 16-17-year-olds,
 * a good share of them UASC). With the leaving rates below this keeps the stock near England's mix.
 */
const STARTER_AGES = { '0': 18, '1-4': 11, '5-9': 13, '10-15': 31, '16-17': 27 };
/** Relative chance of leaving care in an interval, by age: the youngest go home or are adopted soonest. */
const LEAVING_WEIGHT = [1.9, 1.9, 1.9, 1.9, 1.9, 1.0, 1.0, 1.0, 1.0, 1.0, 0.55, 0.55, 0.55, 0.55, 0.55, 0.55, 0.5, 0.5];
/** Chance a starter of this age is an unaccompanied asylum seeker (UASC are ~7% of England's stock, mostly 16-17). */
const UASC_CHANCE: Record<number, number> = { 14: 0.12, 15: 0.2, 16: 0.4, 17: 0.45 };
const AGE_RANGES: Record<string, [number, number]> = {
  '0': [0, 0],
  '1-4': [1, 4],
  '5-9': [5, 9],
  '10-15': [10, 15],
  '16-17': [16, 17],
};
/** Share of the stock leaving care per year, besides those reaching 18. */
const TURNOVER = 0.26;

const ETHNICITY = {
  WBRI: 70,
  WOTH: 4,
  WIRT: 0.5,
  WROM: 0.5,
  MWBC: 4,
  MWBA: 1.5,
  MWAS: 2,
  MOTH: 3,
  AIND: 0.8,
  APKN: 2,
  ABAN: 0.5,
  AOTH: 1,
  BCRB: 1.5,
  BAFR: 2.5,
  BOTH: 1,
  CHNE: 0.2,
  OOTH: 2,
  NOBT: 1,
};
const UASC_ETHNICITY = { BAFR: 35, AOTH: 30, OOTH: 25, BOTH: 10 };

function firstOfMonth(day: number): string {
  return `${fromDayNumber(day).slice(0, 8)}01`;
}

function birthday18(dateOfBirth: string): number {
  return toDayNumber(`${Number(dateOfBirth.slice(0, 4)) + 18}${dateOfBirth.slice(4)}`);
}

type Checkpoint = CareTargets['checkpoints'][number];

/** One council's simulation: its random stream and the children made so far (numbered in order). */
class CareSimulation {
  readonly children: ChildDraft[] = [];
  private serial = 0;

  constructor(
    readonly targets: CareTargets,
    readonly random: Random,
  ) {}

  newChild(dateOfBirth: string, careStart: number, uascPossible: boolean): ChildDraft {
    const random = this.random;
    this.serial += 1;
    const age = ageInYears(dateOfBirth, fromDayNumber(careStart));
    const uasc = uascPossible && random.chance(UASC_CHANCE[age] ?? 0);
    const child: ChildDraft = {
      id: `${this.targets.code}-C${String(this.serial).padStart(6, '0')}`,
      authorityCode: this.targets.code,
      dateOfBirth,
      sex: uasc ? (random.chance(0.92) ? 'M' : 'F') : random.chance(0.56) ? 'M' : 'F',
      ethnicity: uasc ? random.weighted(UASC_ETHNICITY) : random.weighted(ETHNICITY),
      uasc,
      careStart: fromDayNumber(careStart),
      careEnd: null,
      agedOut: false,
    };
    this.children.push(child);
    return child;
  }

  dobForAge(ageGroup: string, at: number, latest: number): string {
    const [lo, hi] = AGE_RANGES[ageGroup];
    const day = at - Math.floor((lo + this.random.next() * (hi - lo + 1)) * YEAR);
    return firstOfMonth(Math.min(day, latest));
  }
}

/**
 * Simulates one council's children in care from `recordsFrom` to `recordsTo` as stock and flow
 * between checkpoints, so that the number in care at each checkpoint is exact: in each interval,
 * young people reaching 18 leave, others leave at random, and just enough children start. Where a
 * paper gives the number aged 0–5, which children leave and how old the starters are is chosen
 * so that count is exact too.
 */
export function simulateCare(targets: CareTargets, random: Random, given: readonly ChildDraft[] = []): ChildDraft[] {
  const sim = new CareSimulation(targets, random);
  const checkpoints = checkpointsBesideGiven(targets, given);
  if (checkpoints.length === 0) return sim.children;
  let active = initialStock(sim, checkpoints[0].total);
  let previous = toDayNumber(targets.recordsFrom);
  for (const checkpoint of checkpoints) {
    active = toCheckpoint(sim, active, previous, checkpoint);
    previous = toDayNumber(checkpoint.date);
  }
  if (targets.abolished) {
    // The council's children in care pass to its successor councils the day after its last count.
    const next = fromDayNumber(toDayNumber(targets.recordsTo) + 1);
    for (const child of active) Object.assign(child, { careEnd: next, transferred: true });
  }
  if (targets.uasc) calibrateUasc(sim.children, targets.uasc, random);
  return sim.children;
}

/**
 * The checkpoints the simulation must meet: children whose care is already known (those on
 * adoption journeys) count towards every checkpoint, so the simulation makes up the rest.
 */
function checkpointsBesideGiven(targets: CareTargets, given: readonly ChildDraft[]): Checkpoint[] {
  return targets.checkpoints
    .filter((c) => c.date >= targets.recordsFrom && c.date <= targets.recordsTo)
    .map((c) => {
      const present = given.filter((x) => inCareAt(x, c.date));
      const young = present.filter((x) => ageInYears(x.dateOfBirth, c.date) <= 5).length;
      const adjusted = {
        ...c,
        total: c.total - present.length,
        aged0to5: c.aged0to5 === undefined ? undefined : c.aged0to5 - young,
      };
      if (adjusted.total < 0 || (adjusted.aged0to5 ?? 0) < 0)
        throw new Error(
          `${targets.code}: more children on adoption journeys in care at ${c.date} than the published count`,
        );
      return adjusted;
    });
}

/** The stock already in care on the first day: roughly the first checkpoint's count. */
function initialStock(sim: CareSimulation, firstTotal: number): ChildDraft[] {
  const start = toDayNumber(sim.targets.recordsFrom);
  const active: ChildDraft[] = [];
  const initial = Math.round(firstTotal * (0.97 + sim.random.next() * 0.06));
  for (let i = 0; i < initial; i += 1) {
    const group = sim.random.weighted(STOCK_AGES);
    let dob = sim.dobForAge(group, start, start - 1);
    if (birthday18(dob) <= start + 1) dob = firstOfMonth(start - Math.floor(17.5 * YEAR));
    const born = toDayNumber(dob);
    const entered = start - 1 - Math.floor(sim.random.next() * Math.min(start - born, 6 * YEAR));
    active.push(sim.newChild(dob, Math.max(entered, born), true));
  }
  return active;
}

/**
 * From one checkpoint (or the start) to the next: who leaves, who starts; the checkpoint is met
 * exactly, or generation stops.
 */
function toCheckpoint(
  sim: CareSimulation,
  active: ChildDraft[],
  previous: number,
  checkpoint: Checkpoint,
): ChildDraft[] {
  const code = sim.targets.code;
  const at = toDayNumber(checkpoint.date);
  const ageAt = (c: ChildDraft) => ageInYears(c.dateOfBirth, checkpoint.date);
  // Young people reaching 18 leave care on their birthday.
  for (const child of active.filter((c) => birthday18(c.dateOfBirth) <= at)) {
    child.careEnd = fromDayNumber(
      Math.max(birthday18(child.dateOfBirth), previous + 1, toDayNumber(child.careStart) + 1),
    );
    child.agedOut = true;
  }
  const rest = active.filter((c) => birthday18(c.dateOfBirth) > at);
  const years = (at - previous) / YEAR;
  let ceasing = Math.min(rest.length, Math.round(rest.length * TURNOVER * years * (0.85 + sim.random.next() * 0.3)));
  let starting = checkpoint.total - (rest.length - ceasing);
  if (starting < 0) {
    ceasing += -starting;
    starting = 0;
  }
  if (ceasing > rest.length) throw new Error(`${code}: cannot reach ${checkpoint.total} at ${checkpoint.date}`);
  const flow =
    checkpoint.aged0to5 !== undefined
      ? leaversKeepingYoung(sim, rest, { ceasing, starting }, checkpoint, ageAt)
      : { leavers: weightedLeavers(sim.random, rest, ceasing, ageAt), starting, youngStarters: undefined };
  for (const child of flow.leavers) {
    const earliest = Math.max(previous + 1, toDayNumber(child.careStart) + 1);
    child.careEnd = fromDayNumber(earliest + Math.floor(sim.random.next() * Math.max(1, at - earliest + 1)));
  }
  const starters: ChildDraft[] = [];
  for (let i = 0; i < flow.starting; i += 1) {
    const day = previous + 1 + Math.floor(sim.random.next() * (at - previous));
    const dob = starterBirthDate(sim, day, at, flow.youngStarters === undefined ? undefined : i < flow.youngStarters);
    starters.push(sim.newChild(dob, Math.max(day, toDayNumber(dob)), true));
  }
  const leaving = new Set(flow.leavers);
  const next = [...rest.filter((c) => !leaving.has(c)), ...starters];
  if (next.length !== checkpoint.total)
    throw new Error(`${code}: ${next.length} in care at ${checkpoint.date}, expected ${checkpoint.total}`);
  if (checkpoint.aged0to5 !== undefined) {
    const young = next.filter((c) => ageAt(c) <= 5).length;
    if (young !== checkpoint.aged0to5)
      throw new Error(`${code}: ${young} aged 0-5 at ${checkpoint.date}, expected ${checkpoint.aged0to5}`);
  }
  return next;
}

/** Young children leave care sooner (home, special guardianship, adoption) than older ones. */
function weightedLeavers(
  random: Random,
  rest: ChildDraft[],
  ceasing: number,
  ageAt: (c: ChildDraft) => number,
): ChildDraft[] {
  const weight = (c: ChildDraft) => LEAVING_WEIGHT[Math.min(17, ageAt(c))];
  return rest
    .map((c) => ({ c, key: Math.pow(random.next(), 1 / weight(c)) }))
    .sort((a, b) => b.key - a.key)
    .slice(0, ceasing)
    .map((x) => x.c);
}

/** Leavers (and how many starters are aged 0-5) so that the checkpoint's 0-5 count comes out exact. */
function leaversKeepingYoung(
  sim: CareSimulation,
  rest: ChildDraft[],
  counts: { ceasing: number; starting: number },
  checkpoint: Checkpoint,
  ageAt: (c: ChildDraft) => number,
): { leavers: ChildDraft[]; starting: number; youngStarters: number } {
  let { ceasing, starting } = counts;
  const young = sim.random.shuffle(rest.filter((c) => ageAt(c) <= 5));
  const old = sim.random.shuffle(rest.filter((c) => ageAt(c) > 5));
  const target = checkpoint.aged0to5!;
  let youngLeavers = -1;
  for (let attempt = 0; attempt < 10_000; attempt += 1) {
    const lo = Math.max(0, ceasing - old.length, young.length - target);
    const hi = Math.min(ceasing, young.length, young.length - target + starting);
    if (lo <= hi) {
      const natural = Math.round((ceasing * young.length) / Math.max(1, rest.length));
      youngLeavers = Math.min(hi, Math.max(lo, natural));
      break;
    }
    // More turnover (one more leaver and one more starter) gives the ages room to fit.
    if (ceasing >= rest.length) break;
    ceasing += 1;
    starting += 1;
  }
  if (youngLeavers < 0) throw new Error(`${sim.targets.code}: cannot reach ${target} aged 0-5 at ${checkpoint.date}`);
  return {
    leavers: [...young.slice(0, youngLeavers), ...old.slice(0, ceasing - youngLeavers)],
    starting,
    youngStarters: target - (young.length - youngLeavers),
  };
}

/**
 * A starter's date of birth: aged 0-5 or 6+ at the checkpoint where the 0-5 count is calibrated,
 * else like DfE's starters.
 */
function starterBirthDate(sim: CareSimulation, day: number, at: number, young: boolean | undefined): string {
  const random = sim.random;
  if (young === true) {
    // Aged 0-5 at the checkpoint: born after (checkpoint - 6 years), and by the start of care.
    // Half of them babies (as among all starters), the rest any age up to 5.
    const earliest = Math.max(at - Math.floor(6 * YEAR) + 40, random.chance(0.5) ? day - 330 : 0);
    const dob = firstOfMonth(earliest + Math.floor(random.next() * Math.max(1, day - earliest)));
    return toDayNumber(dob) > day ? firstOfMonth(day) : dob;
  }
  if (young === false) {
    // Aged 6+ at the checkpoint and under 18 by its end.
    const earliest = at - Math.floor(18 * YEAR) + 62;
    const latest = Math.min(day, at - Math.floor(6 * YEAR) - 40);
    return firstOfMonth(earliest + Math.floor(random.next() * Math.max(1, latest - earliest)));
  }
  const dob = sim.dobForAge(random.weighted(STARTER_AGES), day, day);
  return birthday18(dob) <= at ? firstOfMonth(at - Math.floor(17 * YEAR)) : dob;
}

function inCareAt(child: ChildDraft, date: string): boolean {
  return child.careStart <= date && (child.careEnd === null || child.careEnd > date);
}

/** Makes the number of UASC in care at a date exact, by changing which older children are UASC. */
function calibrateUasc(children: ChildDraft[], target: { date: string; count: number }, random: Random): void {
  const present = children.filter((c) => inCareAt(c, target.date));
  const uasc = random.shuffle(present.filter((c) => c.uasc));
  const candidates = random.shuffle(present.filter((c) => !c.uasc && ageInYears(c.dateOfBirth, c.careStart) >= 14));
  for (const child of uasc.slice(target.count)) {
    child.uasc = false;
    child.ethnicity = random.weighted(ETHNICITY);
  }
  const missing = target.count - uasc.length;
  if (missing > candidates.length)
    throw new Error(
      `${children[0].authorityCode}: not enough older children to make ${target.count} UASC at ${target.date}`,
    );
  for (const child of candidates.slice(0, Math.max(0, missing))) {
    child.uasc = true;
    child.sex = 'M';
    child.ethnicity = random.weighted(UASC_ETHNICITY);
  }
}

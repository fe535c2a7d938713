import { addDays, IsoDate } from '../../schema/vocabulary/dates';
import { EdgeOfCareInterventionRecord } from '../../subgraphs/early-help/entities';
import { CareStart } from '../shared/care-starts';
import { Random } from '../shared/random';
import { ChildRegistry } from './early-help-children';
import { dayIn, GENERATED_FROM, monthsOf, RECORDS_TO } from './early-help-span';
import { EarlyHelpTargets, expectFigure, MIDDLESBROUGH, pct, REDCAR } from './early-help-targets';

/**
 * Edge-of-care support for young people aged 10–17, 3–9 months long. About one adolescent in five
 * who comes into care was supported on the edge of care first (their support ends the day their care
 * starts: the same child and day as the fostering records, from seed/data/care-starts.csv). The
 * others start at about 1 per 4,000 children a month and remain at home (plausible; no paper gives
 * a caseload except Redcar's and Middlesbrough's, which are the paper's here).
 */
const FROM_CARE = 0.2;
const STARTS_PER_CHILD_A_MONTH = 1 / 4000;

/** Each council's service; Middlesbrough's Futures for Families came on-stream in August 2020. */
function serviceOf(authorityCode: string, day: IsoDate): string {
  if (authorityCode === REDCAR) return 'NO_WRONG_DOOR';
  if (authorityCode === MIDDLESBROUGH) return day >= '2020-08-01' ? 'FUTURES_FOR_FAMILIES' : 'EDGE_OF_CARE_TEAM';
  if (authorityCode === 'E10000028') return 'INTENSIVE_PREVENTION';
  return 'EDGE_OF_CARE_TEAM';
}

export function generateEdgeOfCare(
  authorityCode: string,
  population: number,
  careStarts: CareStart[],
  registry: ChildRegistry,
  random: Random,
  targets: EarlyHelpTargets,
): EdgeOfCareInterventionRecord[] {
  const records: EdgeOfCareInterventionRecord[] = [];
  const add = (
    childId: string,
    dateOfBirth: IsoDate,
    startDate: IsoDate,
    endDate: IsoDate | null,
    care: IsoDate | null,
  ) =>
    records.push(
      Object.assign(new EdgeOfCareInterventionRecord(), {
        id: `${authorityCode}-EC${String(records.length + 1).padStart(6, '0')}`,
        childId,
        authorityCode,
        dateOfBirth,
        service: serviceOf(authorityCode, startDate),
        startDate,
        endDate: endDate !== null && endDate <= RECORDS_TO ? endDate : null,
        cameIntoCareDate: care,
      }),
    );
  const own = careStarts.filter((s) => s.authorityCode === authorityCode);
  const fromCare = (s: CareStart) =>
    add(s.childId, s.dateOfBirth, addDays(s.startDate, -random.int(30, 180)), s.startDate, s.startDate);
  const used = new Set<string>();
  for (const s of own)
    if (random.chance(FROM_CARE) && addDays(s.startDate, -180) >= GENERATED_FROM) {
      fromCare(s);
      used.add(s.childId);
    }
  const atHome = (startDate: IsoDate) => {
    const child = registry.newChild(startDate, 10, 16);
    add(child.id, child.dateOfBirth, startDate, addDays(startDate, random.int(90, 270)), null);
  };
  for (const [first, last] of monthsOf(GENERATED_FROM, RECORDS_TO))
    for (let i = Math.round(population * STARTS_PER_CHILD_A_MONTH * (0.8 + random.next() * 0.4)); i > 0; i -= 1)
      atHome(dayIn(random, first, last));
  if (authorityCode === REDCAR) calibrateRedcar(records, own, used, fromCare, atHome, random, targets);
  if (authorityCode === MIDDLESBROUGH) calibrateMiddlesbrough(records, atHome, random, targets);
  return records;
}

const supportedIn = (r: EdgeOfCareInterventionRecord, from: string, to: string) =>
  r.startDate <= to && (r.endDate === null || r.endDate >= from);
const supportedAt = (r: EdgeOfCareInterventionRecord, at: string) =>
  r.startDate <= at && (r.endDate === null || r.endDate > at);

/**
 * Redcar's No Wrong Door in April–June 2022: 48 young people, 87.5% at home at the end (42), so 6
 * came into care by 30 June. Young people are added or removed (newest first) until it is so.
 */
function calibrateRedcar(
  records: EdgeOfCareInterventionRecord[],
  starts: CareStart[],
  used: Set<string>,
  fromCare: (s: CareStart) => void,
  atHome: (day: IsoDate) => void,
  random: Random,
  t: EarlyHelpTargets,
): void {
  const [from, to] = ['2022-04-01', '2022-06-30'];
  const total = t.noWrongDoorSupportedQ1_2022;
  const cameIntoCare = Math.round(total * (1 - t.noWrongDoorAtHomePctQ1_2022 / 100));
  const inQuarter = () => records.filter((r) => supportedIn(r, from, to));
  const intoCare = () => inQuarter().filter((r) => r.cameIntoCareDate !== null && r.cameIntoCareDate <= to);
  while (intoCare().length > cameIntoCare) records.splice(records.indexOf(intoCare().at(-1)!), 1);
  const candidates = starts.filter((s) => s.startDate >= from && s.startDate <= to && !used.has(s.childId));
  while (intoCare().length < cameIntoCare) {
    const s = candidates.shift();
    if (!s) throw new Error('seed: too few Redcar care starts in Q1 2022-23 for No Wrong Door');
    fromCare(s);
  }
  // Too many: the newest at home leave the quarter (started in it: not at all; earlier: ended before it).
  const removable = () => inQuarter().filter((r) => r.cameIntoCareDate === null);
  while (inQuarter().length > total && removable().length > 0) {
    const r = removable().at(-1)!;
    if (r.startDate >= from) records.splice(records.indexOf(r), 1);
    else r.endDate = addDays(from, -1);
  }
  while (inQuarter().length < total) atHome(dayIn(random, from, to));
  const q = inQuarter();
  expectFigure('Redcar No Wrong Door young people supported Q1 2022-23', q.length, total);
  expectFigure(
    'Redcar No Wrong Door % remained at home',
    pct(q.length - intoCare().length, q.length),
    t.noWrongDoorAtHomePctQ1_2022,
  );
}

/** Middlesbrough's Futures for Families: about 40 young people supported on 15 February 2021 (40 here). */
function calibrateMiddlesbrough(
  records: EdgeOfCareInterventionRecord[],
  atHome: (day: IsoDate) => void,
  random: Random,
  t: EarlyHelpTargets,
): void {
  const at = '2021-02-15';
  const open = () => records.filter((r) => supportedAt(r, at) && r.service === 'FUTURES_FOR_FAMILIES');
  const removable = () => open().filter((r) => r.cameIntoCareDate === null);
  while (open().length > t.futuresForFamiliesAt20210215 && removable().length > 0)
    records.splice(records.indexOf(removable().at(-1)!), 1);
  // Started in the four weeks before the meeting, so still supported on the day.
  while (open().length < t.futuresForFamiliesAt20210215) atHome(dayIn(random, '2021-01-18', at));
  expectFigure(
    'Middlesbrough Futures for Families supported 2021-02-15',
    open().length,
    t.futuresForFamiliesAt20210215,
  );
}

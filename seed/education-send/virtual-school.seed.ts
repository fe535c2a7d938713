import { addDays } from '../../schema/vocabulary/dates';
import { PersonalEducationPlanRecord, VirtualSchoolChildRecord } from '../../subgraphs/education-send/entities';
import { ChildInCarePeriod } from '../shared/children-in-care';
import { Random } from '../shared/random';
import { academicYearOf, ofSchoolAge, SPANS } from './education-calendar';
import { countsForPercent, percent1 } from './percent-counts';

/**
 * The virtual school's roll (every period of care of the fostering subgraph's children, as the
 * fostering seed wrote them) and its PEPs: a review due about every term while a child of school
 * age is in care, every one of them in the tracker (academic year 2021/22), and before that only
 * those graded for quality assurance (the QA log, kept since 2018-19).
 */
export interface VirtualSchoolRecords {
  roll: VirtualSchoolChildRecord[];
  peps: PersonalEducationPlanRecord[];
}

/** What a council's virtual school published: PEPs in timescale by month, and quality grades by financial year. */
export interface PepTargets {
  inTimescale: { month: string; pct: number }[];
  quality: { year: number; amberPct: number; goodPct: number | { below: number } }[];
}

const financialYearOf = (day: string) => {
  const [y, m] = day.split('-').map(Number);
  return m >= 4 ? y : y - 1;
};
const inTracker = (pep: PersonalEducationPlanRecord) => pep.dueOn >= SPANS.PEP.from && pep.dueOn <= SPANS.PEP.to;

/** Chance a PEP completed in a financial year is first graded amber: falling as the virtual schools improved. */
const AMBER_BY_YEAR: Record<number, number> = { 2018: 0.38, 2019: 0.3, 2020: 0.2, 2021: 0.12, 2022: 0.11 };

export function generateVirtualSchool(
  gss: string,
  periods: ChildInCarePeriod[],
  random: Random,
  targets: PepTargets | null,
): VirtualSchoolRecords {
  const roll = periods.map((p, i) =>
    Object.assign(new VirtualSchoolChildRecord(), {
      id: `${p.childId}-VS${i}`,
      childId: p.childId,
      authorityCode: gss,
      dateOfBirth: p.dateOfBirth,
      joinedOn: p.started,
      leftOn: p.ended,
    }),
  );
  let peps: PersonalEducationPlanRecord[] = [];
  const counts = new Map<string, number>();
  const pepFor = (p: ChildInCarePeriod, dueOn: string) => {
    const n = (counts.get(p.childId) ?? 0) + 1;
    counts.set(p.childId, n);
    const u = random.next();
    const completedOn =
      u < 0.87 ? addDays(dueOn, -random.int(0, 20)) : u < 0.97 ? addDays(dueOn, random.int(1, 40)) : null;
    return Object.assign(new PersonalEducationPlanRecord(), {
      id: `${p.childId}-PEP${String(n).padStart(2, '0')}`,
      childId: p.childId,
      authorityCode: gss,
      dueOn,
      completedOn,
      firstGrade: null,
      grade: null,
    });
  };
  for (const p of periods) {
    // The first PEP within 20 school days of coming into care, then one review a term (about 121 days).
    const end = p.ended ?? '9999-12-31';
    for (let due = addDays(p.started, 28); due < end && due <= SPANS.PEP.to; due = addDays(due, 121)) {
      if (due < SPANS.PEP_QUALITY.from || !ofSchoolAge(p.dateOfBirth, academicYearOf(due))) continue;
      peps.push(pepFor(p, due));
    }
  }
  if (targets) calibrateTimeliness(peps, periods, targets, random, pepFor);
  gradePeps(peps, targets, random);
  // Before the tracker, only graded PEPs were kept (the QA log).
  peps = peps.filter((pep) => inTracker(pep) || pep.grade !== null);
  return { roll, peps };
}

/** Each month's published share in timescale, from the nearest whole numbers of PEPs due that give it. */
function calibrateTimeliness(
  peps: PersonalEducationPlanRecord[],
  periods: ChildInCarePeriod[],
  targets: PepTargets,
  random: Random,
  pepFor: (p: ChildInCarePeriod, dueOn: string) => PersonalEducationPlanRecord,
): void {
  // Latest month first: a month's surplus moves to the month before, which is calibrated after it.
  for (const { month, pct } of [...targets.inTimescale].sort((a, b) => b.month.localeCompare(a.month))) {
    const due = () => peps.filter((p) => p.dueOn.startsWith(month));
    const { n, k } = countsForPercent(pct, due().length);
    // Extra reviews (a change of school or placement brings one) for children of school age in care that month.
    const day = `${month}-15`;
    const eligible = periods.filter(
      (p) => p.started <= day && (p.ended === null || p.ended > day) && ofSchoolAge(p.dateOfBirth, academicYearOf(day)),
    );
    for (let i = due().length; i < n; i += 1)
      peps.push(pepFor(eligible[i % eligible.length], `${month}-${String(random.int(1, 28)).padStart(2, '0')}`));
    // Too many due: the surplus fell due the month before (reviews brought forward).
    for (const extra of due().slice(n)) extra.dueOn = addDays(`${month}-01`, -random.int(1, 20));
    due().forEach((pep, i) => {
      pep.completedOn =
        i < k
          ? addDays(pep.dueOn, -random.int(0, 15))
          : random.chance(0.8)
            ? addDays(pep.dueOn, random.int(1, 30))
            : null;
    });
    const got = due();
    const inTime = got.filter((p) => p.completedOn !== null && p.completedOn <= p.dueOn).length;
    if (percent1(inTime, got.length) !== pct)
      throw new Error(`seed calibration: PEPs in timescale ${month} ${percent1(inTime, got.length)}%, not ${pct}%`);
  }
}

/**
 * Quality grades: a sample of the completed PEPs, or (calibrated years) exactly the counts that
 * give the published shares. An amber PEP returned and improved is graded again: first grade
 * AMBER, grade GREEN — the rule by which the published amber and good-or-outstanding shares add
 * to more than 100%.
 */
function gradePeps(peps: PersonalEducationPlanRecord[], targets: PepTargets | null, random: Random): void {
  const byYear = new Map<number, PersonalEducationPlanRecord[]>();
  for (const pep of peps) {
    if (pep.completedOn === null || pep.completedOn > SPANS.PEP_QUALITY.to) continue;
    const year = financialYearOf(pep.completedOn);
    const list = byYear.get(year);
    if (list) list.push(pep);
    else byYear.set(year, [pep]);
  }
  for (const [year, completed] of byYear) {
    const target = targets?.quality.find((q) => q.year === year);
    if (!target) {
      for (const pep of completed) {
        if (!random.chance(0.1)) continue;
        const first = random.chance(AMBER_BY_YEAR[year] ?? 0.15) ? 'AMBER' : random.chance(0.65) ? 'GREEN' : 'GOLD';
        pep.firstGrade = first;
        pep.grade = first === 'AMBER' && random.chance(0.3) ? 'GREEN' : first;
      }
      continue;
    }
    const { n, a, g } = qualityCounts(target, Math.min(completed.length, Math.round(completed.length * 0.6)));
    if (n > completed.length)
      throw new Error(`seed calibration: ${n} graded PEPs needed in ${year}, ${completed.length} held`);
    const graded = random.shuffle(completed).slice(0, n);
    const regraded = a - (n - g);
    graded.forEach((pep, i) => {
      if (i < a) {
        pep.firstGrade = 'AMBER';
        pep.grade = i < regraded ? 'GREEN' : 'AMBER';
      } else {
        pep.firstGrade = random.chance(0.65) ? 'GREEN' : 'GOLD';
        pep.grade = pep.firstGrade;
      }
    });
  }
}

/** Graded PEPs `n`, first graded amber `a`, good or outstanding now `g`, giving both shares (and g ≥ n - a). */
function qualityCounts(target: PepTargets['quality'][number], near: number): { n: number; a: number; g: number } {
  for (let step = 0; step < 5000; step += 1) {
    const n = near - step;
    if (n < 10) break;
    const a = Math.round((target.amberPct * n) / 100);
    if (percent1(a, n) !== target.amberPct) continue;
    const goods =
      typeof target.goodPct === 'number'
        ? [Math.round((target.goodPct * n) / 100)].filter((g) => percent1(g, n) === target.goodPct)
        : Array.from({ length: n + 1 }, (_, g) => g).filter((g) => {
            const pct = percent1(g, n);
            return (
              pct < (target.goodPct as { below: number }).below &&
              Math.round(pct) === (target.goodPct as { below: number }).below
            );
          });
    const g = goods.reverse().find((x) => x >= n - a);
    if (g !== undefined) return { n, a, g };
  }
  throw new Error(`seed calibration: no PEP counts give ${JSON.stringify(target)}`);
}

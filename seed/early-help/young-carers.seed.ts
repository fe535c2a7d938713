import { addDays, IsoDate } from '../../schema/vocabulary/dates';
import { YoungCarerRecord } from '../../subgraphs/early-help/entities';
import { STAFFORDSHIRE_DISTRICTS } from '../shared/pilot-councils';
import { Random } from '../shared/random';
import { ChildRegistry } from './early-help-children';
import { dayIn, monthsOf, RECORDS_TO, YOUNG_CARERS_FROM } from './early-help-span';
import { EarlyHelpTargets, expectFigure, STAFFORDSHIRE } from './early-help-targets';

/**
 * Young carers, from the services' start in April 2021. Staffordshire's first three quarters are
 * the paper's: 125 young carers, 54 (43%) caring for someone with a physical disability or sensory
 * impairment, 75 (60%) giving 0–10 hours a week, 44 (35%) 11–30 and 6 more than 30. Ages 5–17, most
 * 10–15 (plausible; the paper reproduces no ages: the members met young carers "aged 8-15"); no
 * young carer under 6 gives more than 10 hours (the committee was "reassured this was not the
 * case"). Other councils: the same rate per child (125 in nine months per 168,962 children), same
 * mixes. Support lasts 6–24 months.
 */
const NEEDS = {
  PHYSICAL_DISABILITY_OR_SENSORY_IMPAIRMENT: 43,
  MENTAL_HEALTH: 24,
  LONG_TERM_ILLNESS: 11,
  LEARNING_DISABILITY_OR_AUTISM: 12,
  SUBSTANCE_MISUSE: 6,
  OTHER: 4,
};
const CARE_TYPES = {
  DOMESTIC: 30,
  EMOTIONAL: 28,
  GENERAL_CARE: 16,
  SIBLING_CARE: 14,
  INTIMATE: 5,
  FINANCIAL_OR_PRACTICAL: 7,
};
const AGES = { 5: 2, 6: 3, 7: 4, 8: 6, 9: 7, 10: 9, 11: 10, 12: 11, 13: 11, 14: 11, 15: 10, 16: 9, 17: 7 };
const OUTCOMES = { YOUNG_CARERS_SERVICE: 86, REFERRED_TO_ADULT_SOCIAL_CARE: 10, REFERRED_TO_CHILDRENS_SOCIAL_CARE: 4 };
const RATE = 125 / 168962 / 9;
const STAFFS_Q1_Q3 = { from: '2021-04-01', to: '2021-12-31' };

/** Hours a week in the paper's band: 0–10 (1 to 10), 11–30, or more than 30 (31–50). */
function hoursIn(band: 0 | 1 | 2, random: Random): number {
  return band === 0 ? random.int(1, 10) : band === 1 ? random.int(11, 30) : random.int(31, 50);
}

export function generateYoungCarers(
  authorityCode: string,
  population: number,
  registry: ChildRegistry,
  random: Random,
  targets: EarlyHelpTargets,
): YoungCarerRecord[] {
  const records: YoungCarerRecord[] = [];
  const districts = authorityCode === STAFFORDSHIRE ? STAFFORDSHIRE_DISTRICTS.map(([gss]) => gss) : [];
  const add = (startDate: IsoDate, band: 0 | 1 | 2, need: string) => {
    // Under-sixes give light care only (the committee's question): heavier care is by older children.
    let age = Number(random.weighted(AGES));
    if (band > 0 && age < 6) age = random.int(6, 17);
    const child = registry.newChild(startDate, age, age);
    const hours = hoursIn(band, random);
    const end = addDays(startDate, random.int(180, 730));
    records.push(
      Object.assign(new YoungCarerRecord(), {
        id: `${authorityCode}-YC${String(records.length + 1).padStart(6, '0')}`,
        childId: child.id,
        authorityCode,
        districtCode: districts.length ? random.pick(districts) : null,
        dateOfBirth: child.dateOfBirth,
        startDate,
        endDate: end <= RECORDS_TO ? end : null,
        hoursPerWeek: hours,
        careType: random.weighted(CARE_TYPES),
        caredForNeed: need,
        knownToSchool: random.chance(0.55),
        peerSupportOffered: random.chance(0.9),
        breakOffered: random.chance(0.85),
        assessmentOutcome: random.weighted(OUTCOMES),
      }),
    );
  };
  const band = (): 0 | 1 | 2 => (random.chance(0.6) ? 0 : random.chance(0.875) ? 1 : 2);
  const staffs = authorityCode === STAFFORDSHIRE;
  if (staffs) {
    // The paper's 125, in exact proportions: shuffled so that needs and hours are independent.
    const t = targets;
    const physical = Math.round((t.youngCarersQ1toQ3 * t.youngCarersPhysicalPct) / 100);
    const light = Math.round((t.youngCarersQ1toQ3 * t.youngCarers0to10Pct) / 100);
    const middle = Math.round((t.youngCarersQ1toQ3 * t.youngCarers11to30Pct) / 100);
    const bands = random.shuffle(
      Array.from({ length: t.youngCarersQ1toQ3 }, (_, i) => (i < light ? 0 : i < light + middle ? 1 : 2) as 0 | 1 | 2),
    );
    const needs = random.shuffle(
      Array.from({ length: t.youngCarersQ1toQ3 }, (_, i) =>
        i < physical
          ? 'PHYSICAL_DISABILITY_OR_SENSORY_IMPAIRMENT'
          : random.weighted({ ...NEEDS, PHYSICAL_DISABILITY_OR_SENSORY_IMPAIRMENT: 0 }),
      ),
    );
    bands.forEach((b, i) => add(dayIn(random, STAFFS_Q1_Q3.from, STAFFS_Q1_Q3.to), b, needs[i]));
  }
  for (const [first, last] of monthsOf(staffs ? '2022-01-01' : YOUNG_CARERS_FROM, RECORDS_TO))
    for (let i = Math.round(population * RATE * (0.8 + random.next() * 0.4)); i > 0; i -= 1)
      add(dayIn(random, first, last), band(), random.weighted(NEEDS));
  if (staffs) verifyStaffordshire(records, targets);
  return records;
}

/** The paper's figures recomputed from the records. */
function verifyStaffordshire(records: YoungCarerRecord[], t: EarlyHelpTargets): void {
  const q = records.filter(
    (r) => r.startDate <= STAFFS_Q1_Q3.to && (r.endDate === null || r.endDate >= STAFFS_Q1_Q3.from),
  );
  const share = (n: number) => Math.round((n / q.length) * 100);
  expectFigure('Staffordshire young carers Q1-Q3 2021-22', q.length, t.youngCarersQ1toQ3);
  expectFigure(
    'Staffordshire young carers % physical disability',
    share(q.filter((r) => r.caredForNeed === 'PHYSICAL_DISABILITY_OR_SENSORY_IMPAIRMENT').length),
    t.youngCarersPhysicalPct,
  );
  expectFigure(
    'Staffordshire young carers % 0-10 hours',
    share(q.filter((r) => r.hoursPerWeek <= 10).length),
    t.youngCarers0to10Pct,
  );
  expectFigure(
    'Staffordshire young carers % 11-30 hours',
    share(q.filter((r) => r.hoursPerWeek >= 11 && r.hoursPerWeek <= 30).length),
    t.youngCarers11to30Pct,
  );
}

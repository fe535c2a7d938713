import { addDays, daysInMonth, IsoDate, isoDate, toDayNumber } from '../../schema/vocabulary/dates';
import { DomesticAbuseReferralRecord } from '../../subgraphs/domestic-abuse/entities';
import { Random } from '../shared/random';
import { RECORDS_FROM, RECORDS_TO } from './domestic-abuse-span';
import { DomesticAbuseTargets, expectFigure, STAFFORDSHIRE, STOKE } from './domestic-abuse-targets';

/**
 * Referrals to the victim and perpetrator services of Staffordshire and Stoke-on-Trent, October 2018
 * to March 2021. Exact: Staffordshire's Q4 2020-21 district tables (and Q3's, from the printed
 * changes), Q4's victim funnel (702 adults accepted, 511 supported; 117 children and young people
 * accepted, 108 supported), Q4's victim sources (45.8% police, 30.0% self, 14.7% other), Q4's
 * perpetrator ages (42 adults, 17 children and young people), and the since-contract totals of each
 * council (victim 8,907 and 5,253; perpetrator 510 and 408, all units). The victim service's months
 * follow the pandemic as the paper tells it: a fall in April and May 2020, then about 5% above 2019
 * in June–August and about 30% above the year before from September (checked for the area).
 */
const QUARTER_3 = { from: '2020-10-01', to: '2020-12-31' };
const QUARTER_4 = { from: '2021-01-01', to: '2021-03-31' };
const ENQUIRIES_IN_TABLE_QUARTERS = { VICTIM: 90, PERPETRATOR: 2 };

/** The victim service's monthly volume against a plain 2019 month. */
function victimWeight(month: IsoDate): number {
  if (month < '2019-04-01') return 0.73; // the new service's first half-year
  if (month < '2020-04-01') return 1;
  if (month === '2020-04-01') return 0.8; // the first lockdown
  if (month === '2020-05-01') return 0.95; // "reached the level of the previous year … by the end of May"
  if (month < '2020-09-01') return 1.05; // "approximately 5%" above 2019
  return 1.3; // "around 30% greater" from the return to school
}

function monthsOf(from: IsoDate, to: IsoDate): IsoDate[] {
  const months: IsoDate[] = [];
  let [y, m] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  while (isoDate(y, m, 1) <= to) {
    months.push(isoDate(y, m, 1));
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
  return months;
}

const monthEnd = (month: IsoDate) =>
  isoDate(
    Number(month.slice(0, 4)),
    Number(month.slice(5, 7)),
    daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7))),
  );
const dayIn = (random: Random, from: IsoDate, to: IsoDate) =>
  addDays(from, random.int(0, toDayNumber(to) - toDayNumber(from)));
const inTableQuarters = (month: IsoDate) => month >= QUARTER_3.from && month <= QUARTER_4.to;

/** Counts per month summing exactly to `total`: volumes by `weight`, the remainder in the first month. */
function monthlyCounts(months: IsoDate[], total: number, weight: (m: IsoDate) => number): Map<IsoDate, number> {
  const base = total / months.reduce((s, m) => s + weight(m), 0);
  const counts = new Map(months.map((m) => [m, Math.round(weight(m) * base)]));
  const gap = total - [...counts.values()].reduce((s, n) => s + n, 0);
  counts.set(months[0], counts.get(months[0])! + gap);
  return counts;
}

/** A list with `count` copies of each key, shuffled. */
function shuffledList<K>(random: Random, counts: [K, number][]): K[] {
  return random.shuffle(counts.flatMap(([key, n]) => Array<K>(n).fill(key)));
}

type Outcome = Pick<
  DomesticAbuseReferralRecord,
  'isDuplicate' | 'isOutOfArea' | 'isInappropriate' | 'accepted' | 'supported' | 'supportLevel' | 'riskLevel'
>;

const SOURCES = { POLICE: 46, SELF: 29, OTHER: 14, HEALTH: 4, CHILDRENS_SOCIAL_CARE: 3, HOUSING: 2, EDUCATION: 2 };
const PERPETRATOR_SOURCES = { SELF: 40, CHILDRENS_SOCIAL_CARE: 25, POLICE: 15, OTHER: 12, HEALTH: 8 };
const LEVELS = { IMMEDIATE_ADVICE: 35, EARLY_INTERVENTION: 30, TARGETED: 35 };
const RISKS = { STANDARD: 50, MEDIUM: 35, HIGH: 15 };
const REASONS = { DUPLICATE: 43, OUT_OF_AREA: 21, INAPPROPRIATE: 36 };

/** An outcome: not accepted (with its reason), accepted and not supported, or supported at a level. */
function outcomeOf(random: Random, accepted: boolean, supported: boolean): Outcome {
  const reason = accepted ? null : random.weighted(REASONS);
  return {
    isDuplicate: reason === 'DUPLICATE',
    isOutOfArea: reason === 'OUT_OF_AREA',
    isInappropriate: reason === 'INAPPROPRIATE',
    accepted,
    supported: accepted && supported,
    supportLevel: accepted && supported ? random.weighted(LEVELS) : null,
    riskLevel: accepted ? random.weighted(RISKS) : null,
  };
}

interface Draft {
  districtCode: string | null;
  service: 'VICTIM' | 'PERPETRATOR';
  receivedDate: IsoDate;
  unit?: 'REFERRAL' | 'ENQUIRY';
  ageGroup?: string;
  source?: string;
  outcome?: Outcome;
}

export function generateReferrals(targets: DomesticAbuseTargets): DomesticAbuseReferralRecord[] {
  const random = new Random('domestic-abuse|referrals');
  const months = monthsOf(RECORDS_FROM, RECORDS_TO);
  const drafts: (Draft & { authorityCode: string })[] = [];
  const districtWeights = Object.fromEntries(targets.victimDistricts.map((d) => [d.district, d.q4])) as Record<
    string,
    number
  >;
  // The same object in both lists: the Q4 referrals are prescribed after they are added.
  const add = (authorityCode: string, draft: Draft) => drafts.push(Object.assign(draft, { authorityCode }));

  // Staffordshire's two quarters of district tables, both services: exact counts of new referrals.
  const tables = { VICTIM: targets.victimDistricts, PERPETRATOR: targets.perpetratorDistricts } as const;
  const q4: Record<'VICTIM' | 'PERPETRATOR', Draft[]> = { VICTIM: [], PERPETRATOR: [] };
  for (const service of ['VICTIM', 'PERPETRATOR'] as const) {
    for (const row of tables[service]) {
      for (let i = 0; i < row.q3; i += 1)
        add(STAFFORDSHIRE, {
          districtCode: row.district,
          service,
          unit: 'REFERRAL',
          receivedDate: dayIn(random, QUARTER_3.from, QUARTER_3.to),
        });
      for (let i = 0; i < row.q4; i += 1) {
        const draft: Draft = {
          districtCode: row.district,
          service,
          unit: 'REFERRAL',
          receivedDate: dayIn(random, QUARTER_4.from, QUARTER_4.to),
        };
        q4[service].push(draft);
        add(STAFFORDSHIRE, draft);
      }
    }
    for (const quarter of [QUARTER_3, QUARTER_4])
      for (let i = 0; i < ENQUIRIES_IN_TABLE_QUARTERS[service]; i += 1)
        add(STAFFORDSHIRE, {
          districtCode: random.weighted(districtWeights),
          service,
          unit: 'ENQUIRY',
          receivedDate: dayIn(random, quarter.from, quarter.to),
        });
  }
  prescribeVictimQuarter4(random, q4.VICTIM, targets);
  const ages = shuffledList(random, [
    ['ADULT', targets.perpetratorAdultsQ4],
    ['CHILDREN_AND_YOUNG_PEOPLE', targets.perpetratorChildrenQ4],
  ]);
  expectFigure('perpetrator referrals Q4 2020-21', q4.PERPETRATOR.length, targets.perpetratorQ4);
  expectFigure('perpetrator ages Q4 2020-21', ages.length, q4.PERPETRATOR.length);
  q4.PERPETRATOR.forEach((d, i) => (d.ageGroup = ages[i]));

  // Every other month: the since-contract totals less what the tables hold.
  const held = (code: string, service: string) =>
    drafts.filter((d) => d.authorityCode === code && d.service === service).length;
  const plans = [
    { code: STAFFORDSHIRE, service: 'VICTIM' as const, total: targets.victimSinceStartStaffs, weight: victimWeight },
    {
      code: STOKE,
      service: 'VICTIM' as const,
      total: targets.victimSinceStartArea - targets.victimSinceStartStaffs,
      weight: victimWeight,
    },
    {
      code: STAFFORDSHIRE,
      service: 'PERPETRATOR' as const,
      total: targets.perpetratorSinceStartStaffs,
      weight: () => 1,
    },
    {
      code: STOKE,
      service: 'PERPETRATOR' as const,
      total: targets.perpetratorSinceStartArea - targets.perpetratorSinceStartStaffs,
      weight: () => 1,
    },
  ];
  for (const plan of plans) {
    const open = months.filter((m) => plan.code !== STAFFORDSHIRE || !inTableQuarters(m));
    const counts = monthlyCounts(open, plan.total - held(plan.code, plan.service), plan.weight);
    for (const [month, count] of counts)
      for (let i = 0; i < count; i += 1)
        add(plan.code, {
          districtCode: plan.code === STAFFORDSHIRE ? random.weighted(districtWeights) : null,
          service: plan.service,
          unit: random.chance(plan.service === 'VICTIM' ? 0.08 : 0.1) ? 'ENQUIRY' : 'REFERRAL',
          receivedDate: dayIn(random, month, monthEnd(month)),
        });
  }
  checkPandemicChanges(drafts, targets);

  return drafts.map((d, i) => {
    const adult = d.ageGroup ? d.ageGroup === 'ADULT' : random.chance(d.service === 'VICTIM' ? 0.86 : 0.72);
    const outcome =
      d.outcome ??
      outcomeOf(random, random.chance(0.75), random.chance(adult ? 0.73 : d.service === 'VICTIM' ? 0.9 : 0.6));
    return Object.assign(new DomesticAbuseReferralRecord(), {
      id: `${d.authorityCode}-DAR${String(i + 1).padStart(6, '0')}`,
      authorityCode: d.authorityCode,
      districtCode: d.districtCode,
      service: d.service,
      ageGroup: adult ? 'ADULT' : 'CHILDREN_AND_YOUNG_PEOPLE',
      receivedDate: d.receivedDate,
      source: d.source ?? random.weighted(d.service === 'VICTIM' ? SOURCES : PERPETRATOR_SOURCES),
      unit: d.unit ?? 'REFERRAL',
      ...outcome,
    });
  });
}

/** Q4 2020-21's victim referrals: the funnel and the sources exactly as printed. */
function prescribeVictimQuarter4(random: Random, referrals: Draft[], targets: DomesticAbuseTargets): void {
  const received = referrals.length;
  expectFigure('victim referrals Q4 2020-21', received, targets.victimReceivedQ4);
  const notAccepted = received - targets.acceptedAdultsQ4 - targets.acceptedChildrenQ4;
  const funnel = shuffledList<[string, boolean, boolean]>(random, [
    [['ADULT', true, true], targets.supportedAdultsQ4],
    [['ADULT', true, false], targets.acceptedAdultsQ4 - targets.supportedAdultsQ4],
    [['CHILDREN_AND_YOUNG_PEOPLE', true, true], targets.supportedChildrenQ4],
    [['CHILDREN_AND_YOUNG_PEOPLE', true, false], targets.acceptedChildrenQ4 - targets.supportedChildrenQ4],
    [['ADULT', false, false], Math.round(notAccepted * 0.88)],
    [['CHILDREN_AND_YOUNG_PEOPLE', false, false], notAccepted - Math.round(notAccepted * 0.88)],
  ]);
  const pct = (part: number, whole: number) => Math.round((part / whole) * 1000) / 10;
  expectFigure(
    'adults supported %',
    pct(targets.supportedAdultsQ4, targets.acceptedAdultsQ4),
    targets.supportedAdultsPctQ4,
  );
  expectFigure(
    'children supported %',
    pct(targets.supportedChildrenQ4, targets.acceptedChildrenQ4),
    targets.supportedChildrenPctQ4,
  );
  const named = { POLICE: targets.policePctQ4, SELF: targets.selfPctQ4, OTHER: targets.otherPctQ4 };
  const counts = Object.entries(named).map(([source, p]) => {
    const n = Math.round((p / 100) * received);
    expectFigure(`${source} share of Q4 referrals`, pct(n, received), p);
    return [source, n] as [string, number];
  });
  const rest = received - counts.reduce((s, [, n]) => s + n, 0);
  const health = Math.round(rest * 0.38);
  const socialCare = Math.round(rest * 0.29);
  const housing = Math.round(rest * 0.19);
  const sources = shuffledList(random, [
    ...counts,
    ['HEALTH', health],
    ['CHILDRENS_SOCIAL_CARE', socialCare],
    ['HOUSING', housing],
    ['EDUCATION', rest - health - socialCare - housing],
  ]);
  referrals.forEach((d, i) => {
    const [ageGroup, accepted, supported] = funnel[i];
    d.ageGroup = ageGroup;
    d.outcome = outcomeOf(random, accepted, supported);
    d.source = sources[i];
  });
}

/** The area's victim referrals (every unit) in a span. */
function victimsIn(drafts: Draft[], from: IsoDate, to: IsoDate): number {
  return drafts.filter((d) => d.service === 'VICTIM' && d.receivedDate >= from && d.receivedDate <= to).length;
}

/** The pandemic's changes the paper gives, to the whole percent ("approximately 5%", "around 30%"). */
function checkPandemicChanges(drafts: Draft[], targets: DomesticAbuseTargets): void {
  const change = (now: number, then: number) => Math.round(((now - then) / then) * 100);
  expectFigure(
    'area victim referrals June–August 2020 on 2019',
    change(victimsIn(drafts, '2020-06-01', '2020-08-31'), victimsIn(drafts, '2019-06-01', '2019-08-31')),
    targets.changeAfterFirstLockdownPct,
  );
  expectFigure(
    'area victim referrals September 2020 – March 2021 on a year before',
    change(victimsIn(drafts, '2020-09-01', '2021-03-31'), victimsIn(drafts, '2019-09-01', '2020-03-31')),
    targets.changeAfterSeptemberPct,
  );
}

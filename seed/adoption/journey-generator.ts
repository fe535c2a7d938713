import { fromDayNumber, toDayNumber } from '../../schema/vocabulary/dates';
import { Random } from '../shared/random';
import { JourneyDraft, priority } from './journey-draft';
import {
  ATV_EXTERNAL_VAA,
  ATV_ORDERS_Q1_Q3_2020,
  ATV_ORDERS_Q4_2019,
  CouncilPlan,
  councilPlans,
  DISRUPTIONS,
  FIRST_YEAR,
  LAST_YEAR,
  WAITING_AT_END,
} from './journey-plan';
import { AdopterSource, partnershipTargets, PublishedRows, totalFromShare } from './journey-targets';
import { SolverVariable, SumConstraint, solveSums } from './sum-constraint-solver';

/**
 * Generates the nine councils' adoption journeys so that every published count and timing comes
 * back exactly (see CALIBRATION.md, "Adoption journeys"): counts are built by construction,
 * timings by solving for durations whose sums are the published averages times the children.
 */
const day = toDayNumber;
const fyStartDay = (year: number) => day(`${year}-04-01`);
const fyEndDay = (year: number) => day(`${year + 1}-03-31`);
const END = day('2022-03-31');
const MID_2021 = day('2021-03-31');

const BANDS = ['0-12m', '1-2y', '2-3y', '3-4y', '4-5y', '5y+'];
const BAND_WEIGHTS = { '0-12m': 38, '1-2y': 24, '2-3y': 12, '3-4y': 8, '4-5y': 6, '5y+': 12 };
/** Ages in days at placement for a band (a range inside it, away from its edges). */
const BAND_DAYS: Record<string, [number, number]> = {
  '0-12m': [60, 300],
  '1-2y': [400, 700],
  '2-3y': [760, 1060],
  '3-4y': [1130, 1420],
  '4-5y': [1500, 1790],
  '5y+': [1860, 3300],
};
const ETHNIC_MINORITY = ['MWBC', 'MWBA', 'MWAS', 'MOTH', 'WOTH', 'APKN', 'BCRB', 'BAFR', 'OOTH'];

function firstOfMonth(d: number): number {
  return day(`${fromDayNumber(d).slice(0, 8)}01`);
}

function newDraft(code: string, serial: number, kind: JourneyDraft['kind'], random: Random): JourneyDraft {
  return {
    id: `${code}-AJ${String(serial).padStart(5, '0')}`,
    childId: `${code}-CA${String(serial).padStart(5, '0')}`,
    code,
    kind,
    aoYear: null,
    placedYear: null,
    placedHalf: null,
    aoWindow: null,
    sex: random.chance(0.52) ? 'M' : 'F',
    ethnicity: 'WBRI',
    disability: false,
    ageBand: random.weighted(BAND_WEIGHTS),
    dateOfBirth: 0,
    entered: 0,
    notified: null,
    adm: null,
    po: null,
    match: null,
    placed: null,
    ao: null,
    ceased: null,
    ceasedReason: null,
    disrupted: null,
    earlyPermanence: 'NONE',
    earlyPermanenceYear: null,
    fosterStart: null,
    byFosterCarer: false,
    source: null,
    adopterAgency: null,
    adopterEthnicity: null,
    groupId: null,
    groupSize: 1,
    endStatus: null,
    endSearch: null,
    statuses: [],
    gaps: null,
  };
}

/** Splits `total` over keys in proportion to weights (largest remainder). */
function apportion<K extends string | number>(total: number, weights: Map<K, number>): Map<K, number> {
  const sum = [...weights.values()].reduce((s, w) => s + w, 0);
  const raw = [...weights].map(([k, w]) => ({ k, exact: sum === 0 ? 0 : (total * w) / sum }));
  const result = new Map(raw.map((r) => [r.k, Math.floor(r.exact)]));
  let left = total - [...result.values()].reduce((s, n) => s + n, 0);
  for (const r of [...raw].sort((a, b) => (b.exact % 1) - (a.exact % 1))) {
    if (left <= 0) break;
    result.set(r.k, result.get(r.k)! + 1);
    left -= 1;
  }
  return result;
}

/** Every council's journeys, generated together (partnership targets span councils). */
export function generateJourneyDrafts(published = new PublishedRows()): JourneyDraft[] {
  const plans = councilPlans(published);
  const drafts: JourneyDraft[] = [];
  const serials = new Map<string, number>();
  const randoms = new Map(plans.map((p) => [p.code, new Random(`adoption|${p.code}`)]));
  const make = (code: string, kind: JourneyDraft['kind']) => {
    const serial = (serials.get(code) ?? 0) + 1;
    serials.set(code, serial);
    const draft = newDraft(code, serial, kind, randoms.get(code)!);
    drafts.push(draft);
    return draft;
  };

  for (const plan of plans) placedCohorts(plan, make, randoms.get(plan.code)!);
  assignSiblingGroups(plans, drafts, randoms, published);
  assignCharacteristics(plans, drafts, randoms, published);
  assignSources(plans, drafts, randoms, published);
  for (const plan of plans) placeDates(plan, drafts.filter((d) => d.code === plan.code), randoms.get(plan.code)!);
  solveOrderToPlacementDays(drafts, published);
  const later = assignEarlyPermanence(plans, drafts, randoms);
  solveDurations(plans, drafts, randoms, published);
  for (const plan of plans) waitingAtEnd(plan, make, randoms.get(plan.code)!, published);
  earlyPermanenceStillWaiting(later, drafts, randoms);
  assignEndStatuses(drafts, plans, randoms, published);
  const unlinked = middlesbroughUnlinked(make, randoms.get('E06000002')!, published);
  for (const plan of plans) ceasedPlans(plan, drafts, make, randoms.get(plan.code)!);
  balanceWaitingAt(drafts.filter((d) => T4C_CODES.includes(d.code)), published);
  for (const plan of plans) earlyNotifications(plan, drafts, make, randoms.get(plan.code)!, published);
  balanceNotificationHalves(drafts, published);
  for (const d of drafts) familyFindingHistory(d, randoms.get(d.code)!);
  middlesbroughLinks(drafts, unlinked);
  for (const d of drafts) birthDate(d, randoms.get(d.code)!);
  return drafts;
}

// ---------------------------------------------------------------------------------------------
// Cohorts of placed children: adopted (by year of order), pending at 31 March 2022, disrupted.

type Make = (code: string, kind: JourneyDraft['kind']) => JourneyDraft;

function placedCohorts(plan: CouncilPlan, make: Make, random: Random): void {
  const atv = plan.agency === 'ATV';
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year += 1) {
    const adopted = plan.adopted.get(year)!;
    const before = plan.placedYearBefore.get(year)!;
    // Order windows: ATV's orders of January-December 2020 are fixed by quarter (rolling figures).
    const windows: [number, number][] = [];
    if (atv && year === 2019) {
      const late = ATV_ORDERS_Q4_2019[plan.code];
      for (let i = 0; i < adopted; i += 1) windows.push(i < late ? [day('2020-01-01'), fyEndDay(2019)] : [fyStartDay(2019), day('2019-12-31')]);
    } else if (atv && year === 2020) {
      const early = ATV_ORDERS_Q1_Q3_2020[plan.code];
      for (let i = 0; i < adopted; i += 1) windows.push(i < early ? [fyStartDay(2020), day('2020-12-31')] : [day('2021-01-01'), fyEndDay(2020)]);
    } else {
      for (let i = 0; i < adopted; i += 1) windows.push([fyStartDay(year), fyEndDay(year)]);
    }
    const order = random.shuffle(windows.map((_, i) => i));
    for (let i = 0; i < adopted; i += 1) {
      const d = make(plan.code, 'ADOPTED');
      d.aoYear = year;
      d.aoWindow = windows[order[i]];
      d.placedYear = i < before ? year - 1 : year;
    }
  }
  for (let i = 0; i < plan.pending; i += 1) {
    const d = make(plan.code, 'PENDING');
    d.placedYear = LAST_YEAR;
  }
  for (const disruption of DISRUPTIONS.filter((x) => x.code === plan.code)) {
    for (let i = 0; i < disruption.children; i += 1) {
      const d = make(plan.code, 'DISRUPTED');
      d.placedYear = disruption.year;
      d.source = disruption.source;
      if (disruption.children > 1) d.groupId = `${plan.code}-DG${disruption.year}`;
      d.groupSize = disruption.children;
    }
  }
  void random;
}

/** ATV counts 2021-22 placements by half year: 57 in April-September and 20 in October-March. */
const ATV_SECOND_HALF: Record<string, { adopted: number; pending: number }> = {
  E06000005: { adopted: 1, pending: 3 },
  E06000001: { adopted: 1, pending: 3 },
  E06000002: { adopted: 1, pending: 5 },
  E06000003: { adopted: 0, pending: 2 },
  E06000004: { adopted: 1, pending: 3 },
};

/** Sets placedHalf for ATV's 2021-22 placements (called once drafts exist). */
function markAtvHalves(plans: CouncilPlan[], drafts: JourneyDraft[]): void {
  for (const plan of plans.filter((p) => p.agency === 'ATV')) {
    const own = drafts.filter((d) => d.code === plan.code && d.placedYear === LAST_YEAR);
    const second = ATV_SECOND_HALF[plan.code];
    const adopted = own.filter((d) => d.kind === 'ADOPTED');
    const pending = own.filter((d) => d.kind === 'PENDING');
    adopted.forEach((d, i) => (d.placedHalf = i < second.adopted ? 2 : 1));
    pending.forEach((d, i) => (d.placedHalf = i < second.pending ? 2 : 1));
    own.filter((d) => d.kind === 'DISRUPTED').forEach((d) => (d.placedHalf = 1));
  }
}

// ---------------------------------------------------------------------------------------------
// Sibling groups, characteristics, adopter sources.

function pairUp(candidates: JourneyDraft[], pairs: number, triples: number, label: string): void {
  let i = 0;
  const group = (size: number, n: number) => {
    const members = candidates.slice(i, i + size);
    if (members.length < size) throw new Error(`seed: not enough children for ${label} sibling groups`);
    for (const m of members) {
      m.groupId = `${members[0].id}-G`;
      m.groupSize = size;
      // Siblings placed together share their placement and order year.
      m.placedYear = members[0].placedYear;
      m.aoYear = members[0].aoYear;
      m.aoWindow = members[0].aoWindow;
      m.placedHalf = members[0].placedHalf;
    }
    i += size;
    void n;
  };
  for (let n = 0; n < triples; n += 1) group(3, n);
  for (let n = 0; n < pairs; n += 1) group(2, n);
}

/** Children who can be grouped: same kind, same order window and placement year. */
function groupable(drafts: JourneyDraft[]): JourneyDraft[] {
  const key = (d: JourneyDraft) => `${d.kind}|${d.aoWindow?.join('-')}|${d.placedYear}|${d.placedHalf}`;
  const byKey = new Map<string, JourneyDraft[]>();
  for (const d of drafts.filter((x) => x.groupId === null)) byKey.set(key(d), [...(byKey.get(key(d)) ?? []), d]);
  // Keys with the most children first, so pairs form inside one window.
  return [...byKey.values()].sort((a, b) => b.length - a.length).flatMap((list) => (list.length % 2 === 1 ? list.slice(0, -1) : list));
}

function assignSiblingGroups(plans: CouncilPlan[], drafts: JourneyDraft[], randoms: Map<string, Random>, published: PublishedRows): void {
  markAtvHalves(plans, drafts);
  const t4c = partnershipTargets('T4C', published);
  for (const plan of plans) {
    const own = drafts.filter((d) => d.code === plan.code);
    const random = randoms.get(plan.code)!;
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year += 1) {
      const cohort = own.filter((d) => d.kind === 'ADOPTED' && d.aoYear === year);
      let pairs = Math.round((cohort.length * 0.25) / 2);
      let triples = 0;
      if (plan.agency === 'T4C' && t4c.adoptedWith.has(year)) {
        const t4cAdopted = plans.filter((p) => p.agency === 'T4C').reduce((s, p) => s + p.adopted.get(year)!, 0);
        const share = apportion(t4c.adoptedWith.get(year)!.siblings / 2, new Map(plans.filter((p) => p.agency === 'T4C').map((p) => [p.code, p.adopted.get(year)!])));
        pairs = share.get(plan.code)!;
        void t4cAdopted;
      }
      if (plan.code === 'E06000002' && year === 2020) {
        // Middlesbrough 2020-21: five sibling groups adopted, two of them of three.
        const groups = published.value('sibling_groups_adopted_count', 'E06000002', '2020-21', 'window=last_12_months');
        triples = published.value('sibling_groups_adopted_count', 'E06000002', '2020-21', 'window=last_12_months;sibling_group_size=3');
        pairs = groups - triples;
      }
      if (plan.agency === 'ATV' && year === LAST_YEAR) pairs = 0;
      pairUp(groupable(random.shuffle(cohort)), pairs, triples, `${plan.code} ${year}`);
    }
    if (plan.agency === 'T4C') pairUp(groupable(random.shuffle(own.filter((d) => d.kind === 'PENDING'))), Math.round(own.filter((d) => d.kind === 'PENDING').length * 0.1), 0, `${plan.code} pending`);
  }
  // ATV's 2021-22 placements: 20 of 77 children placed in pairs, none in larger groups.
  const pairsPlaced = published.value('children_placed_for_adoption_count', 'ATV', '2021-22', 'sibling_group_size=2') / 2;
  const atvPlaced = drafts.filter((d) => plans.find((p) => p.code === d.code)!.agency === 'ATV' && d.placedYear === LAST_YEAR && d.kind !== 'DISRUPTED');
  const perCouncil = apportion(pairsPlaced, new Map(plans.filter((p) => p.agency === 'ATV').map((p) => [p.code, atvPlaced.filter((d) => d.code === p.code).length])));
  for (const [code, pairs] of perCouncil) pairUp(groupable(randoms.get(code)!.shuffle(atvPlaced.filter((d) => d.code === code))), pairs, 0, `${code} 2021-22 placed`);
}

/** Sets characteristics so that each published count of priority children holds. */
function assignCharacteristics(plans: CouncilPlan[], drafts: JourneyDraft[], randoms: Map<string, Random>, published: PublishedRows): void {
  // Babies can only wait so long (a child placed under 12 months old), so councils with long
  // waits place fewer of them: the share of babies falls as the year's A10 average rises.
  const bandWeights = (d: JourneyDraft) => {
    const plan = plans.find((p) => p.code === d.code)!;
    const year = d.aoYear ?? d.placedYear;
    const average = year !== null && plan.a10Days.has(year) ? plan.a10Days.get(year)! / plan.adopted.get(year)! : plan.agency === 'ATV' ? 420 : 450;
    const babies = Math.min(0.4, Math.max(0.04, 0.5 - average / 1400));
    // Bands too young for the year's waits are rare.
    const fits = (band: string) => (BAND_DAYS[band][1] > 1.4 * average ? 1 : 0.15);
    return { '0-12m': babies * 100 * fits('0-12m'), '1-2y': 30 * fits('1-2y'), '2-3y': 16 * fits('2-3y'), '3-4y': 10, '4-5y': 7, '5y+': 12 };
  };
  const rest = (d: JourneyDraft) => {
    const random = randoms.get(d.code)!;
    d.ageBand = random.weighted(bandWeights(d));
    d.ethnicity = random.chance(0.12) ? random.pick(ETHNIC_MINORITY) : 'WBRI';
    d.disability = random.chance(0.04);
  };
  const plain = (d: JourneyDraft) => {
    const { '5y+': older, ...under5 } = bandWeights(d);
    void older;
    d.ageBand = randoms.get(d.code)!.weighted(under5);
    d.ethnicity = 'WBRI';
    d.disability = false;
  };
  for (const d of drafts) rest(d);
  const isT4C = (d: JourneyDraft) => plans.find((p) => p.code === d.code)!.agency === 'T4C';

  // T4C's children adopted in 2020-21 and 2021-22: each characteristic's count and the number with any.
  const t4c = partnershipTargets('T4C', published);
  for (const [year, w] of t4c.adoptedWith) {
    const cohort = drafts.filter((d) => isT4C(d) && d.kind === 'ADOPTED' && d.aoYear === year);
    const siblings = cohort.filter((d) => d.groupSize > 1);
    const others = randoms.get('E10000028')!.shuffle(cohort.filter((d) => d.groupSize === 1));
    if (siblings.length !== w.siblings) throw new Error(`seed: T4C ${year} has ${siblings.length} children in sibling groups, expected ${w.siblings}`);
    const nonSiblingPriority = w.any - w.siblings;
    const inUnion = [...siblings, ...others.slice(0, nonSiblingPriority)];
    for (const d of cohort) plain(d);
    const priorityOthers = others.slice(0, nonSiblingPriority);
    // Aged 5+ first to the non-sibling priority children, then to siblings.
    const aged = [...priorityOthers, ...siblings].slice(0, w.aged5Plus);
    for (const d of aged) d.ageBand = '5y+';
    const uncovered = priorityOthers.filter((d) => d.ageBand !== '5y+');
    const byEthnicity = [...uncovered, ...inUnion.filter((d) => !uncovered.includes(d))].slice(0, w.notWhiteBritish);
    for (const d of byEthnicity) d.ethnicity = randoms.get(d.code)!.pick(ETHNIC_MINORITY);
    const stillUncovered = priorityOthers.filter((d) => d.ageBand !== '5y+' && d.ethnicity === 'WBRI');
    const disability = w.disability ?? 3;
    const disabled = [...stillUncovered, ...inUnion.filter((d) => !stillUncovered.includes(d))].slice(0, disability);
    for (const d of disabled) d.disability = true;
    const any = cohort.filter(priority).length;
    if (any !== w.any || cohort.length !== totalFromShare(w.any, w.anyPercent)) throw new Error(`seed: T4C ${year} priority children ${any}/${cohort.length}, expected ${w.any}`);
  }

  // Middlesbrough 2020-21: 5 aged 5+, 15 "hard to place" of 25 (12 of them in sibling groups).
  const mbro = drafts.filter((d) => d.code === 'E06000002' && d.kind === 'ADOPTED' && d.aoYear === 2020);
  const mbroAged = published.value('adoption_orders_count', 'E06000002', '2020-21', 'characteristic=aged_5_plus;window=last_12_months');
  const mbroHard = published.value('adoption_orders_count', 'E06000002', '2020-21', 'characteristic=hard_to_place_any;window=last_12_months');
  for (const d of mbro) plain(d);
  const mbroSiblings = mbro.filter((d) => d.groupSize > 1);
  const mbroSingles = mbro.filter((d) => d.groupSize === 1);
  const extra = mbroHard - mbroSiblings.length;
  mbroSingles.slice(0, Math.min(extra, mbroAged)).forEach((d) => (d.ageBand = '5y+'));
  mbroSiblings.slice(0, mbroAged - Math.min(extra, mbroAged)).forEach((d) => (d.ageBand = '5y+'));
  mbroSingles.slice(Math.min(extra, mbroAged), extra).forEach((d) => (d.ethnicity = 'MWBC'));

  // ATV's orders January-December 2020: 51 of 69 "hard to place" (Middlesbrough's included).
  const c2020 = (d: JourneyDraft) => d.kind === 'ADOPTED' && d.aoWindow !== null && d.aoWindow[0] >= day('2020-01-01') && d.aoWindow[1] <= day('2020-12-31');
  const atvHard = published.value('adoption_orders_count', 'ATV', '', 'window=rolling_12m;characteristic=hard_to_place_any');
  const atvC2020 = drafts.filter((d) => !isT4C(d) && c2020(d));
  const fixedMbro = atvC2020.filter((d) => mbro.includes(d));
  const otherC2020 = randoms.get('E06000004')!.shuffle(atvC2020.filter((d) => !mbro.includes(d)));
  for (const d of otherC2020) if (d.groupSize === 1) plain(d);
  let hard = fixedMbro.filter(priority).length + otherC2020.filter(priority).length;
  for (const d of otherC2020) {
    if (hard >= atvHard) break;
    if (priority(d)) continue;
    d.ageBand = '5y+';
    hard += 1;
  }
  if (hard !== atvHard) throw new Error(`seed: ATV January-December 2020 has ${hard} hard-to-place children adopted, expected ${atvHard}`);

  // ATV's 2021-22 placements: age bands, sex, ethnicity and adopters' ethnicity as published.
  const atvPlaced = drafts.filter((d) => !isT4C(d) && d.placedYear === LAST_YEAR && d.kind !== 'CEASED');
  const random = randoms.get('E06000004')!;
  const bands = BANDS.map((b) => published.value('children_placed_for_adoption_count', 'ATV', '2021-22', `age_band=${b}`));
  const shuffled = random.shuffle(atvPlaced);
  // Older bands go to sibling-group members first (an older brother or sister placed with a baby).
  shuffled.sort((a, b) => b.groupSize - a.groupSize);
  let at = 0;
  for (let b = BANDS.length - 1; b >= 0; b -= 1) for (let i = 0; i < bands[b]; i += 1) shuffled[at++].ageBand = BANDS[b];
  if (at !== atvPlaced.length) throw new Error(`seed: ATV placed ${atvPlaced.length} children in 2021-22 but the age bands add to ${at}`);
  const males = published.value('children_placed_for_adoption_count', 'ATV', '2021-22', 'sex=male');
  random.shuffle(atvPlaced).forEach((d, i) => (d.sex = i < males ? 'M' : 'F'));
  const minority = published.value('children_placed_for_adoption_count', 'ATV', '2021-22', 'ethnicity=minority_ethnic');
  const similar = published.value('children_placed_for_adoption_count', 'ATV', '2021-22', 'ethnicity=minority_ethnic;adopter_ethnicity=similar_or_same');
  random.shuffle(atvPlaced).forEach((d, i) => {
    d.ethnicity = i < minority ? random.pick(ETHNIC_MINORITY) : 'WBRI';
    d.adopterEthnicity = i < minority ? (i < similar ? 'SIMILAR_OR_SAME' : 'WHITE_BRITISH') : null;
    d.disability = false;
  });
  for (const d of drafts) {
    if (d.ethnicity !== 'WBRI' && d.adopterEthnicity === null && d.kind !== 'WAITING') d.adopterEthnicity = random.chance(0.7) ? 'SIMILAR_OR_SAME' : 'WHITE_BRITISH';
  }
}

/**
 * ATV publishes placements by adopters (its own, or "external") for the agency as a whole, by
 * year and for 2021-22 by half year: the quotas are met over its five councils together.
 */
function atvSourceQuotas(published: PublishedRows): { year: number; half: 1 | 2 | null; own: number; external: number }[] {
  const get = (period: string, source: string) => published.rows.find((r) => r.measure === 'children_placed_for_adoption_count' && r.authority === 'ATV' && r.period === period && r.breakdown.startsWith(`adopter_source=${source}`))!.value;
  const total = (period: string) => published.rows.find((r) => r.measure === 'children_placed_for_adoption_count' && r.authority === 'ATV' && r.period === period && (r.breakdown === '' || r.breakdown.startsWith('source_period_label')))!.value;
  // The half-year totals (57 and 20) and ATV-adopter counts (44 and 14) are met; the papers'
  // external counts for the halves (12 and 7) do not add up to them, so external is the rest.
  return [
    { year: 2020, half: null, own: get('2020-21', 'atv_adopters'), external: get('2020-21', 'external_adopters') },
    { year: 2021, half: 1, own: get('2021-22-Q1-Q2', 'atv_adopters'), external: total('2021-22-Q1-Q2') - get('2021-22-Q1-Q2', 'atv_adopters') },
    { year: 2021, half: 2, own: get('2021-22-Q3-Q4', 'atv_adopters'), external: total('2021-22-Q3-Q4') - get('2021-22-Q3-Q4', 'atv_adopters') },
  ];
}

function fillSources(label: string, cohort: JourneyDraft[], quota: Record<AdopterSource, number>): void {
  // Siblings share adopters: fill groups first, so a group never straddles two sources.
  const groups = new Map<string, JourneyDraft[]>();
  for (const d of cohort) groups.set(d.groupId ?? d.id, [...(groups.get(d.groupId ?? d.id) ?? []), d]);
  // Disrupted placements keep the source the papers give them; then the largest groups first.
  const ordered = [...groups.values()].sort((a, b) => Number(b[0].kind === 'DISRUPTED') - Number(a[0].kind === 'DISRUPTED') || b.length - a.length);
  for (const group of ordered) {
    const fixed = group[0].kind === 'DISRUPTED' ? group[0].source : null;
    const source = fixed ?? (['OWN', 'OTHER_RAA', 'VAA'] as AdopterSource[]).find((x) => quota[x] >= group.length);
    if (!source) throw new Error(`seed: ${label} adopter sources ${JSON.stringify(quota)} cannot take a group of ${group.length}`);
    quota[source] -= group.length;
    for (const d of group) d.source = source;
  }
  if (Object.values(quota).some((n) => n !== 0)) throw new Error(`seed: ${label} adopter sources left over ${JSON.stringify(quota)}`);
}

function assignSources(plans: CouncilPlan[], drafts: JourneyDraft[], randoms: Map<string, Random>, published: PublishedRows): void {
  const quotas = atvSourceQuotas(published);
  for (const q of quotas) {
    const cohort = drafts.filter((d) => ATV_CODES.includes(d.code) && d.placedYear === q.year && (q.half === null || d.placedHalf === q.half));
    const vaa = q.half === 2 ? 0 : ATV_EXTERNAL_VAA[q.year] ?? 0;
    fillSources(`ATV ${q.year} ${q.half ?? ''}`, cohort, { OWN: q.own, OTHER_RAA: q.external - vaa, VAA: vaa });
  }
  for (const plan of plans) {
    const random = randoms.get(plan.code)!;
    const placed = drafts.filter((d) => d.code === plan.code && d.placedYear !== null && d.kind !== 'DISRUPTED');
    for (let year = FIRST_YEAR - 1; year <= LAST_YEAR; year += 1) {
      if (plan.agency === 'ATV' && quotas.some((q) => q.year === year)) continue;
      const cohort = random.shuffle(placed.filter((d) => d.placedYear === year));
      const bySource = plan.targets.placedBySource.get(year);
      const disrupted = drafts.filter((d) => d.code === plan.code && d.kind === 'DISRUPTED' && d.placedYear === year);
      cohort.push(...disrupted);
      let quota: Record<AdopterSource, number>;
      if (bySource) {
        quota = { ...bySource };
      } else {
        const own = Math.round(cohort.length * 0.72);
        const vaa = Math.round(cohort.length * 0.1);
        quota = { OWN: own, VAA: vaa, OTHER_RAA: cohort.length - own - vaa };
      }
      fillSources(`${plan.code} ${year}`, cohort, quota);
    }
  }
  for (const d of drafts) {
    const agency = plans.find((p) => p.code === d.code)!.agency;
    if (d.source === 'OWN') d.adopterAgency = agency;
  }
  atvExternalSplit(plans, drafts, randoms);
}

/**
 * ATV's papers give placements with ATV adopters and with "external" adopters; external ones are
 * split between other agencies and voluntary agencies (15 with regional VAAs in 2020-21). Two of
 * T4C's inter-agency placements in 2020-21 went to ATV's adopters ("ATV adopters placed 2
 * children from outside the region").
 */
function atvExternalSplit(plans: CouncilPlan[], drafts: JourneyDraft[], randoms: Map<string, Random>): void {
  void plans;
  void randoms;
  const fromT4C = drafts.filter((d) => d.code === 'E06000021' && d.placedYear === 2020 && d.source === 'OTHER_RAA' && d.kind === 'ADOPTED');
  fromT4C.slice(0, 2).forEach((d) => (d.adopterAgency = 'ATV'));
}

// ---------------------------------------------------------------------------------------------
// Dates of placement and order.

function placeDates(plan: CouncilPlan, drafts: JourneyDraft[], random: Random): void {
  const groups = new Map<string, JourneyDraft[]>();
  for (const d of drafts.filter((x) => x.placedYear !== null)) groups.set(d.groupId ?? d.id, [...(groups.get(d.groupId ?? d.id) ?? []), d]);
  for (const group of groups.values()) {
    const lead = group[0];
    const year = lead.placedYear!;
    let from = fyStartDay(year);
    let to = fyEndDay(year);
    if (lead.placedHalf === 1) to = day(`${year}-09-30`);
    if (lead.placedHalf === 2) from = day(`${year}-10-01`);
    let placed = 0;
    let ao: number | null = null;
    let disrupted: number | null = null;
    for (let attempt = 0; attempt < 500; attempt += 1) {
      if (lead.kind === 'ADOPTED') {
        ao = random.int(lead.aoWindow![0], lead.aoWindow![1]);
        const lo = Math.max(from, ao - 700);
        const hi = Math.min(to, ao - 75);
        if (lo > hi) continue;
        placed = random.int(lo, hi);
      } else if (lead.kind === 'PENDING') {
        placed = random.int(from, to);
        ao = Math.max(placed + random.int(120, 330), END + random.int(5, 150));
      } else {
        placed = random.int(from, Math.min(to, fyEndDay(year) - 60));
        disrupted = placed + random.int(20, Math.min(200, fyEndDay(year) - placed));
      }
      break;
    }
    if (placed === 0) throw new Error(`seed: ${lead.id} cannot be placed in ${year} before its order`);
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
  void plan;
}

/**
 * ATV's and Middlesbrough's placement-to-order average for orders in January-December 2020
 * (ASGLB rolling twelve months to Q3 2020-21): placement dates are moved within their year.
 */
function solveOrderToPlacementDays(drafts: JourneyDraft[], published: PublishedRows): void {
  const c2020 = drafts.filter((d) => d.kind === 'ADOPTED' && d.ao! >= day('2020-01-01') && d.ao! <= day('2020-12-31') && !['T4C'].includes(d.adopterAgency ?? '') && ATV_CODES.includes(d.code));
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
  const measure = 'placement_to_ao_days_12m_rolling';
  const mbro = c2020.filter((d) => d.code === 'E06000002');
  solveSums([
    { label: 'Middlesbrough placement to order 2020', variables: mbro.map(variableOf), total: published.value(measure, 'E06000002', '2020-21-Q3', 'window=rolling_12m_to_2020-12-30;source=mbc_asglb_return_q3') * mbro.length },
    { label: 'ATV placement to order 2020', variables: c2020.map(variableOf), total: published.value(measure, 'ATV', '2020-21-Q3', 'window=rolling_12m_to_2020-12-30;source=asglb_raa_q3') * c2020.length },
  ]);
  for (const d of c2020) d.placed = d.ao! - variableOf(d).value;
}

const ATV_CODES = ['E06000005', 'E06000001', 'E06000002', 'E06000003', 'E06000004'];
const T4C_CODES = ['E06000051', 'E10000028', 'E06000021', 'E06000020'];

// ---------------------------------------------------------------------------------------------
// Early permanence (T4C's published counts): babies placed with carers who adopt them.

interface LaterEarlyPermanence {
  code: string;
  year: number;
  lastDay: number;
}

function assignEarlyPermanence(plans: CouncilPlan[], drafts: JourneyDraft[], randoms: Map<string, Random>): LaterEarlyPermanence[] {
  const later: LaterEarlyPermanence[] = [];
  for (const plan of plans.filter((p) => p.agency === 'T4C')) {
    const random = randoms.get(plan.code)!;
    for (const year of [...plan.targets.earlyPermanence.keys()].sort().reverse()) {
      const count = plan.targets.earlyPermanence.get(year)!;
      const lastDay = plan.targets.earlyPermanenceQ1Q3.get(year) === count ? day(`${year}-12-31`) : fyEndDay(year);
      const candidates = random.shuffle(
        drafts.filter((d) => d.code === plan.code && d.earlyPermanence === 'NONE' && !priority(d) && (d.kind === 'ADOPTED' || d.kind === 'PENDING') && d.placed! >= fyStartDay(year) + 150 && d.source === 'OWN'),
      );
      // Placed in the year of the early permanence placement or the next: fostered first, then
      // placed. Children not yet adopted first, so the adopted cohorts keep their waits.
      // Early permanence matches count 0 days in A2, so they go to the cohorts with the shortest A2.
      const a2Average = (d: JourneyDraft) => (d.kind !== 'ADOPTED' ? -1 : plan.a2Days.has(d.aoYear!) ? plan.a2Days.get(d.aoYear!)! / plan.adopted.get(d.aoYear!)! : 150);
      const chosen = candidates.filter((d) => d.placed! <= lastDay + 400).sort((a, b) => a2Average(a) - a2Average(b)).slice(0, count);
      const earlyEnd = (d: JourneyDraft) => Math.min(lastDay, d.placed! - 120);
      if (chosen.length < count) {
        // The rest are children still waiting at 31 March 2022 (their placement comes later).
        for (let i = chosen.length; i < count; i += 1) later.push({ code: plan.code, year, lastDay });
      }
      for (const d of chosen) {
        d.earlyPermanence = random.chance(0.8) ? 'FFA' : 'CONCURRENT';
        d.earlyPermanenceYear = year;
        d.byFosterCarer = true;
        d.ageBand = '0-12m';
        d.fosterStart = random.int(fyStartDay(year), Math.max(fyStartDay(year), earlyEnd(d)));
      }
    }
  }
  return later;
}

// ---------------------------------------------------------------------------------------------
// Durations: solved so that every published average holds.

function solveDurations(plans: CouncilPlan[], drafts: JourneyDraft[], randoms: Map<string, Random>, published: PublishedRows): void {
  const placed = drafts.filter((d) => d.placed !== null);
  for (const d of placed) {
    const random = randoms.get(d.code)!;
    if (d.earlyPermanence !== 'NONE') {
      earlyPermanenceDates(d, random);
      continue;
    }
    // Foster carer adoptions (not early permanence): older children, more often in ATV.
    if (!d.byFosterCarer && d.groupSize === 1 && d.ageBand !== '0-12m') d.byFosterCarer = random.chance(d.code === 'E06000002' ? 0.45 : ATV_CODES.includes(d.code) ? 0.3 : 0.12);
    // The longest the journey can take for the child still to be in their age band when placed.
    const longest = Math.min(2400, BAND_DAYS[d.ageBand][1] - 70);
    const v = (value: number, min: number, max: number): SolverVariable => ({ value: Math.min(max, Math.max(min, value)), min, max });
    d.gaps = {
      h: v(random.int(60, 300), 0, Math.round(longest * 0.85)),
      k: d.byFosterCarer ? v(random.int(30, 200), 0, Math.round(longest * 0.4)) : v(0, 0, 0),
      g2: v(random.int(30, 110), 14, Math.max(30, Math.round(longest * 0.3))),
      g3: v(random.int(40, 200), 1, Math.round(longest * 0.6)),
      g4: v(random.int(7, 35), 1, Math.min(120, Math.round(longest * 0.1))),
    };
    longestJourney.set(d, longest);
  }
  capPlacementOrderYears(plans, placed.filter((d) => d.gaps));
  // Sibling groups share their match.
  const groups = new Map<string, JourneyDraft[]>();
  for (const d of placed.filter((x) => x.groupId)) groups.set(d.groupId!, [...(groups.get(d.groupId!) ?? []), d]);
  for (const members of groups.values()) for (const m of members.slice(1)) if (m.gaps && members[0].gaps) m.gaps.g4 = members[0].gaps.g4;

  const constraints: SumConstraint[] = [];
  const solvable = (list: JourneyDraft[]) => list.filter((d) => d.gaps);
  const constant = (list: JourneyDraft[], f: (d: JourneyDraft) => number) => list.filter((d) => !d.gaps).reduce((s, d) => s + f(d), 0);
  const a1Vars = (d: JourneyDraft) => [d.gaps!.h, d.gaps!.k, d.gaps!.g2, d.gaps!.g3, d.gaps!.g4];
  const a10Vars = (d: JourneyDraft) => (d.byFosterCarer ? [d.gaps!.h] : a1Vars(d));
  const a10Const = (d: JourneyDraft) => d.fosterStart! - d.entered;
  const a1Const = (d: JourneyDraft) => d.placed! - d.entered;
  const a2Const = (d: JourneyDraft) => Math.max(0, d.match! - d.po!);
  const add = (label: string, list: JourneyDraft[], vars: (d: JourneyDraft) => SolverVariable[], average: number, constants: (d: JourneyDraft) => number) => {
    constraints.push({ label, variables: solvable(list).flatMap(vars), total: average * list.length - constant(list, constants) });
  };
  const addTotal = (label: string, list: JourneyDraft[], vars: (d: JourneyDraft) => SolverVariable[], total: number, constants: (d: JourneyDraft) => number) => {
    constraints.push({ label, variables: solvable(list).flatMap(vars), total: total - constant(list, constants) });
  };
  const adoptedIn = (code: string | string[], from: string, to: string) =>
    drafts.filter((d) => d.kind === 'ADOPTED' && (Array.isArray(code) ? code.includes(d.code) : d.code === code) && d.ao! >= day(from) && d.ao! <= day(to));

  // Middlesbrough and ATV, orders in January-December 2020 (rolling twelve months to Q3 2020-21).
  const q3 = (measure: string, authority: string) => {
    const row = published.rows.find((r) => r.measure === measure && r.authority === authority && r.period === '2020-21-Q3' && r.breakdown.startsWith('window=rolling_12m'));
    if (!row) throw new Error(`seed: no ${measure} for ${authority} at 2020-21-Q3`);
    return row.value;
  };
  const mbro2020 = adoptedIn('E06000002', '2020-01-01', '2020-12-31');
  const atv2020 = adoptedIn(ATV_CODES, '2020-01-01', '2020-12-31');
  add('Middlesbrough decision to order 2020', mbro2020, (d) => [d.gaps!.g2], q3('adm_to_po_days_12m_rolling', 'E06000002'), () => 0);
  add('Middlesbrough A2 2020', mbro2020, (d) => [d.gaps!.g3], q3('a2_days_12m_rolling', 'E06000002'), a2Const);
  add('Middlesbrough care to decision 2020', mbro2020, (d) => [d.gaps!.h, d.gaps!.k], q3('bla_to_adm_days_12m_rolling', 'E06000002'), () => 0);
  add('Middlesbrough A1 2020', mbro2020, a1Vars, q3('a1_days_12m_rolling', 'E06000002'), a1Const);
  add('Middlesbrough A10 2020', mbro2020, a10Vars, q3('a10_days_12m_rolling', 'E06000002'), a10Const);
  add('ATV decision to order 2020', atv2020, (d) => [d.gaps!.g2], q3('adm_to_po_days_12m_rolling', 'ATV'), () => 0);
  add('ATV A2 2020', atv2020, (d) => [d.gaps!.g3], q3('a2_days_12m_rolling', 'ATV'), a2Const);
  add('ATV match to placement 2020', atv2020, (d) => [d.gaps!.g4], q3('match_to_placement_days_12m_rolling', 'ATV'), () => 0);
  add('ATV care to decision 2020', atv2020, (d) => [d.gaps!.h, d.gaps!.k], q3('bla_to_adm_days_12m_rolling', 'ATV'), () => 0);
  // ATV, three years to December 2020: A10 and A1.
  const atv3y = adoptedIn(ATV_CODES, '2018-01-01', '2020-12-31');
  const q3Three = (measure: string) => published.rows.find((r) => r.measure === measure && r.authority === 'ATV' && r.period === '2020-21-Q3')!.value;
  add('ATV A10 three years to December 2020', atv3y, a10Vars, q3Three('a10_days_3yr_avg'), a10Const);
  add('ATV A1 three years to December 2020', atv3y, a1Vars, q3Three('a1_days_3yr_avg'), a1Const);
  // Middlesbrough 2020-21: decision to placement, all children and without the hard to place.
  const mbroYear = adoptedIn('E06000002', '2020-04-01', '2021-03-31');
  const admToPlaced = (cohort: string) => published.value('adm_to_placement_days', 'E06000002', '2020-21', `cohort=${cohort};source=draft_mbc_asglb_return`);
  add('Middlesbrough decision to placement 2020-21 (all)', mbroYear, (d) => [d.gaps!.g2, d.gaps!.g3, d.gaps!.g4], admToPlaced('all_adopted'), (d) => d.placed! - d.adm!);
  const easier = mbroYear.filter((d) => !priority(d));
  add('Middlesbrough decision to placement 2020-21 (not hard to place)', easier, (d) => [d.gaps!.g2, d.gaps!.g3, d.gaps!.g4], admToPlaced('excluding_hard_to_place'), (d) => d.placed! - d.adm!);
  // Each council's A10 and A2 totals by year (T4C), and ATV's in-year figures.
  for (const plan of plans) {
    for (const [year, total] of plan.a10Days) addTotal(`${plan.code} A10 ${year}`, adoptedIn(plan.code, `${year}-04-01`, `${year + 1}-03-31`), a10Vars, total, a10Const);
    for (const [year, total] of plan.a2Days) addTotal(`${plan.code} A2 ${year}`, adoptedIn(plan.code, `${year}-04-01`, `${year + 1}-03-31`), (d) => [d.gaps!.g3], total, a2Const);
  }
  const atv = partnershipTargets('ATV', published);
  for (const [year, average] of atv.a10InYear) add(`ATV A10 ${year}`, adoptedIn(ATV_CODES, `${year}-04-01`, `${year + 1}-03-31`), a10Vars, average, a10Const);
  for (const [year, average] of atv.a2InYear) add(`ATV A2 ${year}`, adoptedIn(ATV_CODES, `${year}-04-01`, `${year + 1}-03-31`), (d) => [d.gaps!.g3], average, a2Const);

  // A child must still be in their age band when placed: where the durations run longer than
  // that, their upper bounds are tightened in proportion and the sums solved again.
  for (let attempt = 0; ; attempt += 1) {
    solveSums(constraints);
    if (attempt < 30 && capPlacementOrderYears(plans, placed.filter((d) => d.gaps))) continue;
    const tooLong = placed.filter((d) => d.gaps && total(d) > longestJourney.get(d)!);
    if (tooLong.length === 0) break;
    if (attempt === 40) throw new Error(`seed: ${tooLong.length} children wait longer than their age band allows, e.g. ${tooLong[0].id}`);
    for (const d of tooLong) {
      // A T4C child whose shortest journey no longer fits their band is a year older when placed
      // (T4C publishes only "aged 5 and over", so a band under 5 may change).
      const mins = Object.values(d.gaps!).reduce((sum, g) => sum + g.min, 0);
      const band = BANDS.indexOf(d.ageBand);
      if (mins > longestJourney.get(d)! && T4C_CODES.includes(d.code) && band < 4) {
        d.ageBand = BANDS[band + 1];
        longestJourney.set(d, Math.min(2400, BAND_DAYS[d.ageBand][1] - 70));
        continue;
      }
      const scale = longestJourney.get(d)! / total(d);
      for (const g of Object.values(d.gaps!)) {
        g.max = Math.max(g.min, Math.floor(g.value * scale));
        g.value = Math.min(g.value, g.max);
      }
    }
  }
  datesFromGaps(placed);
}

/**
 * T4C publishes placement orders per council and year. A placed child's order falls in the year
 * its A2 (order → match) puts it; where a year would get more orders than published (less a
 * margin for children still waiting and plans that ceased), the earliest ones move into the year
 * before, by bounding A2 for those children. The match → placement time is fixed for them.
 */
function capPlacementOrderYears(plans: CouncilPlan[], drafts: JourneyDraft[]): boolean {
  let changed = false;
  for (const plan of plans.filter((p) => p.agency === 'T4C')) {
    const own = drafts.filter((d) => d.code === plan.code);
    for (const d of own) {
      d.gaps!.g4.min = d.gaps!.g4.value;
      d.gaps!.g4.max = d.gaps!.g4.value;
    }
    const orderDay = (d: JourneyDraft) => d.placed! - d.gaps!.g4.value - d.gaps!.g3.value;
    const waiting = WAITING_AT_END[plan.code].withOrder;
    const lastYearOrders = plan.targets.placementOrders.get(LAST_YEAR)!;
    // Children waiting at 31 March 2022 with an order mostly got it in 2021-22 (T4C's stock grew
    // from 91 to 101 while 121 orders were made): up to 80% of the year's orders are theirs, the
    // rest of them got their order the year before.
    const waitingLast = Math.min(waiting, lastYearOrders - Math.round(lastYearOrders * 0.2));
    const capOf = (year: number) => {
      const published = plan.targets.placementOrders.get(year);
      return published === undefined ? Infinity : published - (year === LAST_YEAR ? waitingLast : year === LAST_YEAR - 1 ? waiting - waitingLast : 0) - 1;
    };
    const countIn = (year: number) => own.filter((d) => inYear2(orderDay(d), year)).length;
    const a2Average = (d: JourneyDraft) => (d.aoYear !== null && plan.a2Days.has(d.aoYear) ? plan.a2Days.get(d.aoYear)! / plan.adopted.get(d.aoYear)! : 150);
    for (const year of [LAST_YEAR - 2, LAST_YEAR - 1, LAST_YEAR]) {
      const overflow = countIn(year) - capOf(year);
      if (overflow <= 0) continue;
      changed = true;
      // Children of cohorts with the shortest A2 move forward (a later order, a shorter A2) where
      // the next year has room; the others move back (an earlier order, a longer A2).
      const inYear = own.filter((d) => inYear2(orderDay(d), year)).sort((a, b) => a2Average(a) - a2Average(b));
      let forwardRoom = year < LAST_YEAR ? capOf(year + 1) - countIn(year + 1) : 0;
      const backward: JourneyDraft[] = [];
      let moved = 0;
      for (const d of inYear) {
        if (moved === overflow) break;
        const g3 = d.gaps!.g3;
        const match = d.placed! - d.gaps!.g4.value;
        if (forwardRoom > 0 && match - fyStartDay(year + 1) >= g3.min) {
          g3.max = Math.min(g3.max, match - fyStartDay(year + 1));
          g3.value = Math.min(g3.value, g3.max);
          forwardRoom -= 1;
          moved += 1;
        } else backward.push(d);
      }
      for (const d of backward.reverse()) {
        if (moved === overflow) break;
        const g3 = d.gaps!.g3;
        g3.min = Math.max(g3.min, d.placed! - d.gaps!.g4.value - (fyStartDay(year) - 1));
        g3.max = Math.max(g3.min, g3.max);
        g3.value = Math.max(g3.value, g3.min);
        moved += 1;
      }
    }
  }
  return changed;
}

function inYear2(date: number, year: number): boolean {
  return date >= fyStartDay(year) && date <= fyEndDay(year);
}

const longestJourney = new Map<JourneyDraft, number>();
const total = (d: JourneyDraft) => Object.values(d.gaps!).reduce((s, g) => s + g.value, 0);

function datesFromGaps(drafts: JourneyDraft[]): void {
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

/** An early permanence baby: into care, placed with the carers within days, matched before the order (A2 = 0). */
function earlyPermanenceDates(d: JourneyDraft, random: Random): void {
  const start = d.fosterStart!;
  d.entered = start - random.int(0, 21);
  d.adm = Math.max(d.entered + random.int(20, 70), d.entered + 1);
  d.po = Math.min(d.adm + random.int(40, 110), d.placed! - 14);
  if (d.po <= d.adm) d.adm = d.po - 14;
  if (d.adm <= d.entered) d.entered = d.adm - 10;
  // Matched with the carers before (or on the day of) the placement order: A2 counts 0 days.
  d.match = d.po - random.int(0, 10);
}

// ---------------------------------------------------------------------------------------------
// Children still waiting on 31 March 2022, plans that ceased, the stock at 31 March 2021.

function waitingAtEnd(plan: CouncilPlan, make: Make, random: Random, published: PublishedRows): void {
  const counts = WAITING_AT_END[plan.code];
  void published;
  for (let i = 0; i < counts.withOrder + counts.withoutOrder; i += 1) {
    const d = make(plan.code, 'WAITING');
    d.ageBand = random.weighted({ '0-12m': 30, '1-2y': 30, '2-3y': 15, '3-4y': 10, '4-5y': 5, '5y+': 10 });
    d.adm = random.int(day('2020-11-01'), END - 20);
    d.entered = d.adm - random.int(120, 420);
    if (i < counts.withOrder) {
      d.po = Math.min(END - 1, d.adm + random.int(40, 160));
    } else {
      // A placement order is still to come (after the records end), then family finding.
      d.po = END + random.int(30, 150);
    }
    d.match = (d.po ?? END) + random.int(60, 220);
    d.placed = d.match + random.int(10, 40);
    d.ao = d.placed + random.int(150, 330);
    d.source = random.chance(0.75) ? 'OWN' : random.chance(0.6) ? 'OTHER_RAA' : 'VAA';
    d.adopterAgency = d.source === 'OWN' ? plan.agency : null;
  }
}

/** The statuses of children waiting with a placement order at 31 March 2022, by agency. */
function endStatuses(agency: 'T4C' | 'ATV', published: PublishedRows): { status: string; search: string | null; count: number }[] {
  if (agency === 'T4C') {
    const v = (status: string) => published.value('children_with_po_not_matched_count', 'T4C', '', `status=${status}`, '2022-03-31');
    const search = (s: string) => published.value('children_with_po_not_matched_count', 'T4C', '', `status=actively_family_finding;search=${s}`, '2022-03-31');
    return [
      { status: 'MATCHED_MOVING', search: null, count: v('matched_moving') },
      { status: 'LINKED', search: null, count: v('linked_progressing_to_match') },
      { status: 'LINKED_OWN_CARER_OR_SIBLINGS', search: null, count: v('linked_foster_carer_or_sibling_adopters') },
      { status: 'FAMILY_FINDING_STOPPED', search: null, count: v('family_finding_stopped') },
      { status: 'ACTIVELY_FAMILY_FINDING', search: 'IN_REGION', count: search('in_region_recent_po') },
      { status: 'ACTIVELY_FAMILY_FINDING', search: 'NATIONAL', count: search('midlands_or_national') },
    ];
  }
  const v = (status: string) => published.value('children_with_po_not_placed_count', 'ATV', '', `status=${status}`, '2022-03-31');
  return [
    { status: 'LINKED', search: null, count: v('linked_progressing_to_match') },
    { status: 'AWAITING_PO_REVOCATION', search: null, count: v('awaiting_po_revocation') },
    { status: 'ACTIVELY_FAMILY_FINDING', search: 'IN_REGION', count: v('unlinked') },
  ];
}

/** Gives each agency's children waiting with an order at 31 March 2022 their published status, and the future that follows. */
export function assignEndStatuses(drafts: JourneyDraft[], plans: CouncilPlan[], randoms: Map<string, Random>, published: PublishedRows): void {
  for (const agency of ['T4C', 'ATV'] as const) {
    const codes = plans.filter((p) => p.agency === agency).map((p) => p.code);
    const waiting = drafts.filter((d) => d.kind === 'WAITING' && codes.includes(d.code) && d.po !== null && d.po <= END);
    const statuses = endStatuses(agency, published).flatMap((s) => Array.from({ length: s.count }, () => s));
    if (statuses.length !== waiting.length) throw new Error(`seed: ${agency} has ${waiting.length} children waiting with an order, statuses for ${statuses.length}`);
    // Early permanence babies still to be placed are the ones linked with their own carers.
    const ordered = [...waiting].sort((a, b) => Number(b.earlyPermanence !== 'NONE') - Number(a.earlyPermanence !== 'NONE'));
    const own = statuses.filter((s) => s.status === 'LINKED_OWN_CARER_OR_SIBLINGS');
    const others = statuses.filter((s) => s.status !== 'LINKED_OWN_CARER_OR_SIBLINGS');
    const list = [...own, ...others];
    ordered.forEach((d, i) => {
      const random = randoms.get(d.code)!;
      d.endStatus = list[i].status;
      d.endSearch = list[i].search;
      switch (d.endStatus) {
        case 'MATCHED_MOVING':
          d.match = END - random.int(1, 25);
          d.placed = END + random.int(1, 30);
          d.ao = d.placed + random.int(150, 300);
          break;
        case 'FAMILY_FINDING_STOPPED':
        case 'AWAITING_PO_REVOCATION':
          d.match = null;
          d.placed = null;
          d.ao = null;
          d.source = null;
          d.adopterAgency = null;
          d.ceased = END + random.int(20, 200);
          d.ceasedReason = d.endStatus === 'AWAITING_PO_REVOCATION' ? 'PO_REVOKED' : random.pick(['LONG_TERM_FOSTERING', 'SGO']);
          break;
        default:
          if (d.match! <= END) d.match = END + random.int(10, 120);
          d.placed = d.match! + random.int(10, 40);
          d.ao = d.placed + random.int(150, 330);
      }
    });
  }
}

/** Early permanence placements of 2021-22 not yet followed by a placement for adoption: babies still waiting. */
function earlyPermanenceStillWaiting(later: LaterEarlyPermanence[], drafts: JourneyDraft[], randoms: Map<string, Random>): void {
  for (const { code, year, lastDay } of later) {
    const random = randoms.get(code)!;
    const d = drafts.find((x) => x.code === code && x.kind === 'WAITING' && x.earlyPermanence === 'NONE' && x.po !== null && x.po <= END);
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

/**
 * Middlesbrough's children with a placement order and no link at March 2021 (6, all "harder to
 * match": 5 waiting 6-9 months, 1 under 3 months). They are extra journeys whose plan later
 * changed; every other Middlesbrough child waiting with an order then was linked.
 */
function middlesbroughUnlinked(make: Make, random: Random, published: PublishedRows): JourneyDraft[] {
  const at = '2021-03';
  const total = published.value('children_with_po_no_link_count', 'E06000002', '', 'characteristic=harder_to_match', at);
  const long = published.value('children_with_po_no_link_count', 'E06000002', '', 'po_duration=6-9_months', at);
  const short = published.value('children_with_po_no_link_count', 'E06000002', '', 'po_duration=0-3_months', at);
  if (long + short !== total) throw new Error('seed: Middlesbrough unlinked children by duration do not add up');
  const made: JourneyDraft[] = [];
  for (let i = 0; i < total; i += 1) {
    const d = make('E06000002', 'CEASED');
    d.ageBand = '5y+';
    d.po = i < long ? random.int(day('2020-07-01'), day('2020-09-30')) : random.int(day('2021-01-05'), day('2021-03-25'));
    d.adm = d.po - random.int(40, 120);
    d.entered = d.adm - random.int(150, 400);
    d.ceased = random.int(day('2021-10-01'), day('2022-02-28'));
    d.ceasedReason = 'LONG_TERM_FOSTERING';
    made.push(d);
  }
  return made;
}

function inYear(date: number | null, year: number): boolean {
  return date !== null && date >= fyStartDay(year) && date <= fyEndDay(year);
}

/**
 * Decisions and placement orders per year: the journeys so far give most of them; children
 * still waiting at 31 March 2022 take the decisions the published count leaves room for, and
 * plans that ceased make up the rest.
 */
function ceasedPlans(plan: CouncilPlan, drafts: JourneyDraft[], make: Make, random: Random): void {
  const own = () => drafts.filter((d) => d.code === plan.code);
  const count = (field: 'adm' | 'po', year: number, kinds?: JourneyDraft['kind'][]) => own().filter((d) => (!kinds || kinds.includes(d.kind)) && inYear(d[field], year)).length;
  // Waiting children's decisions and orders: as many in 2021-22 as its counts allow, the rest the year before.
  const waiting = random.shuffle(own().filter((d) => d.kind === 'WAITING' && d.earlyPermanence === 'NONE'));
  const target = (field: 'adm' | 'po', year: number) => (field === 'adm' ? plan.targets.decisions : plan.targets.placementOrders).get(year);
  // Room left in each year for waiting children's decisions and orders (one kept for a ceased plan).
  const rooms = (field: 'adm' | 'po') =>
    new Map([LAST_YEAR, LAST_YEAR - 1, LAST_YEAR - 2, LAST_YEAR - 3].map((year) => {
      const t = target(field, year);
      const others = own().filter((d) => !waiting.includes(d) && inYear(d[field], year)).length;
      return [year, t === undefined ? Infinity : t - others - 1];
    }));
  const admRoom = rooms('adm');
  const poRoom = rooms('po');
  const withOrder = waiting.filter((d) => d.po !== null && d.po <= END);
  const withoutOrder = waiting.filter((d) => !(d.po !== null && d.po <= END));
  const latestWithRoom = (room: Map<number, number>, notAfter: number) => [...room.keys()].filter((y) => y <= notAfter && room.get(y)! > 0).sort((a, b) => b - a)[0] ?? LAST_YEAR - 3;
  for (const d of [...withoutOrder, ...withOrder]) {
    const hasOrder = withOrder.includes(d);
    // The order's year first (latest with room), then the decision's (not after the order's).
    const poYear = hasOrder ? latestWithRoom(poRoom, LAST_YEAR) : LAST_YEAR;
    const admYear = latestWithRoom(admRoom, poYear);
    admRoom.set(admYear, admRoom.get(admYear)! - 1);
    const admLast = admYear === poYear && hasOrder ? fyEndDay(admYear) - 30 : Math.min(fyEndDay(admYear), END - 10);
    d.adm = random.int(fyStartDay(admYear), admLast);
    if (hasOrder) {
      poRoom.set(poYear, poRoom.get(poYear)! - 1);
      // A child matched and moving at 31 March 2022 had the order before the match.
      const latest = Math.min(fyEndDay(poYear), END - 5, d.endStatus === 'MATCHED_MOVING' ? d.match! - 1 : Infinity);
      d.po = random.int(Math.min(latest, Math.max(d.adm + 20, fyStartDay(poYear))), latest);
      if (d.po <= d.adm) d.adm = d.po - 20;
    }
    d.entered = d.adm - random.int(100, 400);
    if (d.match !== null && d.po !== null && d.match <= d.po) d.match = d.po + random.int(30, 90);
  }
  let carried: JourneyDraft[] = [];
  let nextCarried: JourneyDraft[] = [];
  for (let year = FIRST_YEAR - 1; year <= LAST_YEAR; year += 1) {
    const adms = count('adm', year);
    const decided = target('adm', year);
    const extra = decided !== undefined ? decided - adms : Math.round(adms * 0.15);
    if (extra < 0) throw new Error(`seed: ${plan.code} has ${adms} decisions in ${year} before any ceased plan, published ${decided}`);
    const orders = count('po', year);
    const ordered = target('po', year);
    let extraOrders = ordered !== undefined ? ordered - orders : Math.round(extra * 0.4);
    // More orders than decisions left: plans decided late the year before get their order this year.
    // A year before the published ones may have as many late decisions as needed.
    while (extraOrders > extra + carried.length && target('adm', year - 1) === undefined) {
      const d = make(plan.code, 'CEASED');
      d.adm = random.int(fyEndDay(year - 1) - 150, fyEndDay(year - 1));
      d.entered = d.adm - random.int(90, 420);
      d.ceased = END;
      d.ceasedReason = random.weighted({ PO_REVOKED: 40, SGO: 30, LONG_TERM_FOSTERING: 30 });
      carried.push(d);
    }
    while (extraOrders > extra && carried.length > 0) {
      const d = carried.pop()!;
      d.po = random.int(fyStartDay(year), Math.min(fyStartDay(year) + 90, fyEndDay(year)));
      if (d.ceased! <= d.po) d.ceased = Math.min(END, d.po + random.int(30, 200));
      extraOrders -= 1;
    }
    if (extraOrders < 0 || extraOrders > extra) throw new Error(`seed: ${plan.code} ${year}: ${orders} placement orders before ceased plans (published ${ordered}), ${extra} ceased plans to add`);
    for (let i = 0; i < extra; i += 1) {
      const d = make(plan.code, 'CEASED');
      d.ageBand = random.weighted({ '0-12m': 15, '1-2y': 25, '2-3y': 20, '3-4y': 15, '4-5y': 10, '5y+': 15 });
      const withPo = i < extraOrders;
      d.adm = random.int(fyStartDay(year), fyEndDay(year) - (withPo ? 30 : 0));
      d.entered = d.adm - random.int(90, 420);
      if (withPo) d.po = random.int(d.adm + 14, Math.min(d.adm + 150, fyEndDay(year)));
      const from = (d.po ?? d.adm) + 30;
      d.ceased = Math.min(END, from + random.int(0, 300));
      if (d.ceased < from) d.ceased = Math.min(END, (d.po ?? d.adm) + 1);
      d.ceasedReason = withPo ? random.weighted({ PO_REVOKED: 40, SGO: 30, LONG_TERM_FOSTERING: 25, OTHER: 5 }) : random.weighted({ SGO: 40, RETURNED_HOME: 25, LONG_TERM_FOSTERING: 25, OTHER: 10 });
      if (!withPo) nextCarried.push(d);
    }
    carried = nextCarried.filter(() => year < LAST_YEAR);
    nextCarried = [];
  }
}

/** Waiting at the end of a day: decided, not placed, not ceased, not adopted. */
function waitingOn(d: JourneyDraft, at: number): boolean {
  const by = (x: number | null) => x !== null && x <= at;
  return by(d.adm) && !by(d.placed) && !by(d.ceased) && !by(d.ao);
}

/**
 * T4C's children waiting at 31 March 2021 (159 with a plan, 91 of them with an order): plans that
 * ceased around then end just before or just after the day, so the stock comes out exact.
 */
function balanceWaitingAt(drafts: JourneyDraft[], published: PublishedRows): void {
  const plan = published.value('children_with_adoption_plan_count', 'T4C', '', '', '2021-03-31');
  const withOrder = published.value('children_with_po_not_matched_count', 'T4C', '', '', '2021-03-31');
  const movable = drafts.filter((d) => d.kind === 'CEASED' && d.adm! <= MID_2021 && d.adm! >= day('2019-04-01') && (d.po === null || d.po <= MID_2021) && d.code !== 'E06000002');
  const fixed = drafts.filter((d) => !movable.includes(d));
  const basePlan = fixed.filter((d) => waitingOn(d, MID_2021)).length;
  const baseOrder = fixed.filter((d) => waitingOn(d, MID_2021) && d.po !== null && d.po <= MID_2021).length;
  const needOrder = withOrder - baseOrder;
  const needPlanOnly = plan - basePlan - needOrder;
  const ordered = movable.filter((d) => d.po !== null);
  const unordered = movable.filter((d) => d.po === null);
  if (needOrder < 0 || needOrder > ordered.length || needPlanOnly < 0 || needPlanOnly > unordered.length) {
    throw new Error(`seed: T4C waiting at 31 March 2021: ${basePlan} with a plan and ${baseOrder} with an order before balancing; ${ordered.length}/${unordered.length} ceased plans to move; published ${plan}/${withOrder}`);
  }
  const straddle = (list: JourneyDraft[], n: number) => list.forEach((d, i) => {
    const from = (d.po ?? d.adm)! + 1;
    if (i < n) d.ceased = MID_2021 + 1 + ((d.adm! * 7) % 300);
    else d.ceased = Math.max(from, MID_2021 - 1 - ((d.adm! * 13) % 120));
    if (d.ceased > MID_2021 && i >= n) throw new Error(`seed: ${d.id} cannot cease before 31 March 2021`);
  });
  straddle(ordered, needOrder);
  straddle(unordered, needPlanOnly);
}

/**
 * Early notifications: ATV's published counts by council and year (and the agency's by half
 * year); about 60% of notified children go on to a decision ("approximately 60%"), the rest are
 * journeys that ended at notification. T4C's are not published: half its decisions had one.
 */
function earlyNotifications(plan: CouncilPlan, drafts: JourneyDraft[], make: Make, random: Random, published: PublishedRows): void {
  const own = drafts.filter((d) => d.code === plan.code && d.adm !== null);
  for (const d of own) d.notified = d.adm! - random.int(20, 120);
  if (plan.agency === 'T4C') {
    for (const d of own) if (random.chance(0.5)) d.notified = null;
    return;
  }
  const targets = new Map(plan.targets.earlyNotifications);
  if (!targets.has(2019)) {
    // 2019-20 is published for ATV as a whole: shared by decisions.
    const atvTotal = published.value('early_notifications_count', 'ATV', '2019-20');
    const weights = new Map(ATV_CODES.map((code) => [code, drafts.filter((d) => d.code === code && inYear(d.adm, 2019)).length]));
    targets.set(2019, apportion(atvTotal, weights).get(plan.code)!);
  }
  for (let year = FIRST_YEAR - 2; year <= LAST_YEAR; year += 1) {
    const target = targets.get(year);
    const inThisYear = own.filter((d) => inYear(d.notified, year));
    if (target === undefined) {
      for (const d of inThisYear) if (!random.chance(0.6)) d.notified = null;
      continue;
    }
    const keep = Math.min(inThisYear.length, Math.round(target * 0.6));
    random.shuffle(inThisYear).slice(keep).forEach((d) => (d.notified = null));
    for (let i = keep; i < target; i += 1) {
      const d = make(plan.code, 'NOTIFIED');
      d.notified = random.int(fyStartDay(year), fyEndDay(year));
      d.entered = d.notified - random.int(0, 90);
      d.ceased = d.notified + random.int(30, 200);
      d.ceasedReason = random.weighted({ RETURNED_HOME: 45, SGO: 30, LONG_TERM_FOSTERING: 15, OTHER: 10 });
      d.ageBand = random.weighted({ '0-12m': 35, '1-2y': 20, '2-3y': 15, '3-4y': 10, '4-5y': 8, '5y+': 12 });
    }
  }
}

/** ATV's notifications by half year: notified-only journeys move between halves of their year. */
function balanceNotificationHalves(drafts: JourneyDraft[], published: PublishedRows): void {
  for (const year of [2019, 2020, 2021]) {
    const period = `${year}-${String((year + 1) % 100).padStart(2, '0')}`;
    const firstHalf = published.value('early_notifications_count', 'ATV', `${period}-Q1-Q2`);
    const atv = drafts.filter((d) => ATV_CODES.includes(d.code) && inYear(d.notified, year));
    const movable = atv.filter((d) => d.kind === 'NOTIFIED');
    const base = atv.filter((d) => d.kind !== 'NOTIFIED' && d.notified! <= day(`${year}-09-30`)).length;
    const need = firstHalf - base;
    if (need < 0 || need > movable.length) throw new Error(`seed: ATV notifications ${period}: ${base} in April-September from decided children, ${movable.length} others, published ${firstHalf}`);
    movable.forEach((d, i) => {
      const shift = d.ceased! - d.notified!;
      const entered = d.notified! - d.entered;
      d.notified = i < need ? fyStartDay(year) + ((d.notified! * 7) % 180) : day(`${year}-10-01`) + ((d.notified! * 7) % 180);
      d.entered = d.notified - entered;
      d.ceased = d.notified + shift;
    });
  }
}

/**
 * Family-finding statuses: actively family finding from the order, linked some weeks before the
 * match (with the child's own carers for a foster carer adoption), matched and moving from the
 * match until placement; a child still waiting at 31 March 2022 is in its published status then.
 */
function familyFindingHistory(d: JourneyDraft, random: Random): void {
  if (d.po === null) return;
  const linkedStatus = d.byFosterCarer || d.earlyPermanence !== 'NONE' ? 'LINKED_OWN_CARER_OR_SIBLINGS' : 'LINKED';
  const add = (from: number, status: string, scope: string | null = null) => d.statuses.push({ from, status, scope });
  if (d.match !== null && d.match <= d.po) {
    add(d.po, 'MATCHED_MOVING');
    return;
  }
  add(d.po, 'ACTIVELY_FAMILY_FINDING', d.endSearch ?? 'IN_REGION');
  if (d.endStatus === 'FAMILY_FINDING_STOPPED' || d.endStatus === 'AWAITING_PO_REVOCATION') {
    add(Math.max(d.po + 1, END - random.int(10, 120)), d.endStatus);
    return;
  }
  if (d.endStatus === 'ACTIVELY_FAMILY_FINDING') {
    if (d.endSearch === 'NATIONAL') add(Math.max(d.po + 1, END - random.int(10, 90)), 'ACTIVELY_FAMILY_FINDING', 'NATIONAL');
    if (d.match !== null) add(Math.max(END + 1, d.match - random.int(14, 45)), linkedStatus);
  } else if (d.endStatus === 'LINKED' || d.endStatus === 'LINKED_OWN_CARER_OR_SIBLINGS') {
    add(Math.max(d.po + 1, END - random.int(5, 60)), d.endStatus);
  } else if (d.match !== null) {
    add(Math.max(d.po + 1, d.match - random.int(14, 45)), linkedStatus);
  }
  if (d.match !== null && d.placed !== null && d.match < d.placed) add(d.match, 'MATCHED_MOVING');
}

/** Every Middlesbrough child waiting with an order at 31 March 2021, other than the six unlinked, had been linked by then. */
function middlesbroughLinks(drafts: JourneyDraft[], unlinked: JourneyDraft[]): void {
  for (const d of drafts.filter((x) => x.code === 'E06000002' && !unlinked.includes(x) && x.po !== null && x.po <= MID_2021 && waitingOn(x, MID_2021))) {
    const active = d.statuses.filter((s) => s.from <= MID_2021).sort((a, b) => b.from - a.from)[0];
    if (active?.status !== 'ACTIVELY_FAMILY_FINDING') continue;
    d.statuses.push({ from: Math.max(d.po! + 1, MID_2021 - 20), status: d.byFosterCarer ? 'LINKED_OWN_CARER_OR_SIBLINGS' : 'LINKED', scope: null });
  }
}

/** Date of birth (first of the month) that puts the child in their age band when placed (or decided, or entered). */
function birthDate(d: JourneyDraft, random: Random): void {
  const reference = d.placed !== null && (d.kind !== 'WAITING' || d.placed <= END) ? d.placed : d.adm ?? d.entered;
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

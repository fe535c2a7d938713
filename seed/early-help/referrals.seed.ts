import { IsoDate } from '../../schema/vocabulary/dates';
import { ReferralRecord } from '../../subgraphs/early-help/entities';
import { Random } from '../shared/random';
import { ChildRegistry, EarlyHelpChild } from './early-help-children';
import { dayIn, monthsOf, RECORDS_FROM, RECORDS_TO } from './early-help-span';
import { EarlyHelpTargets, expectFigure, pct, REDCAR } from './early-help-targets';

/**
 * Referrals to social care, month by month: each month's referrals are re-referrals (families
 * referred in the last eleven months, so within any window of 12 months or more) and new ones (new
 * families, and a few returning after more than a year, re-referrals only under a longer window).
 * Volumes: England's 2021-22 rate, about 540 referrals a year per 10,000 children, with 21.5% of
 * them re-referrals (DfE, Characteristics of children in need 2022); Redcar's months are the paper's.
 */
export const REFERRALS_PER_10000_A_YEAR = 540;
export const RE_REFERRAL_SHARE = 0.215;
const RETURNING_SHARE = 0.04;
/** Children in a family referred together (most referrals are of one child). */
const FAMILY_SIZES = { 1: 55, 2: 25, 3: 12, 4: 5, 5: 2, 6: 1 };

const SOURCES = {
  POLICE: 28,
  SCHOOL: 19,
  HEALTH: 14,
  INDIVIDUAL: 9,
  LA_SERVICES: 16,
  HOUSING: 2,
  OTHER_LEGAL_AGENCY: 3,
  OTHER: 5,
  ANONYMOUS: 2,
  UNKNOWN: 2,
};

interface Family {
  id: string;
  children: EarlyHelpChild[];
  lastMonth: number;
}

/** A month's plan: how many children are referred, how many re-referred, and in which group sizes. */
interface MonthPlan {
  total: number;
  reReferred: number;
  /** Sizes of the re-referred groups (one family each), when prescribed. */
  groups?: number[];
  /** Sizes of new families that must be referred this month (so a later month can re-refer them). */
  plant?: number[];
}

/**
 * Redcar's months as published: June 2022, 43 children re-referred of 180 referrals (23.9%), 24 of
 * them in 7 sibling groups, the largest of 6 (so six groups of 3 and 19 children alone); Q1 2022-23,
 * 20.5% (110 of 537). The families re-referred in June are referred first in the winter before.
 */
function redcarPlans(t: EarlyHelpTargets): Map<string, MonthPlan> {
  const juneTotal = Math.round(t.childrenReReferredJune2022 / (t.reReferralPctJune2022 / 100));
  const others = (t.inSiblingGroupsJune2022 - t.largestSiblingGroupJune2022) / (t.siblingGroupsJune2022 - 1);
  const groups = [
    t.largestSiblingGroupJune2022,
    ...Array<number>(t.siblingGroupsJune2022 - 1).fill(others),
    ...Array<number>(t.childrenReReferredJune2022 - t.inSiblingGroupsJune2022).fill(1),
  ];
  const plans = new Map<string, MonthPlan>([
    ['2022-04', { total: 180, reReferred: 34 }],
    ['2022-05', { total: 177, reReferred: 33 }],
    ['2022-06', { total: juneTotal, reReferred: t.childrenReReferredJune2022, groups }],
    ['2021-10', { total: 170, reReferred: 36, plant: [t.largestSiblingGroupJune2022] }],
  ]);
  for (const month of ['2021-09', '2021-11', '2021-12', '2022-01', '2022-02', '2022-03'])
    plans.set(month, { total: 168, reReferred: 35, plant: [others] });
  return plans;
}

export interface ReferralRecords {
  referrals: ReferralRecord[];
  sources: Map<string, string>;
}

export function generateReferrals(
  authorityCode: string,
  population: number,
  registry: ChildRegistry,
  random: Random,
  targets: EarlyHelpTargets,
  from = RECORDS_FROM,
): ReferralRecords {
  const plans = authorityCode === REDCAR ? redcarPlans(targets) : new Map<string, MonthPlan>();
  const monthly = (population * REFERRALS_PER_10000_A_YEAR) / 10000 / 12;
  const families: Family[] = [];
  const referrals: ReferralRecord[] = [];
  const sources = new Map<string, string>();
  // The month each child was last referred: a re-referral takes only children referred within the window.
  const lastMonthOf = new Map<string, number>();
  const eligible = (family: Family, month: number) =>
    family.children.filter((c) => {
      const last = lastMonthOf.get(c.id);
      return last !== undefined && last < month && last >= month - 11;
    });
  const refer = (family: Family, children: EarlyHelpChild[], month: number, day: IsoDate) => {
    const source = random.weighted(SOURCES);
    family.lastMonth = month;
    for (const child of children) {
      lastMonthOf.set(child.id, month);
      const id = `${authorityCode}-RF${String(referrals.length + 1).padStart(7, '0')}`;
      referrals.push(
        Object.assign(new ReferralRecord(), {
          id,
          childId: child.id,
          familyId: family.id,
          authorityCode,
          referralDate: day,
          source,
        }),
      );
      sources.set(id, source);
    }
  };
  const newFamily = (size: number, at: IsoDate, month: number): Family => {
    const id = registry.newFamily();
    const family = { id, children: [] as EarlyHelpChild[], lastMonth: month };
    for (let i = 0; i < size; i += 1) family.children.push(registry.newChild(at, 0, 17, id));
    families.push(family);
    return family;
  };
  monthsOf(from, RECORDS_TO).forEach(([first, last], month) => {
    const key = first.slice(0, 7);
    // Schools refer before the summer holidays (Redcar: "majority of re-referrals were in June").
    const season = key.endsWith('-06') || key.endsWith('-07') ? 1.15 : key.endsWith('-08') ? 0.8 : 1;
    const plan = plans.get(key) ?? {
      total: Math.max(1, Math.round(monthly * season * (0.9 + random.next() * 0.2))),
      reReferred: 0,
    };
    if (!plans.has(key)) plan.reReferred = Math.round(plan.total * RE_REFERRAL_SHARE * (0.85 + random.next() * 0.3));
    const candidates = random.shuffle(families.filter((f) => eligible(f, month).length > 0));
    const take = (size: number) => {
      const i = candidates.findIndex((f) => eligible(f, month).length >= size);
      return i < 0 ? undefined : candidates.splice(i, 1)[0];
    };
    let reReferred = 0;
    for (const size of plan.groups ?? []) {
      const family = take(size);
      if (!family) throw new Error(`seed: ${authorityCode} ${key} has no family of ${size} to re-refer`);
      refer(family, eligible(family, month).slice(0, size), month, dayIn(random, first, last));
      reReferred += size;
    }
    while (!plan.groups && reReferred < plan.reReferred && candidates.length > 0) {
      const family = candidates.shift()!;
      const children = eligible(family, month).slice(0, plan.reReferred - reReferred);
      refer(family, children, month, dayIn(random, first, last));
      reReferred += children.length;
    }
    let rest = plan.total - reReferred;
    for (const size of plan.plant ?? []) {
      refer(newFamily(size, first, month), families[families.length - 1].children, month, dayIn(random, first, last));
      rest -= size;
    }
    const returning = families.filter((f) => f.lastMonth <= month - 13);
    while (rest > 0) {
      if (returning.length > 0 && random.chance(RETURNING_SHARE)) {
        const family = returning.splice(random.int(0, returning.length - 1), 1)[0];
        const children = family.children.slice(0, rest);
        refer(family, children, month, dayIn(random, first, last));
        rest -= children.length;
        continue;
      }
      const size = Math.min(rest, Number(random.weighted(FAMILY_SIZES)));
      const family = newFamily(size, first, month);
      refer(family, family.children, month, dayIn(random, first, last));
      rest -= size;
    }
  });
  if (authorityCode === REDCAR) verifyRedcar(referrals, targets);
  return { referrals, sources };
}

/** Re-referral within 12 months, as the subgraph computes it: an earlier referral at most 12 months before. */
export function isReReferral(previous: IsoDate, current: IsoDate, months = 12): boolean {
  const index = (d: IsoDate) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7));
  const gap = index(current) - index(previous);
  return gap < months || (gap === months && Number(current.slice(8)) <= Number(previous.slice(8)));
}

/** Redcar's published re-referral figures, recomputed from the records. */
function verifyRedcar(referrals: ReferralRecord[], t: EarlyHelpTargets): void {
  const byChild = new Map<string, IsoDate[]>();
  for (const r of referrals) byChild.set(r.childId, [...(byChild.get(r.childId) ?? []), r.referralDate]);
  const re = (r: ReferralRecord) =>
    byChild.get(r.childId)!.some((d) => d < r.referralDate && isReReferral(d, r.referralDate));
  const inSpan = (from: string, to: string) => referrals.filter((r) => r.referralDate >= from && r.referralDate <= to);
  const june = inSpan('2022-06-01', '2022-06-30');
  const q1 = inSpan('2022-04-01', '2022-06-30');
  expectFigure('Redcar re-referrals % June 2022', pct(june.filter(re).length, june.length), t.reReferralPctJune2022);
  expectFigure('Redcar re-referrals % Q1 2022-23', pct(q1.filter(re).length, q1.length), t.reReferralPctQ1);
  const families = new Map<string, number>();
  for (const r of june.filter(re)) families.set(r.familyId, (families.get(r.familyId) ?? 0) + 1);
  const groups = [...families.values()].filter((n) => n >= 2);
  expectFigure('Redcar sibling groups re-referred June 2022', groups.length, t.siblingGroupsJune2022);
  expectFigure('Redcar largest sibling group June 2022', Math.max(...groups), t.largestSiblingGroupJune2022);
  expectFigure(
    'Redcar children in sibling groups June 2022',
    groups.reduce((s, n) => s + n, 0),
    t.inSiblingGroupsJune2022,
  );
}

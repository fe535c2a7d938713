import { PublishedFigure, publishedFigures } from '../shared/reference-data';
import { ATV_MEMBERS, T4C_MEMBERS } from '../shared/pilot-councils';

/**
 * The adoption-journey figures the seed must reproduce, read from published-figures.csv (nothing
 * typed in). Years are financial years by their first calendar year (2021 = 2021-22); three-year
 * windows by the first year of the window (2019 = 2019-22).
 */
export interface CouncilJourneyTargets {
  code: string;
  agency: 'T4C' | 'ATV';
  decisions: Map<number, number>;
  placementOrders: Map<number, number>;
  placed: Map<number, number>;
  /** Placed by adopter source: OWN (own council or T4C), OTHER_RAA, VAA. */
  placedBySource: Map<number, Record<AdopterSource, number>>;
  earlyPermanence: Map<number, number>;
  /** Early permanence placements in Q1-Q3 of a year (the paper's "to date" column). */
  earlyPermanenceQ1Q3: Map<number, number>;
  adoptionOrders: Map<number, number>;
  a10InYear: Map<number, number>;
  a10ThreeYear: Map<number, number>;
  a2InYear: Map<number, number>;
  a2ThreeYear: Map<number, number>;
  earlyNotifications: Map<number, number>;
}

export type AdopterSource = 'OWN' | 'OTHER_RAA' | 'VAA';

export interface PartnershipTargets {
  a10ThreeYear: Map<number, number>;
  a10InYear: Map<number, number>;
  a2ThreeYear: Map<number, number>;
  a2InYear: Map<number, number>;
  /**
   * Children adopted in a year with each priority characteristic; `any` and its percentage of all
   * adopted; `total`, all adopted: the published count, else the smallest the percentage allows.
   */
  adoptedWith: Map<
    number,
    {
      aged5Plus: number;
      siblings: number;
      notWhiteBritish: number;
      disability?: number;
      any: number;
      anyPercent: number;
      total: number;
    }
  >;
}

const SOURCE: Record<string, AdopterSource> = { own_la_or_t4c: 'OWN', other_raa_or_la: 'OTHER_RAA', vaa: 'VAA' };

export function fyStart(period: string): number {
  return Number(period.slice(0, 4));
}

/** The published rows, with a lookup that fails loudly when a row the seed relies on is missing. */
export class PublishedRows {
  readonly rows: PublishedFigure[];

  constructor(rows: PublishedFigure[] = publishedFigures()) {
    this.rows = rows.filter((r) => r.domain === 'adoption' || r.domain === 'finance');
  }

  find(measure: string, authority: string, period: string, breakdown = '', asOf = ''): PublishedFigure | undefined {
    return this.rows.find(
      (r) =>
        r.measure === measure &&
        r.authority === authority &&
        r.period === period &&
        r.breakdown === breakdown &&
        (asOf === '' || r.asOf === asOf),
    );
  }

  value(measure: string, authority: string, period: string, breakdown = '', asOf = ''): number {
    const row = this.find(measure, authority, period, breakdown, asOf);
    if (!row) throw new Error(`seed: no published ${measure} for ${authority} ${period} ${breakdown} ${asOf}`);
    return row.value;
  }

  /** Rows of a measure for an authority with a financial-year (or window) period and the given breakdown. */
  yearly(measure: string, authority: string, breakdown = '', length = 7): Map<number, number> {
    const map = new Map<number, number>();
    for (const r of this.rows) {
      if (r.measure !== measure || r.authority !== authority || r.breakdown !== breakdown || r.period.length !== length)
        continue;
      if (!/^\d{4}-\d{2}$/.test(r.period)) continue;
      map.set(fyStart(r.period), r.value);
    }
    return map;
  }
}

export function councilJourneyTargets(code: string, published = new PublishedRows()): CouncilJourneyTargets {
  const placedBySource = new Map<number, Record<AdopterSource, number>>();
  for (const r of published.rows) {
    if (r.authority !== code || r.measure !== 'children_placed_for_adoption_count') continue;
    const source = /adopter_source=([a-z0-9_]+)/.exec(r.breakdown)?.[1];
    if (!source || !SOURCE[source]) continue;
    const year = fyStart(r.period);
    const split = placedBySource.get(year) ?? { OWN: 0, OTHER_RAA: 0, VAA: 0 };
    split[SOURCE[source]] = r.value;
    placedBySource.set(year, split);
  }
  const q1q3 = new Map<number, number>();
  for (const r of published.rows) {
    if (r.authority === code && r.measure === 'early_permanence_placements_count' && r.period.endsWith('-Q1-Q3'))
      q1q3.set(fyStart(r.period), r.value);
  }
  // Middlesbrough's adoption orders for 2020-21 are given twice (the ATV report and a draft
  // return, both 25): either row gives the year's count.
  const adoptionOrders = published.yearly('adoption_orders_count', code);
  for (const [year, value] of published.yearly('adoption_orders_count', code, 'source=draft_mbc_asglb_return')) {
    if (adoptionOrders.has(year) && adoptionOrders.get(year) !== value)
      throw new Error(`seed: ${code} has two adoption order counts for ${year}`);
    adoptionOrders.set(year, value);
  }
  return {
    code,
    agency: T4C_MEMBERS.includes(code) ? 'T4C' : 'ATV',
    decisions: published.yearly('adm_plan_of_adoption_count', code),
    placementOrders: published.yearly('placement_orders_count', code),
    placed: published.yearly('children_placed_for_adoption_count', code),
    placedBySource,
    earlyPermanence: published.yearly('early_permanence_placements_count', code),
    earlyPermanenceQ1Q3: q1q3,
    adoptionOrders,
    a10InYear: published.yearly('a10_days_in_year', code),
    a10ThreeYear: published.yearly('a10_days_3yr_avg', code),
    a2InYear: published.yearly('a2_days_in_year', code),
    a2ThreeYear: published.yearly('a2_days_3yr_avg', code),
    earlyNotifications: published.yearly('early_notifications_count', code),
  };
}

export function partnershipTargets(agency: 'T4C' | 'ATV', published = new PublishedRows()): PartnershipTargets {
  const adoptedWith: PartnershipTargets['adoptedWith'] = new Map();
  for (const year of [2020, 2021]) {
    const period = `${year}-${String((year + 1) % 100).padStart(2, '0')}`;
    const get = (characteristic: string) =>
      published.find('adoption_orders_count', agency, period, `characteristic=${characteristic}`)?.value;
    const any = get('priority_any');
    if (any === undefined) continue;
    const anyPercent = published.value('adoption_orders_pct', agency, period, 'characteristic=priority_any');
    const total = published.find('adoption_orders_count', agency, period)?.value ?? totalFromShare(any, anyPercent);
    if (Math.round((any / total) * 100) !== anyPercent)
      throw new Error(`seed: ${agency} ${period}: ${any} of ${total} adopted is not ${anyPercent}%`);
    adoptedWith.set(year, {
      aged5Plus: get('aged_over_5')!,
      siblings: get('with_siblings')!,
      notWhiteBritish: get('ethnicity_other_than_white_british')!,
      disability: get('disability'),
      any,
      anyPercent,
      total,
    });
  }
  const a10InYear = published.yearly('a10_days_in_year', agency);
  // ATV's 2020-21 in-year A10 is published only as 2021-22's change on it (383, 27 days fewer).
  const change = published.find('a10_days_change_on_prev_year', agency, '2021-22');
  if (change && a10InYear.has(2021)) a10InYear.set(2020, a10InYear.get(2021)! - change.value);
  return {
    a10ThreeYear: published.yearly('a10_days_3yr_avg', agency),
    a10InYear,
    a2ThreeYear: published.yearly('a2_days_3yr_avg', agency),
    a2InYear: published.yearly('a2_days_in_year', agency),
    adoptedWith,
  };
}

/**
 * The smallest number of children adopted that makes `count` round to `percent` (the T4C report
 * gives "48 children (47% of all children adopted)" but not the total).
 */
function totalFromShare(count: number, percent: number): number {
  for (let total = count; total < count * 100; total += 1)
    if (Math.round((count / total) * 100) === percent) return total;
  throw new Error(`seed: no total gives ${count} as ${percent}%`);
}

export { ATV_MEMBERS, T4C_MEMBERS };

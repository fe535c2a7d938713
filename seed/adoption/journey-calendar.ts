import { fromDayNumber, toDayNumber } from '../../schema/vocabulary/dates';

/**
 * Days of the adoption journeys: day numbers (see schema/vocabulary/dates.ts), financial years by
 * their first calendar year.
 */
export const day = toDayNumber;
export const fyStartDay = (year: number) => day(`${year}-04-01`);
export const fyEndDay = (year: number) => day(`${year + 1}-03-31`);
/** The end of the journey records (31 March 2022), and the stock date a year before. */
export const END = day('2022-03-31');
export const MID_2021 = day('2021-03-31');

export function inYear(date: number | null, year: number): boolean {
  return date !== null && date >= fyStartDay(year) && date <= fyEndDay(year);
}

export function firstOfMonth(d: number): number {
  return day(`${fromDayNumber(d).slice(0, 8)}01`);
}

/** Splits `total` over keys in proportion to weights (largest remainder). */
export function apportion<K extends string | number>(total: number, weights: Map<K, number>): Map<K, number> {
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

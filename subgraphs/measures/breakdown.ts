import { BreakdownCell } from './figure.type';
import { countBreakdown } from './figure.builder';

/**
 * Count figures are computed from a "cube": rows of (authority, attributes…, n) that one SQL
 * statement returns for all the authorities of a request, grouped by just the attributes the
 * figure needs (none for a total; date of birth for age bands). Totals, breakdowns and flat
 * cross-tab rows are folded from those rows in code.
 */
export interface CubeRow {
  authorityCode: string;
  n: number;
}

/** A way to split a cube: the key of each row, and every possible key in display order. */
export interface Dimension<R extends CubeRow> {
  /** Column name in flat rows and in `breakdown` strings, e.g. `age_band`, as in published-figures.csv. */
  column: string;
  /** The row attributes `keyOf` reads; the SQL groups by exactly these. */
  attributes: string[];
  keys(): { key: string; label: string }[];
  keyOf(row: R): string;
}

export function cubeTotal(rows: readonly CubeRow[]): number {
  return rows.reduce((sum, row) => sum + row.n, 0);
}

export function breakdownCells<R extends CubeRow>(
  rows: readonly R[],
  dimension: Dimension<R>,
  unsuppressed: boolean,
): BreakdownCell[] {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const key = dimension.keyOf(row);
    counts.set(key, (counts.get(key) ?? 0) + row.n);
  }
  const known = dimension.keys();
  const knownKeys = new Set(known.map((k) => k.key));
  // Keys not in the list (an unexpected code in the data) are still shown, after the known ones.
  const extra = [...counts.keys()]
    .filter((k) => !knownKeys.has(k))
    .sort()
    .map((key) => ({ key, label: key }));
  return countBreakdown(
    [...known, ...extra].map(({ key, label }) => ({ key, label, count: counts.get(key) ?? 0 })),
    unsuppressed,
  );
}

/** `age_band=0-5;sex=F`, the format of published-figures.csv's breakdown column. */
export function breakdownLabel(columns: readonly string[], keys: readonly string[]): string {
  return columns.map((c, i) => `${c}=${keys[i]}`).join(';');
}

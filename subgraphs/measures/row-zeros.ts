import { badInput } from '../../schema/vocabulary/errors';
import { CubeRow, Dimension } from './breakdown';
import { FigureRowData } from './figure-row.type';
import { FigureUnit } from './figure.type';
import { ArgumentSpec } from './graphql-fields';
import { MeasureValue } from './measure';
import { rowData } from './measure-figures';

/** The most rows `zeros` may make for one authority: the product of the dimensions' value lists. */
export const MAX_COMBINATIONS = 10_000;

export const ZEROS_ARGUMENT: ArgumentSpec = {
  name: 'zeros',
  type: () => Boolean,
  options: {
    defaultValue: false,
    description:
      "True: a row for every combination of the dimensions' values, a count of 0 where none occur (counts only), so a BI table needs no filling in; false: only the combinations that occur.",
  },
};

function combinations(lists: string[][]): string[][] {
  return lists.reduce<string[][]>((acc, list) => acc.flatMap((combo) => list.map((key) => [...combo, key])), [[]]);
}

/**
 * The rows with a zero row for each combination of the dimensions' values an authority has none
 * of, in the dimensions' order. A zero says no more than its absence did (a missing combination
 * was a count of 0), so disclosure is unchanged; an authority without records (NO_DATA) keeps its one row.
 */
export function withZeroRows(
  value: MeasureValue,
  rows: FigureRowData[],
  dimensions: Dimension<CubeRow>[],
): FigureRowData[] {
  if (dimensions.length === 0 || value.declaration.statistic.kind !== 'COUNT') return rows;
  const lists = dimensions.map((d) => d.keys().map((k) => k.key));
  const size = lists.reduce((n, list) => n * list.length, 1);
  if (size > MAX_COMBINATIONS)
    throw badInput(
      'zeros',
      true,
      `false for ${size.toLocaleString('en-GB')} combinations of ${dimensions.map((d) => d.column).join(', ')} (at most ${MAX_COMBINATIONS.toLocaleString('en-GB')})`,
    );
  const combos = combinations(lists);
  const fixed = value.declaration.rowDimensions?.(value.args) ?? {};
  const { time, scope } = value;
  return scope.authorityCodes.flatMap((authorityCode) => {
    const own = rows.filter((r) => r.authorityCode === authorityCode);
    if (own.some((r) => dimensions.some((d) => !(d.column in r.dimensions)))) return own;
    const keyOf = (keys: string[]) => JSON.stringify(keys);
    const byKey = new Map(own.map((r) => [keyOf(dimensions.map((d) => r.dimensions[d.column])), r]));
    const known = new Set(combos.map(keyOf));
    const base = {
      measure: value.declaration.measure,
      authorityCode,
      authorityName: scope.names.get(authorityCode) ?? null,
      date: time.date,
      period: time.period?.label ?? null,
      periodStart: time.period?.start ?? null,
      periodEnd: time.period?.end ?? null,
    };
    const zero = {
      value: 0,
      unit: own[0]?.unit ?? FigureUnit.COUNT,
      numerator: null,
      denominator: null,
      suppressed: false,
      suppressionReason: null,
      englandAverage: own[0]?.englandAverage ?? null,
      target: own[0]?.target ?? null,
    };
    const filled = combos.map(
      (keys) =>
        byKey.get(keyOf(keys)) ??
        rowData(base, { ...fixed, ...Object.fromEntries(dimensions.map((d, i) => [d.column, keys[i]])) }, zero),
    );
    // Codes outside the dimension's list (unexpected in the data) are kept, after the known ones.
    return [...filled, ...own.filter((r) => !known.has(keyOf(dimensions.map((d) => r.dimensions[d.column]))))];
  });
}

import { RequestContext } from '../platform/request-context';
import { breakdownLabel, CubeRow, Dimension } from './breakdown';
import { complementarySuppression } from './complementary-suppression';
import {
  buildFigure,
  CONFIDENTIAL,
  isSmallCount,
  rateFigure,
  seesSmallNumbers,
  shownCount,
  withheldFigure,
} from './figure.builder';
import { FigureRowData } from './figure-row.type';
import { BreakdownCell, Figure, FigureUnit } from './figure.type';
import { Comparators, MeasureValue } from './measure';
import { TimePoint } from './time';
import { addToTally, statisticCells, statisticFigure, Tally, tally } from './statistic';

/**
 * The figures every measure offers, computed the same way for every domain: total, breakdown,
 * shares and flat rows, all folded from the measure's cube rows (see MeasureValue.rows).
 */
export function unsuppressedFor(value: MeasureValue, context: RequestContext): boolean {
  return seesSmallNumbers(context.viewer, value.scope.authorityCodes, value.scope.regionCode);
}

export async function measureTally(value: MeasureValue, context: RequestContext): Promise<Tally | null> {
  const rows = await value.rows(context);
  return rows === null ? null : tally(rows);
}

export async function measureTotal(value: MeasureValue, context: RequestContext): Promise<Figure> {
  const [t, comparators] = await Promise.all([measureTally(value, context), comparatorsOf(value, context)]);
  return statisticFigure(value.declaration.statistic, t, unsuppressedFor(value, context), comparators);
}

/**
 * The percentage change of a count from its value at `since` to its value now (one decimal):
 * numerator the change, denominator the earlier count; suppressed where either count is small.
 */
export async function measureChange(value: MeasureValue, context: RequestContext, since: TimePoint): Promise<Figure> {
  const earlier = new MeasureValue(value.declaration, value.scope, since, value.args);
  const [now, then] = await Promise.all([measureTally(value, context), measureTally(earlier, context)]);
  const exact = unsuppressedFor(value, context);
  // From the counts as the viewer sees them (rounded for aggregates only), so it gives nothing more away.
  const [n, earlierN] = [now, then].map((t) => (t === null ? null : shownCount(t.n, exact)));
  const change = n === null || earlierN === null || earlierN === 0 ? null : n - earlierN;
  return buildFigure(
    {
      value: change === null ? null : Math.round((change / earlierN!) * 1000) / 10,
      unit: FigureUnit.PERCENT,
      numerator: change,
      denominator: earlierN,
      basedOn: now && then ? [now.n, then.n] : [],
    },
    exact,
  );
}

function comparatorsOf(value: MeasureValue, context: RequestContext): Promise<Comparators> {
  return value.declaration.comparators ? value.declaration.comparators(value, context) : Promise.resolve({});
}

/**
 * Tallies by the dimension's keys, and the keys in display order (unexpected codes in the data
 * last, never dropped).
 */
function tallies<R extends CubeRow>(
  rows: readonly R[],
  dimension: Dimension<R>,
): { keys: { key: string; label: string }[]; byKey: Map<string, Tally> } {
  const byKey = new Map<string, Tally>();
  for (const row of rows) {
    const key = dimension.keyOf(row);
    byKey.set(key, addToTally(byKey.get(key) ?? { n: 0, sum: 0 }, row as { n: number; sum?: number; base?: number }));
  }
  const known = dimension.keys();
  const knownKeys = new Set(known.map((k) => k.key));
  const extra = [...byKey.keys()]
    .filter((k) => !knownKeys.has(k))
    .sort()
    .map((key) => ({ key, label: key }));
  return { keys: [...known, ...extra], byKey };
}

export async function measureBreakdown(
  value: MeasureValue,
  context: RequestContext,
  dimension: Dimension<CubeRow>,
): Promise<BreakdownCell[]> {
  const rows = await value.rows(context, dimension.attributes);
  const statistic = value.declaration.statistic;
  if (rows === null) return statisticCells(statistic, dimension.keys(), null, false);
  const { keys, byKey } = tallies(rows, dimension);
  return statisticCells(statistic, keys, byKey, unsuppressedFor(value, context));
}

/**
 * Each cell of a breakdown as a percentage of the total (suppressed where its count is): of the
 * count, or for money of the sum in pounds.
 */
export async function measureShares(
  value: MeasureValue,
  context: RequestContext,
  dimension: Dimension<CubeRow>,
): Promise<BreakdownCell[]> {
  const [cells, total] = await Promise.all([measureBreakdown(value, context, dimension), measureTally(value, context)]);
  const money = value.declaration.statistic.kind === 'MONEY';
  // Money is shown to anyone: a share of pounds is never a small number of children.
  const unsuppressed = money || unsuppressedFor(value, context);
  const whole = total === null ? null : money ? total.sum : total.n;
  return cells.map((cell) => ({
    ...cell,
    figure: rateFigure(cell.figure.suppressed ? null : cell.figure.value, whole, FigureUnit.PERCENT, unsuppressed),
  }));
}

/**
 * Flat rows: one per authority in scope (a region's own code for REGION records) and
 * combination of the dimensions that occurs (a cross-tab; none: one total row each), with every
 * identifying value as its own column.
 */
export async function measureRows(
  value: MeasureValue,
  context: RequestContext,
  dimensions: Dimension<CubeRow>[],
): Promise<FigureRowData[]> {
  const [rows, comparators] = await Promise.all([
    value.rows(
      context,
      dimensions.flatMap((d) => d.attributes),
    ),
    comparatorsOf(value, context),
  ]);
  const unsuppressed = unsuppressedFor(value, context);
  const statistic = value.declaration.statistic;
  const { time, scope } = value;
  const fixed = value.declaration.rowDimensions?.(value.args) ?? {};
  return value.scope.authorityCodes.flatMap((authorityCode) => {
    const base = {
      measure: value.declaration.measure,
      authorityCode,
      authorityName: scope.names.get(authorityCode) ?? null,
      date: time.date,
      period: time.period?.label ?? null,
      periodStart: time.period?.start ?? null,
      periodEnd: time.period?.end ?? null,
    };
    if (rows === null) return [rowData(base, fixed, statisticFigure(statistic, null, false, comparators))];
    const own = rows.filter((r) => r.authorityCode === authorityCode);
    if (dimensions.length === 0)
      return [rowData(base, fixed, statisticFigure(statistic, tally(own), unsuppressed, comparators))];
    const lines = new Map<string, { keys: string[]; rows: CubeRow[] }>();
    for (const row of own) {
      const keys = dimensions.map((d) => d.keyOf(row));
      const id = JSON.stringify(keys);
      const line = lines.get(id) ?? { keys, rows: [] };
      line.rows.push(row);
      lines.set(id, line);
    }
    const orders = dimensions.map((d) => new Map(d.keys().map((k, i) => [k.key, i])));
    const rank = (keys: string[]) => keys.map((k, i) => orders[i].get(k) ?? Number.MAX_SAFE_INTEGER);
    const sorted = [...lines.values()].sort(
      (a, b) => compareRanks(rank(a.keys), rank(b.keys)) || a.keys.join('|').localeCompare(b.keys.join('|')),
    );
    // Counts: a hidden cell must not be recoverable from the margins (averages hide cell by cell).
    const withheld =
      statistic.kind === 'COUNT' && !unsuppressed
        ? complementarySuppression(sorted.map((line) => ({ keys: line.keys, n: tally(line.rows).n })))
        : sorted.map(() => null);
    return sorted.map((line, i) => {
      const figure = statisticFigure(statistic, tally(line.rows), unsuppressed);
      return rowData(
        base,
        { ...fixed, ...Object.fromEntries(dimensions.map((d, j) => [d.column, line.keys[j]])) },
        withheld[i] ? withheldFigure(figure, withheld[i]!) : figure,
      );
    });
  });
}

function compareRanks(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

/** A flat row: identifying columns, each dimension's value under its column, and the figure spelt out as scalars. */
export function rowData(
  base: Omit<FigureRowData, 'breakdown' | 'dimensions' | 'figure' | keyof Figure>,
  dimensions: Record<string, string>,
  figure: Figure,
): FigureRowData {
  const columns = Object.keys(dimensions);
  return {
    ...base,
    breakdown: breakdownLabel(
      columns,
      columns.map((c) => dimensions[c]),
    ),
    dimensions,
    ...figure,
    figure,
  };
}

/**
 * The share (percent) of the measure's count whose `dimension` key is `key`, e.g. contacts that
 * progressed to early help. Suppressed when either the part or the rest is a small number, since
 * with the total one gives the other away.
 */
export async function measureShareOf(
  value: MeasureValue,
  context: RequestContext,
  dimension: Dimension<CubeRow>,
  key: string,
): Promise<Figure> {
  const rows = await value.rows(context, dimension.attributes);
  return shareFigure(rows, dimension, key, unsuppressedFor(value, context));
}

/** The share of `rows` whose key is `key` (null rows: NO_DATA), suppressed on the part and the rest. */
export function shareFigure<R extends CubeRow>(
  rows: readonly R[] | null,
  dimension: Dimension<R>,
  key: string,
  unsuppressed: boolean,
): Figure {
  if (rows === null) return rateFigure(null, null, FigureUnit.PERCENT, false);
  const whole = tally(rows).n;
  const part = tally(rows.filter((r) => dimension.keyOf(r) === key)).n;
  const figure = rateFigure(part, whole, FigureUnit.PERCENT, unsuppressed);
  return !unsuppressed && !figure.suppressed && isSmallCount(whole - part)
    ? withheldFigure(figure, CONFIDENTIAL)
    : figure;
}

import { buildFigure, countBreakdown, countFigure } from './figure.builder';
import { BreakdownCell, Figure, FigureUnit } from './figure.type';

/**
 * How a measure's cube rows become a value: a count of `n`, or an average of `sum` over `n`
 * (e.g. days from entering care to placement, averaged over the children).
 */
export type Statistic = { kind: 'COUNT' } | { kind: 'AVERAGE'; unit: FigureUnit.DAYS } | { kind: 'MONEY' };

export const COUNT: Statistic = { kind: 'COUNT' };
export const AVERAGE_DAYS: Statistic = { kind: 'AVERAGE', unit: FigureUnit.DAYS };
/** A sum of money (`sum` of the rows, in pounds): shown to anyone, as the councils publish their finance. */
export const MONEY: Statistic = { kind: 'MONEY' };

/** What a statistic reads from a set of rows: how many, and (for averages) the sum of their values. */
export interface Tally {
  n: number;
  sum: number;
}

export function tally(rows: readonly { n: number; sum?: number }[]): Tally {
  return rows.reduce<Tally>((t, r) => ({ n: t.n + r.n, sum: t.sum + (r.sum ?? 0) }), { n: 0, sum: 0 });
}

export function unitOf(statistic: Statistic): FigureUnit {
  if (statistic.kind === 'COUNT') return FigureUnit.COUNT;
  return statistic.kind === 'MONEY' ? FigureUnit.GBP : statistic.unit;
}

/**
 * The figure of a tally (null: no data). Averages are whole days, as DfE publishes them, with
 * the exact sum and the number of children; they are suppressed when the children are few.
 */
export function statisticFigure(
  statistic: Statistic,
  t: Tally | null,
  unsuppressed: boolean,
  comparators: { englandAverage?: number | null; target?: number | null } = {},
): Figure {
  if (statistic.kind === 'COUNT')
    return buildFigure({ value: t?.n ?? null, unit: FigureUnit.COUNT, ...comparators }, unsuppressed);
  if (statistic.kind === 'MONEY')
    return buildFigure(
      { value: t === null || t.n === 0 ? null : Math.round(t.sum * 100) / 100, unit: FigureUnit.GBP, ...comparators },
      true,
    );
  const value = t === null || t.n === 0 ? null : Math.round(t.sum / t.n);
  return buildFigure(
    {
      value,
      unit: statistic.unit,
      numerator: t?.sum ?? null,
      denominator: t?.n ?? null,
      basedOn: t ? [t.n] : [],
      ...comparators,
    },
    unsuppressed,
  );
}

/**
 * The cells of a breakdown. Counts get primary and secondary suppression together (so the
 * total never gives a hidden cell away); averages are suppressed cell by cell on their children.
 */
export function statisticCells(
  statistic: Statistic,
  keys: readonly { key: string; label: string }[],
  tallies: Map<string, Tally> | null,
  unsuppressed: boolean,
): BreakdownCell[] {
  if (tallies === null) return keys.map(({ key, label }) => ({ key, label, figure: countFigure(null, false) }));
  if (statistic.kind === 'COUNT')
    return countBreakdown(
      keys.map(({ key, label }) => ({ key, label, count: tallies.get(key)?.n ?? 0 })),
      unsuppressed,
    );
  return keys.map(({ key, label }) => ({
    key,
    label,
    figure: statisticFigure(statistic, tallies.get(key) ?? { n: 0, sum: 0 }, unsuppressed),
  }));
}

import { buildFigure, CONFIDENTIAL, countBreakdown, countFigure, shownCount, withheldFigure } from './figure.builder';
import { BreakdownCell, Figure, FigureUnit } from './figure.type';

/**
 * How a measure's cube rows become a value: a count of `n`, or an average of `sum` over `n`
 * (e.g. days from entering care to placement, averaged over the children).
 */
export type Statistic =
  | { kind: 'COUNT' }
  | { kind: 'AVERAGE'; unit: FigureUnit.DAYS }
  | { kind: 'MONEY' }
  | { kind: 'PERCENT' }
  | { kind: 'TOTAL'; unit: FigureUnit.DAYS };

export const COUNT: Statistic = { kind: 'COUNT' };
export const AVERAGE_DAYS: Statistic = { kind: 'AVERAGE', unit: FigureUnit.DAYS };
/** A sum of money (`sum` of the rows, in pounds): shown to anyone, as the councils publish their finance. */
export const MONEY: Statistic = { kind: 'MONEY' };
/**
 * A percentage, one decimal place as DfE publishes them: of the `n` people in the rows, the
 * `sum` who have some property (a share, e.g. EHC plans issued within 20 weeks); or, where the
 * rows carry a `base`, `sum` over `base` (a rate of things the people have, e.g. sessions missed
 * of sessions possible). Suppressed when the people it is about (or, for a share, those with
 * and without the property) are few.
 */
export const PERCENT: Statistic = { kind: 'PERCENT' };
/**
 * A total of days over the rows (`sum`, e.g. school days lost to suspensions), suppressed when the
 * records it adds up (`n`) are few.
 */
export const DAYS_TOTAL: Statistic = { kind: 'TOTAL', unit: FigureUnit.DAYS };

/** What a statistic reads from a set of rows: how many, and (for averages) the sum of their values. */
export interface Tally {
  n: number;
  sum: number;
  /** For a PERCENT of a base other than the people counted (e.g. possible sessions). */
  base?: number;
}

export function tally(rows: readonly { n: number; sum?: number; base?: number }[]): Tally {
  return rows.reduce<Tally>(addToTally, { n: 0, sum: 0 });
}

/** A tally with one more row added. */
export function addToTally(t: Tally, r: { n: number; sum?: number; base?: number }): Tally {
  const base = t.base === undefined && r.base === undefined ? undefined : (t.base ?? 0) + (r.base ?? 0);
  return base === undefined
    ? { n: t.n + r.n, sum: t.sum + (r.sum ?? 0) }
    : { n: t.n + r.n, sum: t.sum + (r.sum ?? 0), base };
}

export function unitOf(statistic: Statistic): FigureUnit {
  if (statistic.kind === 'COUNT') return FigureUnit.COUNT;
  if (statistic.kind === 'PERCENT') return FigureUnit.PERCENT;
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
  if (statistic.kind === 'PERCENT') return percentFigure(t, unsuppressed, comparators);
  // For callers who see aggregates only: a total of days is rounded as a count is, and an
  // average shows no sum of days and a rounded number of children (DISCLOSURE.md).
  if (statistic.kind === 'TOTAL') {
    const days = t === null ? null : unsuppressed ? Math.round(t.sum * 10) / 10 : shownCount(Math.round(t.sum), false);
    return buildFigure(
      {
        value: days,
        unit: statistic.unit,
        numerator: days,
        denominator: t === null ? null : shownCount(t.n, unsuppressed),
        basedOn: t ? [t.n] : [],
        ...comparators,
      },
      unsuppressed,
    );
  }
  const value = t === null || t.n === 0 ? null : Math.round(t.sum / t.n);
  return buildFigure(
    {
      value,
      unit: statistic.unit,
      numerator: t === null || !unsuppressed ? null : t.sum,
      denominator: t === null ? null : shownCount(t.n, unsuppressed),
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
  const cells = keys.map(({ key, label }) => ({
    key,
    label,
    figure: statisticFigure(statistic, tallies.get(key) ?? { n: 0, sum: 0 }, unsuppressed),
  }));
  return statistic.kind === 'PERCENT' ? withSecondarySuppression(cells, tallies) : cells;
}

/**
 * A percentage's cells carry their numerators and denominators, which add up to the total's: if
 * only one cell is hidden, the total would give it away, so the shown cell of fewest people is
 * hidden too (as a count breakdown's is).
 */
function withSecondarySuppression(cells: BreakdownCell[], tallies: Map<string, Tally>): BreakdownCell[] {
  if (cells.filter((c) => c.figure.suppressionReason === CONFIDENTIAL).length !== 1) return cells;
  let pick = -1;
  cells.forEach((c, i) => {
    const n = tallies.get(c.key)?.n ?? 0;
    if (c.figure.suppressed || n === 0) return;
    if (pick < 0 || n < (tallies.get(cells[pick].key)?.n ?? 0)) pick = i;
  });
  if (pick < 0) return cells;
  return cells.map((c, i) => (i === pick ? { ...c, figure: withheldFigure(c.figure, CONFIDENTIAL) } : c));
}

/** A PERCENT tally's figure: `sum` of `base` (or of `n`), rounded to one decimal place. */
function percentFigure(
  t: Tally | null,
  unsuppressed: boolean,
  comparators: { englandAverage?: number | null; target?: number | null },
): Figure {
  // Callers who see aggregates only get it from rounded counts, so it cannot give them back exactly.
  const denominator = t === null ? null : shownCount(t.base ?? t.n, unsuppressed);
  const numerator = t === null ? null : shownCount(t.sum, unsuppressed);
  const value = t === null || !denominator ? null : Math.round((numerator! / denominator) * 1000) / 10;
  // A share of people gives away those with and those without the property; a rate only its people.
  const basedOn = t === null ? [] : t.base === undefined ? [t.n, t.sum, t.n - t.sum] : [t.n];
  return buildFigure(
    { value, unit: FigureUnit.PERCENT, numerator, denominator, basedOn, ...comparators },
    unsuppressed,
  );
}

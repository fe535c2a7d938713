import { Viewer } from '../platform/identity';
import { complementarySuppression } from './complementary-suppression';
import { isSmallCount, SMALL_NUMBER } from './small-number';
import { BreakdownCell, Figure, FigureUnit } from './figure.type';

export { SMALL_NUMBER, isSmallCount };

/**
 * Counts shown to callers who may only see aggregates are rounded to the nearest multiple of this
 * (DISCLOSURE.md): a difference of two answers is then never exact.
 */
export const ROUNDING_BASE = 5;

/** Why a figure is withheld from such callers, whether small itself or protecting one (DfE's "c"). */
export const CONFIDENTIAL = 'CONFIDENTIAL';

/**
 * Whether a viewer sees exact figures for a set of authorities: a board member for the councils
 * their token lists (and a region's own accounts under the region their token names), an analyst
 * for their own council; anyone else sees aggregates only (DISCLOSURE.md). Entitlement comes from
 * the verified token alone: the region code and members in the request are only what is counted.
 */
export function seesSmallNumbers(viewer: Viewer, authorityCodes: readonly string[], _regionCode?: string): boolean {
  if (authorityCodes.length === 0) return false;
  if (viewer.kind === 'BOARD_MEMBER')
    return authorityCodes.every((code) => viewer.authorityCodes.includes(code) || code === viewer.regionCode);
  if (viewer.kind === 'ANALYST') return authorityCodes.length === 1 && authorityCodes[0] === viewer.authorityCode;
  return false;
}

/** A count as shown to callers who may only see aggregates (small ones are withheld, not rounded). */
export function roundedCount(count: number): number {
  return Math.round(count / ROUNDING_BASE) * ROUNDING_BASE;
}

/** A count as the viewer sees it: exact for those entitled, else rounded. */
export function shownCount(count: number, exact: boolean): number {
  return exact ? count : roundedCount(count);
}

interface FigureInput {
  value: number | null;
  unit: FigureUnit;
  numerator?: number | null;
  denominator?: number | null;
  englandAverage?: number | null;
  target?: number | null;
  /** The counts the value is built from; any small one suppresses the figure. */
  basedOn?: number[];
}

/**
 * The figure withheld, keeping its unit and comparators. Small and protecting cells are both
 * CONFIDENTIAL to the reader, so the reason never tells a 1 to 4 from its complement.
 */
export function withheldFigure(figure: Figure, reason: string): Figure {
  return {
    ...figure,
    value: null,
    numerator: null,
    denominator: null,
    suppressed: true,
    suppressionReason: reason === 'NO_DATA' ? reason : CONFIDENTIAL,
  };
}

export function buildFigure(input: FigureInput, unsuppressed: boolean): Figure {
  const counts = input.basedOn ?? (input.unit === FigureUnit.COUNT && input.value !== null ? [input.value] : []);
  if (input.value === null) return withheld(input, 'NO_DATA');
  if (!unsuppressed && counts.some(isSmallCount)) return withheld(input, CONFIDENTIAL);
  return {
    value: input.unit === FigureUnit.COUNT ? shownCount(input.value, unsuppressed) : input.value,
    unit: input.unit,
    numerator: input.numerator ?? null,
    denominator: input.denominator ?? null,
    suppressed: false,
    suppressionReason: null,
    englandAverage: input.englandAverage ?? null,
    target: input.target ?? null,
  };
}

function withheld(input: FigureInput, reason: 'NO_DATA' | typeof CONFIDENTIAL): Figure {
  return {
    value: null,
    unit: input.unit,
    numerator: null,
    denominator: null,
    suppressed: true,
    suppressionReason: reason,
    englandAverage: input.englandAverage ?? null,
    target: input.target ?? null,
  };
}

export function countFigure(value: number | null, unsuppressed: boolean): Figure {
  return buildFigure({ value, unit: FigureUnit.COUNT }, unsuppressed);
}

/**
 * numerator / denominator × per, rounded to one decimal place as DfE publishes rates. For callers
 * who see aggregates only, the count it is made of is rounded first (and a percentage's
 * denominator, also a count; a rate's is a published population), so that the rate cannot give
 * the exact count back.
 */
export function rateFigure(
  numerator: number | null,
  denominator: number | null,
  unit: FigureUnit,
  unsuppressed: boolean,
  comparators: { englandAverage?: number | null; target?: number | null } = {},
): Figure {
  const per = unit === FigureUnit.PERCENT ? 100 : 10_000;
  const shownNumerator = numerator === null ? null : shownCount(numerator, unsuppressed);
  const shownDenominator =
    denominator === null || unit !== FigureUnit.PERCENT ? denominator : shownCount(denominator, unsuppressed);
  const value =
    shownNumerator === null || !shownDenominator
      ? null
      : Math.round((shownNumerator / shownDenominator) * per * 10) / 10;
  return buildFigure(
    {
      value: numerator === null || !denominator ? null : value,
      unit,
      numerator: shownNumerator,
      denominator: shownDenominator,
      basedOn: numerator === null ? [] : [numerator],
      ...comparators,
    },
    unsuppressed,
  );
}

export interface CountCell {
  key: string;
  label: string;
  count: number | null;
}

/**
 * Cells of a count breakdown, with primary suppression (1 to 4) and complementary suppression
 * (complementary-suppression.ts, the one-dimension case: the total must not give a hidden cell
 * away, so a row and its breakdown cell always agree); the cells shown are rounded for callers who
 * see aggregates only.
 */
export function countBreakdown(cells: readonly CountCell[], unsuppressed: boolean): BreakdownCell[] {
  const figures = cells.map((c) => countFigure(c.count, unsuppressed));
  if (!unsuppressed && cells.every((c) => c.count !== null)) {
    const withheld = complementarySuppression(cells.map((c) => ({ keys: [c.key], n: c.count! })));
    withheld.forEach((reason, i) => {
      if (reason) figures[i] = withheldFigure(figures[i], reason);
    });
  }
  return cells.map((c, i) => ({ key: c.key, label: c.label, figure: figures[i] }));
}

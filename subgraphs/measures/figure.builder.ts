import { Viewer } from '../platform/identity';
import { BreakdownCell, Figure, FigureUnit } from './figure.type';

/** Smallest and largest counts withheld from callers who may only see aggregates. */
export const SMALL_NUMBER = { min: 1, max: 4 };

/**
 * Whether a viewer sees small numbers for a set of authorities: a board member for their region
 * and its members, an analyst for their own council; anyone else gets them suppressed.
 */
export function seesSmallNumbers(viewer: Viewer, authorityCodes: readonly string[], regionCode?: string): boolean {
  if (viewer.kind === 'BOARD_MEMBER')
    return regionCode === viewer.regionCode || authorityCodes.every((code) => viewer.authorityCodes.includes(code));
  if (viewer.kind === 'ANALYST') return authorityCodes.length === 1 && authorityCodes[0] === viewer.authorityCode;
  return false;
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

function isSmall(count: number): boolean {
  return count >= SMALL_NUMBER.min && count <= SMALL_NUMBER.max;
}

/** Whether a count is one withheld from callers who may only see aggregates. */
export const isSmallCount = isSmall;

/** The figure withheld, keeping its unit and comparators. */
export function withheldFigure(figure: Figure, reason: string): Figure {
  return { ...figure, value: null, numerator: null, denominator: null, suppressed: true, suppressionReason: reason };
}

export function buildFigure(input: FigureInput, unsuppressed: boolean): Figure {
  const counts = input.basedOn ?? (input.unit === FigureUnit.COUNT && input.value !== null ? [input.value] : []);
  if (input.value === null) return withheld(input, 'NO_DATA');
  if (!unsuppressed && counts.some(isSmall)) return withheld(input, 'SMALL_NUMBER');
  return {
    value: input.value,
    unit: input.unit,
    numerator: input.numerator ?? null,
    denominator: input.denominator ?? null,
    suppressed: false,
    suppressionReason: null,
    englandAverage: input.englandAverage ?? null,
    target: input.target ?? null,
  };
}

function withheld(input: FigureInput, reason: string): Figure {
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

/** numerator / denominator × per, rounded to one decimal place as DfE publishes rates. */
export function rateFigure(
  numerator: number | null,
  denominator: number | null,
  unit: FigureUnit,
  unsuppressed: boolean,
  comparators: { englandAverage?: number | null; target?: number | null } = {},
): Figure {
  const per = unit === FigureUnit.PERCENT ? 100 : 10_000;
  const value = numerator === null || !denominator ? null : Math.round((numerator / denominator) * per * 10) / 10;
  return buildFigure(
    { value, unit, numerator, denominator, basedOn: numerator === null ? [] : [numerator], ...comparators },
    unsuppressed,
  );
}

export interface CountCell {
  key: string;
  label: string;
  count: number | null;
}

/**
 * Cells of a count breakdown, with primary suppression (1 to 4) and secondary suppression: if
 * only one cell is hidden, the total would give it away, so the next smallest non-zero cell is
 * hidden too.
 */
export function countBreakdown(cells: readonly CountCell[], unsuppressed: boolean): BreakdownCell[] {
  const figures = cells.map((c) => countFigure(c.count, unsuppressed));
  const hidden = figures.filter((f) => f.suppressionReason === 'SMALL_NUMBER').length;
  if (hidden === 1) {
    let pick = -1;
    cells.forEach((c, i) => {
      if (figures[i].suppressed || !c.count) return;
      if (pick < 0 || c.count < (cells[pick].count ?? 0)) pick = i;
    });
    if (pick >= 0)
      figures[pick] = {
        ...figures[pick],
        value: null,
        numerator: null,
        denominator: null,
        suppressed: true,
        suppressionReason: 'SECONDARY',
      };
  }
  return cells.map((c, i) => ({ key: c.key, label: c.label, figure: figures[i] }));
}

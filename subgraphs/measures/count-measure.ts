import { breakdownCells, breakdownLabel, CubeRow, cubeTotal, crossTab, Dimension } from './breakdown';
import { BreakdownCell, Figure } from './figure.type';
import { countFigure, seesSmallNumbers } from './figure.builder';
import { FigureRow } from './figure-row.type';
import { loadAuthorityRows } from '../platform/authority-rows.loader';
import { FigureScope } from './figure-scope';
import { RequestContext } from '../platform/request-context';

/** The dates a figure needs records for; authorities whose records do not cover them have no data. */
export interface TimeWindow {
  from: string;
  to: string;
}

export interface CoverageSource {
  /** Authorities (of those given) whose records cover the whole window. */
  covered(context: RequestContext, authorityCodes: string[], window: TimeWindow): Promise<Set<string>>;
}

/**
 * A count measure over a scope: its total, breakdowns and flat rows, all folded from one cube
 * loaded once per request (see breakdown.ts). A scope with any authority lacking records for the
 * window gives NO_DATA figures rather than a partial sum that looks complete.
 */
export class CountMeasure<R extends CubeRow> {
  constructor(
    readonly measure: string,
    readonly scope: FigureScope,
    private readonly shape: string,
    private readonly window: TimeWindow,
    private readonly coverage: CoverageSource,
    /** Loads the cube for the authorities, grouped by the given row attributes. */
    private readonly run: (context: RequestContext, authorityCodes: string[], attributes: string[]) => Promise<R[]>,
    readonly time: { date?: string; period?: string },
    /** Narrows the loaded rows (e.g. one household type), reading `filterAttributes`. */
    private readonly filter?: (row: R) => boolean,
    private readonly filterAttributes: string[] = [],
  ) {}

  /**
   * The cube rows grouped by `attributes`, or null when some authority in scope has no records
   * for the window. One statement per distinct set of attributes per request, for all authorities.
   */
  async rows(context: RequestContext, attributes: string[] = []): Promise<R[] | null> {
    const covered = await this.coverage.covered(context, this.scope.authorityCodes, this.window);
    if (this.scope.authorityCodes.some((code) => !covered.has(code))) return null;
    const grouping = [...new Set([...attributes, ...this.filterAttributes])].sort();
    const rows = await loadAuthorityRows(context, `${this.shape}|${grouping.join(',')}`, this.scope.authorityCodes, (codes) => this.run(context, codes, grouping));
    return this.filter ? rows.filter(this.filter) : rows;
  }

  unsuppressed(context: RequestContext): boolean {
    return seesSmallNumbers(context.viewer, this.scope.authorityCodes, this.scope.regionCode);
  }

  async count(context: RequestContext): Promise<number | null> {
    const rows = await this.rows(context);
    return rows === null ? null : cubeTotal(rows);
  }

  async total(context: RequestContext): Promise<Figure> {
    return countFigure(await this.count(context), this.unsuppressed(context));
  }

  async breakdown(context: RequestContext, dimension: Dimension<R>): Promise<BreakdownCell[]> {
    const rows = await this.rows(context, dimension.attributes);
    if (rows === null) return dimension.keys().map(({ key, label }) => ({ key, label, figure: countFigure(null, false) }));
    return breakdownCells(rows, dimension, this.unsuppressed(context));
  }

  /** Flat rows per authority in scope, cross-tabulated by the dimensions (none: one total row each). */
  async flatRows(context: RequestContext, dimensions: Dimension<R>[]): Promise<FigureRow[]> {
    const rows = await this.rows(context, dimensions.flatMap((d) => d.attributes));
    const columns = dimensions.map((d) => d.column);
    const unsuppressed = this.unsuppressed(context);
    return this.scope.authorityCodes.flatMap((authorityCode) => {
      const base = { measure: this.measure, authorityCode, date: this.time.date ?? null, period: this.time.period ?? null };
      if (rows === null) return [{ ...base, breakdown: '', figure: countFigure(null, false) }];
      const own = rows.filter((r) => r.authorityCode === authorityCode);
      if (dimensions.length === 0) return [{ ...base, breakdown: '', figure: countFigure(cubeTotal(own), unsuppressed) }];
      return crossTab(own, dimensions, unsuppressed).map((line) => ({ ...base, breakdown: breakdownLabel(columns, line.keys), figure: line.figure }));
    });
  }
}

import { breakdownCells, crossTab } from '../../measures/breakdown';
import { rowData } from '../../measures/measure-figures';
import { countFigure, rateFigure, seesSmallNumbers } from '../../measures/figure.builder';
import { FigureRowData } from '../../measures/figure-row.type';
import { BreakdownCell, Figure, FigureUnit } from '../../measures/figure.type';
import { Period } from '../../../schema/vocabulary/period';
import { FigureScope } from '../../measures/figure-scope';
import { RequestContext } from '../../platform/request-context';
import { journeyCoverage } from './data/journey-coverage';
import { journeysOf } from './data/journeys.queries';
import { JourneyCubeRow, JourneyDimension, journeyDimension } from './journey-dimensions';
import { EVENT_MEASURE, happenedIn, JourneyEvent } from './journey-event';
import { Characteristic, CharacteristicFilter, hasCharacteristic, isPriority, passesFilter } from './journey-row';

export const CHARACTERISTIC_LABELS: Record<Characteristic | 'ANY', string> = {
  SIBLING_GROUP: 'Placed with brothers or sisters',
  NOT_WHITE_BRITISH: 'Ethnicity other than white British',
  AGED_5_PLUS: 'Aged 5 or over when placed',
  DISABILITY: 'Disability',
  ANY: 'Any of these (priority or "hard to place" children)',
};

/**
 * The children of a scope for whom one journey event happened in a period (e.g. adoption orders
 * in 2021-22), optionally filtered by characteristics: total, breakdowns, shares and flat rows.
 * A scope with any authority whose journeys do not cover the period gives NO_DATA.
 */
export class JourneyCount {
  constructor(
    readonly scope: FigureScope,
    readonly event: JourneyEvent,
    readonly period: Period,
    readonly filter: CharacteristicFilter,
  ) {}

  get measure(): string {
    return EVENT_MEASURE[this.event];
  }

  async children(context: RequestContext): Promise<JourneyCubeRow[] | null> {
    const covered = await journeyCoverage.covered(context, this.scope.authorityCodes, { from: this.period.start, to: this.period.end });
    if (this.scope.authorityCodes.some((code) => !covered.has(code))) return null;
    const journeys = await journeysOf(context, this.scope.authorityCodes);
    return journeys.filter((j) => happenedIn(j, this.event, this.period) && passesFilter(j, this.filter)).map((j) => ({ ...j, n: 1 }));
  }

  unsuppressed(context: RequestContext): boolean {
    return seesSmallNumbers(context.viewer, this.scope.authorityCodes, this.scope.regionCode);
  }

  async total(context: RequestContext): Promise<Figure> {
    const children = await this.children(context);
    return countFigure(children === null ? null : children.length, this.unsuppressed(context));
  }

  async breakdown(context: RequestContext, by: JourneyDimension): Promise<BreakdownCell[]> {
    const dimension = journeyDimension(by, this.event);
    const children = await this.children(context);
    if (children === null) return dimension.keys().map(({ key, label }) => ({ key, label, figure: countFigure(null, false) }));
    return breakdownCells(children, dimension, this.unsuppressed(context));
  }

  /** Each cell as a percentage of the total (suppressed where its count is). */
  async shares(context: RequestContext, by: JourneyDimension): Promise<BreakdownCell[]> {
    const children = await this.children(context);
    const cells = await this.breakdown(context, by);
    const unsuppressed = this.unsuppressed(context);
    return cells.map((cell) => ({
      ...cell,
      figure: rateFigure(cell.figure.suppressed ? null : cell.figure.value, children === null ? null : children.length, FigureUnit.PERCENT, unsuppressed),
    }));
  }

  /** One cell per characteristic, and ANY: they overlap (a child can have several), so they do not add up. */
  async characteristics(context: RequestContext): Promise<BreakdownCell[]> {
    const children = await this.children(context);
    const unsuppressed = this.unsuppressed(context);
    const count = (test: (row: JourneyCubeRow) => boolean) => (children === null ? null : children.filter(test).length);
    return [...Object.values(Characteristic), 'ANY' as const].map((key) => ({
      key,
      label: CHARACTERISTIC_LABELS[key],
      figure: countFigure(count((row) => (key === 'ANY' ? isPriority(row) : hasCharacteristic(row, key))), unsuppressed),
    }));
  }

  async flatRows(context: RequestContext, by: JourneyDimension[]): Promise<FigureRowData[]> {
    const children = await this.children(context);
    const dimensions = by.map((d) => journeyDimension(d, this.event));
    const unsuppressed = this.unsuppressed(context);
    return this.scope.authorityCodes.flatMap((authorityCode) => {
      const base = {
        measure: this.measure,
        authorityCode,
        authorityName: this.scope.names.get(authorityCode) ?? null,
        date: null,
        period: this.period.label,
        periodStart: this.period.start,
        periodEnd: this.period.end,
      };
      if (children === null) return [rowData(base, {}, countFigure(null, false))];
      const own = children.filter((r) => r.authorityCode === authorityCode);
      if (dimensions.length === 0) return [rowData(base, {}, countFigure(own.length, unsuppressed))];
      return crossTab(own, dimensions, unsuppressed).map((line) => rowData(base, Object.fromEntries(dimensions.map((d, i) => [d.column, line.keys[i]])), line.figure));
    });
  }
}

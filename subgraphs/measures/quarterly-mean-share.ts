import { badInput } from '../../schema/vocabulary/errors';
import { RequestContext } from '../platform/request-context';
import { CubeRow } from './breakdown';
import { CONFIDENTIAL, isSmallCount, rateFigure, withheldFigure } from './figure.builder';
import { Figure, FigureUnit } from './figure.type';
import { MeasureValue } from './measure';
import { unsuppressedFor } from './measure-figures';

/** The financial quarter (e.g. "2022-Q2" for July–September 2022) of a `YYYY-MM` month. */
const quarterOf = (month: string) => `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5, 7)) - 1) / 3)}`;

/**
 * The mean of each quarter's share of rows whose `by` key is `key`, over a period of whole calendar
 * quarters (April–June, July–September, …). The measure's cube must offer a `month` attribute
 * (`YYYY-MM` of each record's day). Suppressed when any quarter's part or rest is small.
 */
export async function quarterlyMeanShare(
  value: MeasureValue,
  context: RequestContext,
  by: string,
  key: string,
): Promise<Figure> {
  const period = value.time.period!;
  const [startMonth, endMonth] = [Number(period.start.slice(5, 7)), Number(period.end.slice(5, 7))];
  if (
    period.start.slice(8) !== '01' ||
    (startMonth - 1) % 3 !== 0 ||
    endMonth % 3 !== 0 ||
    !/-(30|31)$/.test(period.end)
  )
    throw badInput(
      'period',
      period.label,
      'whole quarters for a quarterly mean, e.g. "2021-22", "2021-22-Q2-Q4" or "2021-07/2022-06" (the last four quarters to June 2022)',
    );
  const dimension = value.dimension(by, {});
  const rows = await value.rows(context, [...dimension.attributes, 'month']);
  if (rows === null) return rateFigure(null, null, FigureUnit.PERCENT, false);
  const quarters = new Map<string, { part: number; whole: number }>();
  for (const row of rows as (CubeRow & { month: string })[]) {
    const q = quarters.get(quarterOf(row.month)) ?? { part: 0, whole: 0 };
    q.whole += row.n;
    if (dimension.keyOf(row) === key) q.part += row.n;
    quarters.set(quarterOf(row.month), q);
  }
  const count = Math.round((period.end.localeCompare(period.start) >= 0 ? monthsIn(period.start, period.end) : 0) / 3);
  const shares = [...quarters.values()];
  if (shares.length < count || shares.some((q) => q.whole === 0))
    return rateFigure(null, null, FigureUnit.PERCENT, false);
  const mean = shares.reduce((s, q) => s + q.part / q.whole, 0) / shares.length;
  const unsuppressed = unsuppressedFor(value, context);
  const figure = rateFigure(mean * 1_000_000, 1_000_000, FigureUnit.PERCENT, true);
  const small = shares.some((q) => isSmallCount(q.part) || isSmallCount(q.whole - q.part));
  const shown = { ...figure, numerator: null, denominator: null };
  return !unsuppressed && small ? withheldFigure(shown, CONFIDENTIAL) : shown;
}

function monthsIn(start: string, end: string): number {
  const index = (d: string) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7));
  return index(end) - index(start) + 1;
}

import { toDayNumber } from '../../schema/vocabulary/dates';
import { CubeRow } from './breakdown';

/**
 * The rows of a PERCENT measure "done within N days" (e.g. EHC plans issued within 20 weeks of
 * the request, 140 days): each row is `n` records that started on one day and ended on another;
 * `sum` is `n` when that took at most `days`, else 0. The cube groups by both days, so any limit
 * is folded in code from one statement.
 */
export function withinDays<R extends CubeRow>(
  rows: readonly R[],
  days: number,
  from: (row: R) => string,
  to: (row: R) => string,
): (R & { sum: number })[] {
  return rows.map((row) => ({ ...row, sum: toDayNumber(to(row)) - toDayNumber(from(row)) <= days ? row.n : 0 }));
}

import { parseDateArgument } from '../../schema/vocabulary/date.scalar';
import { IsoDate } from '../../schema/vocabulary/dates';
import { badInput } from '../../schema/vocabulary/errors';
import { parsePeriodArgument, Period } from '../../schema/vocabulary/period';

/** Whether a measure counts what is open at the end of a day, or what happens during a period. */
export type TimeKind = 'SNAPSHOT' | 'FLOW';

/**
 * The time a figure is about: a date for snapshots, a period for flows. `window` is the span the
 * records must cover for the figure to exist (else NO_DATA).
 */
export interface TimePoint {
  kind: TimeKind;
  /** Snapshot date, or null for flows. */
  date: IsoDate | null;
  /** Flow period, or null for snapshots. */
  period: Period | null;
  window: { from: IsoDate; to: IsoDate };
  /** A key for batching and caching: the date, or the period's first and last day. */
  key: string;
}

export function snapshotAt(date: IsoDate): TimePoint {
  return { kind: 'SNAPSHOT', date, period: null, window: { from: date, to: date }, key: date };
}

export function flowIn(period: Period): TimePoint {
  return {
    kind: 'FLOW',
    date: null,
    period,
    window: { from: period.start, to: period.end },
    key: `${period.start}|${period.end}`,
  };
}

/** The argument a measure field takes: `at` for snapshots, `period` for flows. */
export const timeArgument = (kind: TimeKind) => (kind === 'SNAPSHOT' ? 'at' : 'period');

/** Validates one time argument, naming it in any error. */
export function parseTime(kind: TimeKind, argument: string, value: string): TimePoint {
  return kind === 'SNAPSHOT'
    ? snapshotAt(parseDateArgument(argument, value))
    : flowIn(parsePeriodArgument(argument, value));
}

/** Most points a series may ask for at once (a BI pull of monthly figures over ten years fits). */
export const MAX_SERIES_POINTS = 120;

/** Validates a series argument: a non-empty list of dates or periods, each valid, no repeats. */
export function parseSeries(kind: TimeKind, argument: string, values: readonly string[]): TimePoint[] {
  const accepted = `a list of 1 to ${MAX_SERIES_POINTS} distinct ${kind === 'SNAPSHOT' ? 'dates' : 'periods'}`;
  if (values.length === 0 || values.length > MAX_SERIES_POINTS)
    throw badInput(argument, values.length > 10 ? `${values.length} values` : values, accepted);
  const repeated = values.find((v, i) => values.indexOf(v) !== i);
  if (repeated) throw badInput(argument, repeated, `${accepted} ("${repeated}" is given twice)`);
  return values.map((value) => parseTime(kind, argument, value));
}

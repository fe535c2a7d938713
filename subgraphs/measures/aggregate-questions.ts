import { GraphQLError } from 'graphql';
import { parseAgeBands } from '../../schema/vocabulary/age-bands';
import { parseHoursBands } from '../../schema/vocabulary/hours-bands';
import { RequestContext } from '../platform/request-context';
import { seesSmallNumbers } from './figure.builder';
import { TimePoint } from './time';

/**
 * What a caller who sees aggregates only may ask (DISCLOSURE.md). Rounding makes one difference of
 * two answers inexact, but many overlapping answers (every run of months, every pair of custom
 * bands) would narrow a count down to one value, so such callers get the published shapes: single
 * published periods, month-end dates, and each dimension's default bands.
 */
export const AGGREGATE_PERIOD_KINDS = ['FINANCIAL_YEAR', 'QUARTER', 'MONTH', 'ROLLING_THREE_YEARS'];

const PERIODS_ACCEPTED =
  'a financial year "2021-22", a quarter "2021-22-Q1", a month "2022-03" or a three-year window "2019-22"';

/** Band arguments: an aggregate viewer gets each dimension's default bands only. */
const BAND_ARGUMENTS: Record<string, (argument: string, labels: string[]) => unknown> = {
  ageBands: parseAgeBands,
  hoursBands: parseHoursBands,
};

function restricted(argument: string, given: unknown, accepted: string): GraphQLError {
  return new GraphQLError(
    `Argument "${argument}" has a value ${JSON.stringify(given)} that callers who see aggregates only may not ask for: expected ${accepted}. A board member's or an analyst's token lifts this for their own councils (DISCLOSURE.md).`,
    { extensions: { code: 'DISCLOSURE_RESTRICTED', argument } },
  );
}

/** Refuses a date or period outside the published shapes. */
export function assertAggregateTime(
  time: TimePoint,
  argument: string,
  given: string = time.period?.label ?? time.date!,
): void {
  if (time.kind === 'FLOW') {
    if (!AGGREGATE_PERIOD_KINDS.includes(time.period!.kind)) throw restricted(argument, given, PERIODS_ACCEPTED);
    return;
  }
  assertMonthEnd(time.date!, argument, given);
}

/** Refuses a snapshot date that is not the last day of a month. */
export function assertMonthEnd(date: string, argument: string, given: string = date): void {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  if (next.getUTCDate() !== 1) throw restricted(argument, given, 'the last day of a month, e.g. "2022-03-31"');
}

/**
 * Refuses bands of the caller's own: two band sets that overlap (["0-5"] beside DfE's ["under 1",
 * "1-4", "5-9"], or SEN2's "5-10") give cells that are sums of each other, and the rounded sums of
 * overlapping cells can close in on one of them (the attack suite found three such cells in one
 * council's starts). One fixed set per dimension leaves nothing to overlap.
 */
export function assertAggregateBands(args: Record<string, unknown>): void {
  for (const [argument, parse] of Object.entries(BAND_ARGUMENTS)) {
    const labels = args[argument];
    if (!Array.isArray(labels) || labels.length === 0) continue;
    // A malformed list is the caller's mistake first (BAD_USER_INPUT), whoever asks.
    parse(argument, labels as string[]);
    throw restricted(argument, labels, `no ${argument} argument: the default bands of the dimension`);
  }
}

/** The checks above, for a question about `authorityCodes`, unless the viewer sees them exactly. */
export function assertAggregateQuestion(
  context: RequestContext,
  authorityCodes: readonly string[],
  args: Record<string, unknown>,
  time?: { point: TimePoint; argument: string; given?: string },
): void {
  if (seesSmallNumbers(context.viewer, authorityCodes)) return;
  if (time) assertAggregateTime(time.point, time.argument, time.given);
  assertAggregateBands(args);
}

import { badInput } from './errors';
import { IsoDate, parseIsoDate } from './dates';
import { stringScalar } from './string-scalar';

const ACCEPTED = 'a calendar date written YYYY-MM-DD, e.g. "2022-03-31"';

/** `Date`: a calendar day, used for snapshots ("children in care at 31 March 2022"). */
export const DateScalar = stringScalar(
  'Date',
  'A calendar day written YYYY-MM-DD (ISO 8601), e.g. "2022-03-31". A snapshot "at" a date counts what was open at the end of that day.',
);

/** Validates a `Date` argument, naming it in the error. */
export function parseDateArgument(argument: string, value: string): IsoDate {
  if (!parseIsoDate(value)) throw badInput(argument, value, ACCEPTED);
  return value;
}

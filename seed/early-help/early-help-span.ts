import { addDays, daysInMonth, isoDate, IsoDate, toDayNumber } from '../../schema/vocabulary/dates';
import { Random } from '../shared/random';

/**
 * The span the early help records cover (coverage), and from when they are generated: episodes and
 * interventions start half a year earlier so that what is open on the first covered day is as
 * many as later, not an empty service filling up.
 */
export const RECORDS_FROM = '2019-04-01';
export const RECORDS_TO = '2023-03-31';
export const GENERATED_FROM = '2018-10-01';
/** Outside the nine councils (national scope) contacts, referrals and early help start here. */
export const NATIONAL_RECORDS_FROM = '2022-04-01';
/** The young carers services went live in April 2021 (Staffordshire's paper; assumed for all). */
export const YOUNG_CARERS_FROM = '2021-04-01';

/** The months of a span as [first day, last day]. */
export function monthsOf(from: IsoDate, to: IsoDate): [IsoDate, IsoDate][] {
  const months: [IsoDate, IsoDate][] = [];
  let [y, m] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  while (isoDate(y, m, 1) <= to) {
    months.push([isoDate(y, m, 1), isoDate(y, m, daysInMonth(y, m))]);
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
  return months;
}

/** A uniformly random day of [from, to]. */
export function dayIn(random: Random, from: IsoDate, to: IsoDate): IsoDate {
  return addDays(from, random.int(0, toDayNumber(to) - toDayNumber(from)));
}

/** A month of birth `ageYears` (and up to 11 months) before `date`: dates of birth are firsts of months. */
export function birthMonth(date: IsoDate, ageYears: number, random: Random): IsoDate {
  const index = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 - ageYears * 12 - random.int(0, 11);
  return isoDate(Math.floor(index / 12), (index % 12) + 1, 1);
}

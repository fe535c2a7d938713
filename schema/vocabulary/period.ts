import { badInput } from './errors';
import { daysInMonth, IsoDate, isoDate } from './dates';

export type PeriodKind =
  'FINANCIAL_YEAR' | 'QUARTER' | 'QUARTERS' | 'MONTH' | 'MONTHS' | 'ROLLING_THREE_YEARS' | 'YEARS';

/** A span of days, both ends inclusive, as every flow figure ("started care in 2021-22") counts. */
export interface Period {
  /**
   * As written by the caller and echoed back: `2021-22`, `2021-22-Q4`, `2021-22-Q1-Q2`, `2022-03`,
   * `2019-22`, `2018-22`.
   */
  label: string;
  kind: PeriodKind;
  start: IsoDate;
  end: IsoDate;
}

export const PERIOD_FORMS =
  'a financial year "2021-22", a quarter of one "2021-22-Q1".."2021-22-Q4" (Q1 = April to June), ' +
  'consecutive quarters of one "2021-22-Q1-Q2", a month "2022-03", a run of months "2020-01/2020-12", a three-year window "2019-22" (the three ' +
  'financial years ending 31 March 2022), or a longer run of financial years "2018-22"';

const FINANCIAL_YEAR = /^(\d{4})-(\d{2})$/;
const QUARTER = /^(\d{4})-(\d{2})-Q(\d)$/;
const QUARTERS = /^(\d{4})-(\d{2})-Q(\d)-Q(\d)$/;
const MONTHS = /^(\d{4})-(\d{2})\/(\d{4})-(\d{2})$/;

/** Parses a period label; returns undefined when it is malformed or impossible. */
export function parsePeriod(label: string): Period | undefined {
  const months = MONTHS.exec(label);
  if (months) {
    // A run of whole months, e.g. the ASGLB's rolling twelve months to a quarter's end "2020-01/2020-12".
    const [fromYear, fromMonth, toYear, toMonth] = months.slice(1).map(Number);
    if (
      fromYear < 1900 ||
      fromMonth < 1 ||
      fromMonth > 12 ||
      toMonth < 1 ||
      toMonth > 12 ||
      toYear * 12 + toMonth < fromYear * 12 + fromMonth
    )
      return undefined;
    return {
      label,
      kind: 'MONTHS',
      start: isoDate(fromYear, fromMonth, 1),
      end: isoDate(toYear, toMonth, daysInMonth(toYear, toMonth)),
    };
  }
  const range = QUARTERS.exec(label);
  if (range) {
    // Consecutive quarters of one financial year, as the boards' half-year reports use ("Q1-Q2").
    const first = parsePeriod(`${range[1]}-${range[2]}-Q${range[3]}`);
    const last = parsePeriod(`${range[1]}-${range[2]}-Q${range[4]}`);
    if (!first || !last || Number(range[4]) <= Number(range[3])) return undefined;
    return { label, kind: 'QUARTERS', start: first.start, end: last.end };
  }
  const q = QUARTER.exec(label);
  if (q) {
    const startYear = Number(q[1]);
    const quarter = Number(q[3]);
    if (!followsYear(startYear, q[2], 1) || quarter < 1 || quarter > 4) return undefined;
    // Financial quarters: Q1 Apr-Jun, Q2 Jul-Sep, Q3 Oct-Dec, Q4 Jan-Mar.
    const firstMonth = (((quarter - 1) * 3 + 3) % 12) + 1;
    const year = quarter === 4 ? startYear + 1 : startYear;
    const lastMonth = firstMonth + 2;
    return {
      label,
      kind: 'QUARTER',
      start: isoDate(year, firstMonth, 1),
      end: isoDate(year, lastMonth, daysInMonth(year, lastMonth)),
    };
  }
  const f = FINANCIAL_YEAR.exec(label);
  if (f) {
    const startYear = Number(f[1]);
    const yy = Number(f[2]);
    // A financial year or window wins over a month when both readings exist ("2011-12"); months
    // in 2000-2011 are outside any data we hold.
    if (followsYear(startYear, f[2], 1)) {
      return { label, kind: 'FINANCIAL_YEAR', start: isoDate(startYear, 4, 1), end: isoDate(startYear + 1, 3, 31) };
    }
    if (followsYear(startYear, f[2], 3)) {
      return {
        label,
        kind: 'ROLLING_THREE_YEARS',
        start: isoDate(startYear, 4, 1),
        end: isoDate(startYear + 3, 3, 31),
      };
    }
    // Four or five financial years ("2018-22"): funding agreements and five-year trends.
    for (const years of [4, 5]) {
      if (followsYear(startYear, f[2], years)) {
        return { label, kind: 'YEARS', start: isoDate(startYear, 4, 1), end: isoDate(startYear + years, 3, 31) };
      }
    }
    if (yy >= 1 && yy <= 12) {
      return {
        label,
        kind: 'MONTH',
        start: isoDate(startYear, yy, 1),
        end: isoDate(startYear, yy, daysInMonth(startYear, yy)),
      };
    }
  }
  return undefined;
}

function followsYear(startYear: number, twoDigits: string, years: number): boolean {
  return startYear >= 1900 && (startYear + years) % 100 === Number(twoDigits);
}

/** Validates a `Period` argument, naming it in the error. */
export function parsePeriodArgument(argument: string, value: string, accepted: PeriodKind[] = []): Period {
  const period = parsePeriod(value);
  if (!period) throw badInput(argument, value, PERIOD_FORMS);
  if (accepted.length > 0 && !accepted.includes(period.kind)) {
    throw badInput(argument, value, `a period of kind ${accepted.join(' or ')}`);
  }
  return period;
}

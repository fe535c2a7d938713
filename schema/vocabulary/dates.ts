/**
 * Calendar dates travel as `YYYY-MM-DD` strings end to end (database, code, API): no time zones,
 * no Date objects whose day shifts with the server's clock.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses `YYYY-MM-DD`; returns undefined unless it is a real calendar day. */
export function parseIsoDate(text: string): { year: number; month: number; day: number } | undefined {
  const m = ISO_DATE.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Days since 1970-01-01 (UTC), for date arithmetic without time zones. */
export function toDayNumber(date: IsoDate): number {
  const p = parseIsoDate(date);
  if (!p) throw new Error(`not an ISO date: ${date}`);
  return Date.UTC(p.year, p.month - 1, p.day) / 86_400_000;
}

export function fromDayNumber(dayNumber: number): IsoDate {
  const d = new Date(dayNumber * 86_400_000);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Age in completed years on `at`, the way DfE computes age at 31 March. */
export function ageInYears(dateOfBirth: IsoDate, at: IsoDate): number {
  const b = parseIsoDate(dateOfBirth)!;
  const a = parseIsoDate(at)!;
  let age = a.year - b.year;
  if (a.month < b.month || (a.month === b.month && a.day < b.day)) age -= 1;
  return age;
}

/** The year of the 31 March that ends the financial year containing `date`. */
export function financialYearEnd(date: IsoDate): number {
  const p = parseIsoDate(date)!;
  return p.month <= 3 ? p.year : p.year + 1;
}

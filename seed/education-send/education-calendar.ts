import { addDays, toDayNumber } from '../../schema/vocabulary/dates';

/**
 * The spans each kind of education record is held for (the `education_coverage` rows), and the
 * school terms the attendance records are kept by. See CALIBRATION.md, "Education and SEND".
 */
export const SPANS = {
  SCHOOL_CENSUS: { from: '2019-09-01', to: '2022-08-31' },
  SEN2: { from: '2019-01-01', to: '2022-12-31' },
  /** The roll is the fostering records' children in care, which begin in April 2020. */
  VIRTUAL_SCHOOL: { from: '2020-04-01', to: '2022-12-31' },
  /** Every PEP due, tracked for the academic year 2021/22. */
  PEP: { from: '2021-09-01', to: '2022-08-31' },
  /** The quality-assurance log of graded PEPs, kept since 2018-19. */
  PEP_QUALITY: { from: '2018-04-01', to: '2022-08-31' },
  POST16: { from: '2021-09-01', to: '2022-08-31' },
} as const;

export interface Term {
  academicYear: string;
  term: 'AUTUMN' | 'SPRING' | 'SUMMER';
  /** The academic year's first calendar year (2021 for 2021/22). */
  year: number;
  start: string;
  possible: number;
}

/** The terms of the academic years 2019/20 to 2021/22, with their possible sessions (two a day). */
export const TERMS: Term[] = [2019, 2020, 2021].flatMap((year) => {
  const academicYear = `${year}/${String(year + 1).slice(2)}`;
  return [
    { academicYear, term: 'AUTUMN' as const, year, start: `${year}-09-02`, possible: 140 },
    { academicYear, term: 'SPRING' as const, year, start: `${year + 1}-01-06`, possible: 120 },
    { academicYear, term: 'SUMMER' as const, year, start: `${year + 1}-04-20`, possible: 130 },
  ];
});

/** National curriculum year in the academic year starting in `year`: age on 31 August less 4 (Reception = 0). */
export function ncYear(dateOfBirth: string, year: number): number {
  const [y, m] = dateOfBirth.split('-').map(Number);
  return year - y - (m > 8 ? 1 : 0) - 4;
}

/** School age: Reception to Year 11. */
export const ofSchoolAge = (dateOfBirth: string, year: number) => {
  const nc = ncYear(dateOfBirth, year);
  return nc >= 0 && nc <= 11;
};

/** The academic year (its first calendar year) a day falls in. */
export function academicYearOf(day: string): number {
  const [y, m] = day.split('-').map(Number);
  return m >= 9 ? y : y - 1;
}

export const daysBetween = (from: string, to: string) => toDayNumber(to) - toDayNumber(from);

/** A day `offset` days into [from, to] (clamped). */
export function dayIn(from: string, to: string, fraction: number): string {
  return addDays(from, Math.min(daysBetween(from, to), Math.max(0, Math.floor(daysBetween(from, to) * fraction))));
}

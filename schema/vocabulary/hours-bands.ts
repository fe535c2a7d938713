import { Band, parseBands } from './bands';

/** Bands of hours of care a week, in whole hours: `from` inclusive, `to` inclusive or open-ended. */
export type HoursBand = Band;

/** The bands Staffordshire's young carers report uses (0–10, 11–30; the rest "over 30"). */
export const PAPER_HOURS_BANDS = ['0-10', '11-30', '31+'];
/**
 * The 2021 Census bands of unpaid care a week ("9 hours or less", "10 to 19", "20 to 34", "35 to 49",
 * "50 or more").
 */
export const CENSUS_2021_HOURS_BANDS = ['0-9', '10-19', '20-34', '35-49', '50+'];

export const HOURS_BAND_FORMS =
  'a list of contiguous bands of whole hours a week starting at 0, each written "A-B" (A to B hours inclusive), ' +
  '"A" or "A+" (A hours and more), at most 168, e.g. ["0-10", "11-30", "31+"] or the 2021 Census ["0-9", "10-19", "20-34", "35-49", "50+"]';

/** Parses the hours bands a caller asks for (the paper's 0–10 / 11–30 / 31+ by default). */
export function parseHoursBands(argument: string, labels: readonly string[] | undefined | null): HoursBand[] {
  return parseBands(argument, labels, PAPER_HOURS_BANDS, { forms: HOURS_BAND_FORMS, unit: 'hours', max: 168 });
}

import { Band, bandOf, parseBands } from './bands';

/** An age band in completed years: `from` inclusive, `to` inclusive or open-ended (undefined). */
export type AgeBand = Band;
export { bandOf };

/** DfE's standard bands for children looked after. */
export const DFE_AGE_BANDS = ['under 1', '1-4', '5-9', '10-15', '16+'];

/** The SEN2 return's age bands (children and young people with EHC plans, 0 to 25). */
export const SEN2_AGE_BANDS = ['0-4', '5-10', '11-15', '16-19', '20-25'];

export const AGE_BAND_FORMS =
  'a list of contiguous bands starting at age 0, each written "under 1", "A-B" (ages A to B inclusive), ' +
  '"A" (one year of age) or "A+" (A and over), e.g. ["0-5", "6-15", "16+"] or DfE\'s ["under 1", "1-4", "5-9", "10-15", "16+"]';

/**
 * Parses the age bands a caller asks for (DfE's by default): contiguous from age 0, closed with an
 * open band if needed, so that every child falls in exactly one.
 */
export function parseAgeBands(argument: string, labels: readonly string[] | undefined | null): AgeBand[] {
  return parseBands(argument, labels, DFE_AGE_BANDS, {
    forms: AGE_BAND_FORMS,
    unit: 'age',
    max: 99,
    special: (t) => (t === 'under 1' ? { label: 'under 1', from: 0, to: 0 } : undefined),
  });
}

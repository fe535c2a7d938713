import { badInput } from './errors';

/** An age band in completed years: `from` inclusive, `to` inclusive or open-ended (undefined). */
export interface AgeBand {
  label: string;
  from: number;
  to?: number;
}

/** DfE's standard bands for children looked after. */
export const DFE_AGE_BANDS = ['under 1', '1-4', '5-9', '10-15', '16+'];

export const AGE_BAND_FORMS =
  'a list of contiguous bands starting at age 0, each written "under 1", "A-B" (ages A to B inclusive), ' +
  '"A" (one year of age) or "A+" (A and over), e.g. ["0-5", "6-15", "16+"] or DfE\'s ["under 1", "1-4", "5-9", "10-15", "16+"]';

const RANGE = /^(\d{1,2})\s*[-–]\s*(\d{1,2})$/;
const SINGLE = /^(\d{1,2})$/;
const OPEN = /^(\d{1,2})\s*\+$/;

function parseBand(text: string): AgeBand | undefined {
  const t = text.trim().toLowerCase();
  if (t === 'under 1') return { label: 'under 1', from: 0, to: 0 };
  let m = RANGE.exec(t);
  if (m && Number(m[1]) <= Number(m[2]))
    return { label: `${Number(m[1])}-${Number(m[2])}`, from: Number(m[1]), to: Number(m[2]) };
  m = SINGLE.exec(t);
  if (m) return { label: String(Number(m[1])), from: Number(m[1]), to: Number(m[1]) };
  m = OPEN.exec(t);
  if (m) return { label: `${Number(m[1])}+`, from: Number(m[1]) };
  return undefined;
}

/**
 * Parses the bands a caller asks for. Bands must start at 0 and be contiguous so that every child
 * falls in exactly one; if the last band is closed, an open "N+" band is added for the rest, so
 * the cells always add up to the total.
 */
export function parseAgeBands(argument: string, labels: readonly string[] | undefined | null): AgeBand[] {
  const texts = labels && labels.length > 0 ? labels : DFE_AGE_BANDS;
  const bands: AgeBand[] = [];
  let next = 0;
  for (const text of texts) {
    const band = parseBand(text);
    if (!band) throw badInput(argument, text, AGE_BAND_FORMS);
    if (band.from !== next) throw badInput(argument, texts, `${AGE_BAND_FORMS}; "${text}" should start at age ${next}`);
    if (band.to === undefined && bands.length !== texts.length - 1) {
      throw badInput(argument, texts, `${AGE_BAND_FORMS}; an open band "${text}" must come last`);
    }
    bands.push(band);
    next = band.to === undefined ? Number.POSITIVE_INFINITY : band.to + 1;
  }
  if (Number.isFinite(next)) bands.push({ label: `${next}+`, from: next });
  return bands;
}

/** The band an age falls in (bands as returned by parseAgeBands cover every age from 0). */
export function bandOf(bands: readonly AgeBand[], age: number): AgeBand {
  for (const band of bands) {
    if (age >= band.from && (band.to === undefined || age <= band.to)) return band;
  }
  return bands[0];
}

import { badInput } from './errors';

/** A band of whole numbers (ages in years, hours a week): `from` inclusive, `to` inclusive or open-ended. */
export interface Band {
  label: string;
  from: number;
  to?: number;
}

/** What a kind of band is: the words of its errors and any special form (e.g. "under 1"). */
export interface BandKind {
  /** Every accepted form, for error messages. */
  forms: string;
  /** "age" or "hours": an error says a band "should start at <unit> N". */
  unit: string;
  /** Largest number a band may name. */
  max: number;
  special?(text: string): Band | undefined;
}

const RANGE = /^(\d{1,3})\s*[-–]\s*(\d{1,3})$/;
const SINGLE = /^(\d{1,3})$/;
const OPEN = /^(\d{1,3})\s*\+$/;

function parseBand(text: string, kind: BandKind): Band | undefined {
  const t = text.trim().toLowerCase();
  const special = kind.special?.(t);
  if (special) return special;
  let m = RANGE.exec(t);
  if (m && Number(m[1]) <= Number(m[2]) && Number(m[2]) <= kind.max)
    return { label: `${Number(m[1])}-${Number(m[2])}`, from: Number(m[1]), to: Number(m[2]) };
  m = SINGLE.exec(t);
  if (m && Number(m[1]) <= kind.max) return { label: String(Number(m[1])), from: Number(m[1]), to: Number(m[1]) };
  m = OPEN.exec(t);
  if (m && Number(m[1]) <= kind.max) return { label: `${Number(m[1])}+`, from: Number(m[1]) };
  return undefined;
}

/**
 * Parses the bands a caller asks for. Bands must start at 0 and be contiguous (no gap, no overlap)
 * so that every value falls in exactly one; if the last band is closed, an open "N+" band is added
 * for the rest, so the cells always add up to the total.
 */
export function parseBands(
  argument: string,
  labels: readonly string[] | undefined | null,
  defaults: readonly string[],
  kind: BandKind,
): Band[] {
  const texts = labels && labels.length > 0 ? labels : defaults;
  if (texts.length > 50) throw badInput(argument, `${texts.length} bands`, `at most 50 bands: ${kind.forms}`);
  const bands: Band[] = [];
  let next = 0;
  for (const text of texts) {
    const band = parseBand(String(text), kind);
    if (!band) throw badInput(argument, text, kind.forms);
    if (band.from !== next) {
      const why = band.from < next ? 'overlaps the band before it' : 'leaves a gap after the band before it';
      throw badInput(argument, texts, `${kind.forms}; "${text}" ${why}: it should start at ${kind.unit} ${next}`);
    }
    if (band.to === undefined && bands.length !== texts.length - 1) {
      throw badInput(argument, texts, `${kind.forms}; an open band "${text}" must come last`);
    }
    bands.push(band);
    next = band.to === undefined ? Number.POSITIVE_INFINITY : band.to + 1;
  }
  if (Number.isFinite(next)) bands.push({ label: `${next}+`, from: next });
  return bands;
}

/** The band a value falls in (bands as returned by parseBands cover every value from 0). */
export function bandOf(bands: readonly Band[], value: number): Band {
  for (const band of bands) {
    if (value >= band.from && (band.to === undefined || value <= band.to)) return band;
  }
  return bands[0];
}

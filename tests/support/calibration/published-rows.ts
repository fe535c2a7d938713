import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../../subgraphs/platform/project-root';

/**
 * seed/data/published-figures.csv read here, by the tests, from its own columns (see
 * /work/shared/data/README.md) — not through the seed's reader — so that a mistake in how the seed
 * reads the file cannot pass both the seed and the calibration.
 */
export interface PublishedRow {
  id: string;
  domain: string;
  measure: string;
  authority: string;
  period: string;
  value: number;
  unit: string;
  asOf: string;
  /** `name=value;…` as published. */
  breakdown: string;
  /** The breakdown's pairs. */
  parts: Map<string, string>;
}

/** RFC 4180: fields separated by commas, quoted when they hold commas or quotes ("" is a quote). */
export function parseCsvText(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
      continue;
    }
    if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      rows.push([...row, field]);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows.filter((r) => !(r.length === 1 && r[0] === ''));
}

export function readCsv(file: string): Record<string, string>[] {
  const [header, ...body] = parseCsvText(readFileSync(join(projectRoot(), 'seed', 'data', file), 'utf8'));
  return body.map((r, i) => {
    if (r.length !== header.length)
      throw new Error(`${file} line ${i + 2}: ${r.length} fields, the header has ${header.length}`);
    return Object.fromEntries(header.map((h, j) => [h, r[j]]));
  });
}

export const breakdownParts = (breakdown: string) =>
  new Map(
    breakdown
      .split(';')
      .filter(Boolean)
      .map((p) => p.split('=') as [string, string]),
  );

let cached: PublishedRow[] | undefined;

/** Every row of published-figures.csv, each value a number (a row whose value is not a number is an error). */
export function publishedRows(): PublishedRow[] {
  cached ??= readCsv('published-figures.csv').map((r) => {
    const value = Number(r.value);
    if (r.value.trim() === '' || !Number.isFinite(value))
      throw new Error(`published row ${r.id}: value "${r.value}" is not a number`);
    return {
      id: r.id,
      domain: r.domain,
      measure: r.measure,
      authority: r.authority,
      period: r.period,
      value,
      unit: r.unit,
      asOf: r.as_of,
      breakdown: r.breakdown,
      parts: breakdownParts(r.breakdown),
    };
  });
  return cached;
}

/** DfE's england-las.csv as published: one record per council, every column a string. */
export function englandLaRows(): Record<string, string>[] {
  return readCsv('england-las.csv');
}

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** A date as the papers give it: a day as given; a month ("2022-03") means its last day. */
export function dayOf(asOf: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(asOf)) return asOf;
  const m = /^(\d{4})-(\d{2})$/.exec(asOf);
  if (!m) throw new Error(`not a date or month: "${asOf}"`);
  return `${asOf}-${String(daysInMonth(Number(m[1]), Number(m[2]))).padStart(2, '0')}`;
}

/** The last day of a financial-year quarter such as `2022-23-Q1` (April–June 2022): 2022-06-30. */
export function quarterEnd(quarter: string): string {
  const m = /^(\d{4})-\d{2}-Q([1-4])$/.exec(quarter);
  if (!m) throw new Error(`not a financial-year quarter: "${quarter}"`);
  const q = Number(m[2]);
  const year = Number(m[1]) + (q === 4 ? 1 : 0);
  const month = q === 4 ? 3 : 3 + q * 3;
  return dayOf(`${year}-${String(month).padStart(2, '0')}`);
}

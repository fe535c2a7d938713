import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../subgraphs/shared/project-root';

/** Reads the copies of the published CSVs in seed/data/, independently of the seed code. */
function readCsv(file: string): Record<string, string>[] {
  const text = readFileSync(join(projectRoot(), 'seed', 'data', file), 'utf8');
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
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n') {
      row.push(field.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field || row.length) rows.push([...row, field]);
  const [header, ...body] = rows;
  return body.filter((r) => r.length === header.length).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

export interface PublishedFigure {
  id: string;
  domain: string;
  measure: string;
  authority: string;
  period: string;
  value: number;
  asOf: string;
  breakdown: string;
}

export function publishedFigures(): PublishedFigure[] {
  return readCsv('published-figures.csv').map((r) => ({
    id: r.id,
    domain: r.domain,
    measure: r.measure,
    authority: r.authority,
    period: r.period,
    value: Number(r.value),
    asOf: r.as_of,
    breakdown: r.breakdown,
  }));
}

export function englandLas(): Record<string, string>[] {
  return readCsv('england-las.csv');
}

export const PILOT_COUNCILS = ['E10000028', 'E06000051', 'E06000021', 'E06000020', 'E06000005', 'E06000001', 'E06000002', 'E06000003', 'E06000004'];

import { createHash } from 'node:crypto';
import { badParameter } from './report-error';

export type Cell = string | number | boolean | null;
export type TidyRow = Record<string, Cell>;

/** Columns that say what a row is about, first; then the dimensions; then the figure's columns. */
const LEADING = ['measure', 'authorityCode', 'authorityName', 'date', 'period', 'periodStart', 'periodEnd'];
const TRAILING = [
  'breakdown',
  'value',
  'unit',
  'numerator',
  'denominator',
  'suppressed',
  'suppressionReason',
  'englandAverage',
  'target',
];
/** Paging columns of the GraphQL rows, not part of the table. */
const DROPPED = new Set(['cursor']);

const isRow = (item: unknown): item is Record<string, unknown> =>
  typeof item === 'object' && item !== null && !Array.isArray(item) && 'measure' in item && 'authorityCode' in item;

/**
 * Every flat row in a GraphQL answer — any list of objects with `measure` and `authorityCode`
 * (the kit's `rows` fields, under any alias), in the answer's order — with its scalar columns.
 */
export function collectRows(data: unknown): TidyRow[] {
  const rows: TidyRow[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) {
      if (node.length > 0 && node.every(isRow)) {
        for (const row of node)
          rows.push(
            Object.fromEntries(
              Object.entries(row).filter(
                ([key, value]) => !DROPPED.has(key) && (value === null || typeof value !== 'object'),
              ),
            ) as TidyRow,
          );
      } else node.forEach(walk);
    } else if (typeof node === 'object' && node !== null) Object.values(node).forEach(walk);
  };
  walk(data);
  return rows;
}

/**
 * The table's columns: those the query selects of its rows (and any the rows have besides),
 * identifying ones first, dimensions next, the figure's last.
 */
export function tableColumns(declared: string[], rows: TidyRow[]): string[] {
  const seen: string[] = declared.filter((c) => !DROPPED.has(c));
  for (const row of rows) for (const key of Object.keys(row)) if (!seen.includes(key)) seen.push(key);
  const rank = (column: string) =>
    LEADING.includes(column)
      ? LEADING.indexOf(column)
      : TRAILING.includes(column)
        ? 1000 + TRAILING.indexOf(column)
        : 100 + seen.indexOf(column);
  return [...seen].sort((a, b) => rank(a) - rank(b));
}

/** Every row with every column, null where a row has none (a dimension it is not split by). */
export function fillColumns(rows: TidyRow[], columns: string[]): TidyRow[] {
  return rows.map((row) => Object.fromEntries(columns.map((c) => [c, row[c] ?? null])));
}

export const MAX_EXPORT_PAGE = 10_000;

/** A page of a report's table and where the next one starts. */
export interface TablePage {
  rows: TidyRow[];
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
}

/** What a cursor is bound to: the report and its parameters, so it cannot be used with others. */
function binding(report: string, variables: Record<string, unknown>): string {
  const sorted = Object.fromEntries(Object.entries(variables).sort(([a], [b]) => a.localeCompare(b)));
  return createHash('sha256')
    .update(JSON.stringify([report, sorted]))
    .digest('base64url')
    .slice(0, 12);
}

export function exportCursor(report: string, variables: Record<string, unknown>, index: number): string {
  return Buffer.from(`${binding(report, variables)}:${index}`).toString('base64url');
}

/**
 * `first` rows after the row `after` points at. The table is built again for each page (the
 * export keeps no state), in the same order, so a cursor holds only the row's place.
 */
export function pageOfTable(
  rows: TidyRow[],
  report: string,
  variables: Record<string, unknown>,
  search: URLSearchParams,
): TablePage {
  const firstText = search.get('first');
  const afterText = search.get('after');
  let first = rows.length;
  if (firstText !== null) {
    if (!/^\d+$/.test(firstText) || Number(firstText) < 1 || Number(firstText) > MAX_EXPORT_PAGE)
      throw badParameter('first', firstText, `a whole number of rows from 1 to ${MAX_EXPORT_PAGE}`);
    first = Number(firstText);
  }
  let start = 0;
  if (afterText !== null) {
    const [bound, index] = Buffer.from(afterText, 'base64url').toString('utf8').split(':');
    const at = Number(index);
    if (
      bound !== binding(report, variables) ||
      !Number.isSafeInteger(at) ||
      exportCursor(report, variables, at) !== afterText
    )
      throw badParameter(
        'after',
        afterText,
        'the `endCursor` of a page of this report with the same parameters (or the URL in its Link header)',
      );
    start = at + 1;
  }
  const page = rows.slice(start, start + first);
  const end = start + page.length;
  return {
    rows: page,
    totalCount: rows.length,
    hasNextPage: end < rows.length,
    endCursor: page.length > 0 ? exportCursor(report, variables, end - 1) : null,
  };
}

function csvField(value: Cell): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV: a header line of the column names, CRLF line ends, empty for null. */
export function toCsv(columns: string[], rows: TidyRow[]): string {
  const lines = [columns.map(csvField).join(','), ...rows.map((row) => columns.map((c) => csvField(row[c])).join(','))];
  return lines.join('\r\n') + '\r\n';
}

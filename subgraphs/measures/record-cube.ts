import { DataSource } from 'typeorm';
import { placeholders } from '../platform/authority-rows.loader';
import { CubeRow } from './breakdown';

/** How a raw SQL value of an attribute becomes the row's value (both drivers return 0/1 booleans). */
export type AttributeType = 'string' | 'nullable-string' | 'boolean' | 'number';

/** One attribute a cube can group by: its SQL expression and type. */
export interface CubeAttribute {
  sql: string;
  type?: AttributeType;
}

/**
 * A table of records a domain counts, as one grouped statement for many authorities at once: the
 * FROM clause (with any joins), the authority column, and every attribute a dimension may read.
 */
export interface RecordTable {
  from: string;
  authority: string;
  attributes: Record<string, CubeAttribute>;
}

/** What one statement counts: the condition, its parameters, and (default COUNT(*)) the measure. */
export interface CubeQuery {
  where: string;
  parameters: unknown[];
  /** The counted expression, e.g. `COUNT(DISTINCT r.child_id)`. */
  count?: string;
  /** Extra aggregates, e.g. `{ sum: 'SUM(x)' }`, read as numbers. */
  aggregates?: Record<string, string>;
}

function typed(value: unknown, type: AttributeType): unknown {
  if (type === 'boolean') return Number(value) === 1;
  if (type === 'number') return value == null ? null : Number(value);
  if (type === 'nullable-string') return value == null ? null : String(value);
  return String(value);
}

/**
 * Runs one grouped count over a record table, grouped by exactly `attributes` (the ones the asked-for
 * dimensions and filters read; grouped by their aliases, so an attribute may be a subquery).
 * Unknown attributes are a programming error, not user input.
 */
export async function recordCube<R extends CubeRow>(
  dataSource: DataSource,
  table: RecordTable,
  authorityCodes: readonly string[],
  attributes: readonly string[],
  query: CubeQuery,
): Promise<R[]> {
  for (const a of attributes) if (!table.attributes[a]) throw new Error(`no cube attribute "${a}" in ${table.from}`);
  const aliases = attributes.map((a) => `a_${a.toLowerCase()}`);
  const expressions = attributes.map((a, i) => `${table.attributes[a].sql} AS ${aliases[i]}`);
  const aggregates = Object.entries(query.aggregates ?? {}).map(([name, sql]) => `${sql} AS agg_${name}`);
  const rows: Record<string, unknown>[] = await dataSource.query(
    `SELECT ${table.authority} AS authority_code, ${[...expressions, `${query.count ?? 'COUNT(*)'} AS n`, ...aggregates].join(', ')}
     FROM ${table.from}
     WHERE ${table.authority} IN (${placeholders(authorityCodes)}) AND (${query.where})
     GROUP BY ${[table.authority, ...aliases].join(', ')}`,
    [...authorityCodes, ...query.parameters],
  );
  return rows.map((raw) => {
    const row: Record<string, unknown> = { authorityCode: String(raw.authority_code), n: Number(raw.n) };
    attributes.forEach((a, i) => (row[a] = typed(raw[aliases[i]], table.attributes[a].type ?? 'string')));
    for (const name of Object.keys(query.aggregates ?? {})) row[name] = Number(raw[`agg_${name}`] ?? 0);
    return row as unknown as R;
  });
}

/** Whether the data source is MySQL/MariaDB (else SQLite): for the few expressions that differ. */
export const isMysql = (dataSource: DataSource) => dataSource.options.type === 'mysql';

/** A date column's calendar month as a number (year × 12 + month), the same on both databases. */
export function monthIndexSql(dataSource: DataSource, column: string): string {
  return isMysql(dataSource)
    ? `(YEAR(${column}) * 12 + MONTH(${column}))`
    : `(CAST(substr(${column}, 1, 4) AS INTEGER) * 12 + CAST(substr(${column}, 6, 2) AS INTEGER))`;
}

/** A date column's day of the month, the same on both databases. */
export function dayOfMonthSql(dataSource: DataSource, column: string): string {
  return isMysql(dataSource) ? `DAYOFMONTH(${column})` : `CAST(substr(${column}, 9, 2) AS INTEGER)`;
}

/**
 * SQL true when the date `later` is at most `months` calendar months after `earlier` (same day of
 * the month or before), e.g. 2021-06-15 → 2022-06-15 is within 12 months, 2022-06-16 is not.
 * Written with month numbers, not date arithmetic, so SQLite and MySQL agree at month ends.
 */
export function withinMonthsSql(dataSource: DataSource, earlier: string, later: string, months: string): string {
  const gap = `(${monthIndexSql(dataSource, later)} - ${monthIndexSql(dataSource, earlier)})`;
  return `(${gap} < ${months} OR (${gap} = ${months} AND ${dayOfMonthSql(dataSource, later)} <= ${dayOfMonthSql(dataSource, earlier)}))`;
}

/**
 * A validated date as an SQL literal, for the few expressions in a SELECT list that depend on the
 * request (placeholders there would come before the WHERE clause's). Only ISO dates pass.
 */
export function dateLiteral(date: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`not an ISO date: ${date}`);
  return `'${date}'`;
}

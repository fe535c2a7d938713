import { DataSource } from 'typeorm';
import { placeholders } from '../../platform/authority-rows.loader';

/**
 * One grouped statement over a table of one council's records, for many authorities at once:
 * `columns` maps each attribute a figure may group by to its SQL expression; the rows come back
 * with exactly the attributes asked for (as strings) and the aggregates (as numbers), converted
 * here once (MySQL returns COUNT and SUM as strings).
 */
export interface GroupedQuery {
  from: string;
  /** The alias whose `authority_code` scopes the rows, e.g. `p` for `ehc_plan p`. */
  alias: string;
  where: string;
  parameters: unknown[];
  columns: Record<string, string>;
  /** Aggregate expressions by output name, e.g. `{ n: 'COUNT(*)' }`. */
  aggregates: Record<string, string>;
  /** Parameters the aggregate expressions take (before the authority codes). */
  aggregateParameters?: unknown[];
}

export async function groupedRows<R>(
  dataSource: DataSource,
  authorityCodes: string[],
  attributes: string[],
  query: GroupedQuery,
): Promise<R[]> {
  const expressions = attributes.map((a) => {
    const sql = query.columns[a];
    if (!sql) throw new Error(`no column for attribute ${a}`);
    return sql;
  });
  const select = [
    `${query.alias}.authority_code AS authority_code`,
    ...expressions.map((e, i) => `${e} AS a${i}`),
    ...Object.entries(query.aggregates).map(([name, e]) => `${e} AS ${name}`),
  ];
  const rows: Record<string, unknown>[] = await dataSource.query(
    `SELECT ${select.join(', ')} FROM ${query.from}
     WHERE ${query.alias}.authority_code IN (${placeholders(authorityCodes)}) AND ${query.where}
     GROUP BY ${[`${query.alias}.authority_code`, ...expressions].join(', ')}`,
    [...(query.aggregateParameters ?? []), ...authorityCodes, ...query.parameters],
  );
  return rows.map((raw) => {
    const row: Record<string, unknown> = { authorityCode: String(raw.authority_code) };
    attributes.forEach((a, i) => (row[a] = raw[`a${i}`] == null ? null : String(raw[`a${i}`])));
    for (const name of Object.keys(query.aggregates)) row[name] = Number(raw[name] ?? 0);
    return row as R;
  });
}

import { dateLiteral } from '../../measures/record-cube';

/**
 * The stock of children in care as a summary (table care_stock, see care-stock.entity.ts): at every
 * quarter end, the episodes open by one attribute at a time. A count at any date D is read from the
 * quarter end Q nearest to D and the episodes that started or ended between them:
 *   open(D) = open(Q) + started in (Q, D] − ended in (Q, D]   (D after Q)
 *   open(D) = open(Q) − started in (D, Q] + ended in (D, Q]   (D before Q)
 * so an England-wide count by age band reads about one row per authority and month of birth, and
 * at most six weeks of starts and ends, not every episode ever opened before D.
 */

/** What a statement is sent through: a DataSource, an EntityManager or a migration's QueryRunner. */
export interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
  connection?: { options: { type: string } };
  options?: { type: string };
}

/** The attributes the summary counts by (one at a time), with their SQL over episode e, child c and household h. */
export const STOCK_ATTRIBUTES = {
  '': "''",
  dateOfBirth: 'c.date_of_birth',
  sex: 'c.sex',
  ethnicity: 'c.ethnicity',
  uasc: 'c.uasc',
  legalStatus: 'e.legal_status',
  placementType: 'e.placement_type',
  placementProvider: 'e.placement_provider',
  categoryOfNeed: 'e.category_of_need',
  carerType: 'h.household_type',
} as const;

export type StockAttribute = keyof typeof STOCK_ATTRIBUTES;

const FROM = `care_episode e
     JOIN child c ON c.id = e.child_id
     LEFT JOIN foster_household h ON h.id = e.foster_household_id`;

function mysql(db: Queryable): boolean {
  const type = db.connection?.options.type ?? db.options?.type;
  return type === 'mysql' || type === 'mariadb';
}

/** An attribute's value as the summary stores it: text, '' for none, flags as '0'/'1'. */
function valueSql(db: Queryable, attribute: StockAttribute): string {
  const sql = STOCK_ATTRIBUTES[attribute];
  if (attribute === '') return sql;
  if (attribute === 'uasc') return `(CASE WHEN ${sql} THEN '1' ELSE '0' END)`;
  if (attribute === 'dateOfBirth' && mysql(db)) return `DATE_FORMAT(${sql}, '%Y-%m-%d')`;
  return `COALESCE(${sql}, '')`;
}

/** Every quarter end from the one on or after `from` to the one on or after `to`. */
export function quarterEnds(from: string, to: string): string[] {
  const ends: string[] = [];
  let year = Number(from.slice(0, 4));
  let quarter = Math.ceil(Number(from.slice(5, 7)) / 3);
  const last = quarterEndOf(to);
  for (;;) {
    const end = `${year}-${['03-31', '06-30', '09-30', '12-31'][quarter - 1]}`;
    ends.push(end);
    if (end >= last) return ends;
    quarter += 1;
    if (quarter > 4) [year, quarter] = [year + 1, 1];
  }
}

/** The quarter end on or after a date. */
export function quarterEndOf(date: string): string {
  const quarter = Math.ceil(Number(date.slice(5, 7)) / 3);
  return `${date.slice(0, 4)}-${['03-31', '06-30', '09-30', '12-31'][quarter - 1]}`;
}

/** The quarter end nearest to a date (the later one on a tie). */
export function nearestQuarterEnd(date: string): string {
  const after = quarterEndOf(date);
  const year = Number(after.slice(0, 4));
  const before = {
    '03-31': `${year - 1}-12-31`,
    '06-30': `${year}-03-31`,
    '09-30': `${year}-06-30`,
    '12-31': `${year}-09-30`,
  }[after.slice(5)]!;
  const days = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
  return days(date, before) < days(date, after) ? before : after;
}

/** Rows per INSERT of the rebuild: well under both databases' limits on parameters. */
const INSERT_CHUNK = 500;

/**
 * Rebuilds care_stock from the records: run in the same transaction as every write of
 * care_episode, child or foster_household (the seed's load, a fixture, a migration), so the
 * summary is never out of step with them. One authority at a time: each episode adds 1 at the
 * quarter end on or after its start and takes 1 away at the one on or after its end, and a running
 * sum over every quarter end of the records' span gives the stock at each.
 */
export async function rebuildCareStock(db: Queryable): Promise<void> {
  await db.query('DELETE FROM care_stock');
  const [span] = (await db.query(
    'SELECT MIN(start_date) AS first, MAX(start_date) AS last_start, MAX(end_date) AS last_end FROM care_episode',
  )) as Record<string, unknown>[];
  if (!span || span.first == null) return;
  const last = [span.last_start, span.last_end]
    .filter((v) => v != null)
    .map(dateText)
    .sort()
    .pop()!;
  const grid = quarterEnds(dateText(span.first), last);
  const index = new Map(grid.map((at, i) => [at, i]));
  const attributes = Object.keys(STOCK_ATTRIBUTES) as StockAttribute[];
  const authorities = (await db.query('SELECT DISTINCT authority_code FROM care_episode')) as Record<string, unknown>[];
  for (const { authority_code: code } of authorities) {
    const episodes = (await db.query(
      `SELECT e.start_date, e.end_date, ${attributes
        .filter((a) => a !== '')
        .map((a) => `${valueSql(db, a)} AS a_${a.toLowerCase()}`)
        .join(', ')}
       FROM ${FROM} WHERE e.authority_code = ?`,
      [code],
    )) as Record<string, unknown>[];
    // attribute → value → the change at each quarter end of the grid.
    const changes = new Map(attributes.map((a) => [a, new Map<string, Int32Array>()]));
    for (const episode of episodes) {
      const from = index.get(quarterEndOf(dateText(episode.start_date)))!;
      const to = episode.end_date == null ? null : index.get(quarterEndOf(dateText(episode.end_date)))!;
      for (const attribute of attributes) {
        const value = attribute === '' ? '' : String(episode[`a_${attribute.toLowerCase()}`]);
        const byValue = changes.get(attribute)!;
        let deltas = byValue.get(value);
        if (!deltas) byValue.set(value, (deltas = new Int32Array(grid.length)));
        deltas[from] += 1;
        if (to !== null) deltas[to] -= 1;
      }
    }
    const rows: unknown[][] = [];
    for (const [attribute, byValue] of changes)
      for (const [value, deltas] of byValue) {
        let n = 0;
        deltas.forEach((delta, i) => {
          n += delta;
          if (n !== 0) rows.push([attribute, grid[i], String(code), value, n]);
        });
      }
    for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
      const chunk = rows.slice(i, i + INSERT_CHUNK);
      await db.query(
        `INSERT INTO care_stock (attribute, at, authority_code, value, n) VALUES ${chunk.map(() => '(?, ?, ?, ?, ?)').join(', ')}`,
        chunk.flat(),
      );
    }
  }
}

function dateText(value: unknown): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);
}

/** One group of the stock: the attribute's value as stored, and its count. */
export interface StockRow {
  authorityCode: string;
  value: string;
  n: number;
}

/**
 * Completed years at `at` of a date of birth held as text (the same rule as ageInYears): children
 * of one age at `at` are one group, whatever their month of birth.
 */
function ageAtSql(db: Queryable, at: string, column: string): string {
  const date = dateLiteral(at).slice(1, -1);
  const year = `CAST(SUBSTR(${column}, 1, 4) AS ${mysql(db) ? 'SIGNED' : 'INTEGER'})`;
  return `(${Number(date.slice(0, 4))} - ${year} - CASE WHEN SUBSTR(${column}, 6, 5) > '${date.slice(5)}' THEN 1 ELSE 0 END)`;
}

/**
 * Episodes open at the end of `at` for each authority, by one attribute (or none: ''), in one
 * statement: the summary at the nearest quarter end it holds, and the episodes between. By date
 * of birth, the children of one completed age at `at` come as one row, under the earliest date
 * of birth among them (any of them gives that age at `at`): an England-wide count by age band is
 * about twenty rows a council, not one per month of birth.
 */
export async function stockAt(
  db: Queryable,
  authorityCodes: readonly string[],
  at: string,
  attribute: StockAttribute,
): Promise<StockRow[]> {
  const marks = authorityCodes.map(() => '?').join(', ');
  const value = valueSql(db, attribute);
  const quarter = nearestQuarterEnd(at);
  // The nearest quarter end the summary holds: past its last one (a later date) the last; before
  // its first, the quarter itself (nothing was open, and no row says so).
  const checkpoint = `(SELECT COALESCE((SELECT MAX(at) FROM care_stock WHERE attribute = '' AND at <= ${dateLiteral(quarter)}), ${dateLiteral(quarter)}))`;
  // Only the joins the attribute reads: most splits need the episode alone.
  const sql = STOCK_ATTRIBUTES[attribute];
  const from = `care_episode e${sql.startsWith('c.') ? ' JOIN child c ON c.id = e.child_id' : ''}${
    sql.startsWith('h.') ? ' LEFT JOIN foster_household h ON h.id = e.foster_household_id' : ''
  }`;
  const between = (column: string, sign: number, forward: boolean) =>
    `SELECT e.authority_code, ${value} AS value, ${sign} AS n FROM ${from}
     WHERE e.authority_code IN (${marks}) AND ${
       forward ? `${column} > ${checkpoint} AND ${column} <= ?` : `${column} > ? AND ${column} <= ${checkpoint}`
     }`;
  const rows = (await db.query(
    `SELECT authority_code, ${attribute === 'dateOfBirth' ? 'MIN(value)' : 'value'} AS value, SUM(n) AS n FROM (
       SELECT s.authority_code, s.value, s.n FROM care_stock s
       WHERE s.attribute = '${attribute}' AND s.at = ${checkpoint} AND s.authority_code IN (${marks})
       UNION ALL ${between('e.start_date', 1, true)}
       UNION ALL ${between('e.end_date', -1, true)}
       UNION ALL ${between('e.start_date', -1, false)}
       UNION ALL ${between('e.end_date', 1, false)}
     ) stock GROUP BY authority_code, ${attribute === 'dateOfBirth' ? ageAtSql(db, at, 'value') : 'value'} HAVING SUM(n) <> 0`,
    [
      ...authorityCodes,
      ...[...authorityCodes, at],
      ...[...authorityCodes, at],
      ...[...authorityCodes, at],
      ...[...authorityCodes, at],
    ],
  )) as Record<string, unknown>[];
  return rows.map((raw) => ({ authorityCode: String(raw.authority_code), value: String(raw.value), n: Number(raw.n) }));
}

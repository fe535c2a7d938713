import { daysInMonth, isoDate } from '../../schema/vocabulary/dates';
import { placeholders } from '../platform/authority-rows.loader';
import { RequestContext } from '../platform/request-context';

const TABLE_NAME = /^[a-z][a-z0-9_]*$/;

/**
 * Which authorities hold records for a whole window, from the subgraph's `authority_coverage`
 * table (see coverage.entity.ts): one statement per request for every authority asked about.
 * A figure over any authority without records is NO_DATA, never a zero that looks real. With
 * `recordsTable` (the table the measure counts), an authority must also hold at least one row
 * there: coverage left behind by records emptied or never loaded is NO_DATA too, not zeros.
 * Every table asked about at one level of the query is checked in the same statement.
 */
export async function coveredAuthorities(
  context: RequestContext,
  authorityCodes: readonly string[],
  window: { from: string; to: string },
  recordsTable?: string,
): Promise<Set<string>> {
  return coveredBy(authorityCodes, await authoritySpans(context, authorityCodes, recordsTable), window);
}

/** The authorities whose span holds the whole window. */
function coveredBy(codes: readonly string[], spans: (TimeWindow | null)[], window: TimeWindow): Set<string> {
  return new Set(codes.filter((_, i) => spans[i] && spans[i]!.from <= window.from && window.to <= spans[i]!.to));
}

/** Each authority's span of records in `authority_coverage` (null: none, or no rows left in `recordsTable`). */
export async function authoritySpans(
  context: RequestContext,
  authorityCodes: readonly string[],
  recordsTable?: string,
): Promise<(TimeWindow | null)[]> {
  if (recordsTable !== undefined && !TABLE_NAME.test(recordsTable))
    throw new Error(`recordsTable "${recordsTable}" is not a table name`);
  type Key = { code: string; table: string };
  const loader = context.loader<Key, { from: string; to: string } | null>(
    'authority-coverage',
    async (keys) => {
      const codes = [...new Set(keys.map((k) => k.code))];
      const tables = [...new Set(keys.map((k) => k.table).filter(Boolean))];
      const held = tables.map(
        (table, i) => `, EXISTS (SELECT 1 FROM ${table} r WHERE r.authority_code = c.authority_code) AS held_${i}`,
      );
      const rows: Record<string, unknown>[] = await context.dataSource.query(
        `SELECT c.authority_code, c.records_from, c.records_to${held.join('')} FROM authority_coverage c WHERE c.authority_code IN (${placeholders(codes)})`,
        codes,
      );
      const byCode = new Map(rows.map((r) => [String(r.authority_code), r]));
      return keys.map(({ code, table }) => {
        const row = byCode.get(code);
        if (!row) return null;
        if (table && !Number(row[`held_${tables.indexOf(table)}`])) return null;
        return { from: String(row.records_from), to: String(row.records_to) };
      });
    },
    (key) => `${key.code}|${key.table}`,
  );
  const spans = await loader.loadMany(authorityCodes.map((code) => ({ code, table: recordsTable ?? '' })));
  return spans.map((span) => {
    if (span instanceof Error) throw span;
    return span;
  });
}

/** The span a figure needs records for. */
export interface TimeWindow {
  from: string;
  to: string;
}

/** A domain's own coverage table, for areas whose coverage differs from the subgraph's (see adoption). */
export interface CoverageSource {
  /**
   * Authorities (of those given) whose records cover the whole window; `args` are the field's
   * options, for a source whose records depend on them (e.g. a cohort of children in care).
   */
  covered(
    context: RequestContext,
    authorityCodes: string[],
    window: TimeWindow,
    args?: Record<string, unknown>,
  ): Promise<Set<string>>;
  /**
   * Each authority's span of records (null: none), for the coverage fields: a window inside it
   * is covered. Sources without it answer those fields with no span.
   */
  spans?(
    context: RequestContext,
    authorityCodes: string[],
    args?: Record<string, unknown>,
  ): Promise<(TimeWindow | null)[]>;
}

/** The same day `months` months later (or earlier), on the month's last day if it is shorter. */
function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return isoDate(year, month, Math.min(d, daysInMonth(year, month)));
}

/**
 * Coverage of one kind of record from the subgraph's `record_coverage` table (see
 * record-coverage.entity.ts), where the authority must also still hold a row of `table` (the table
 * the measure counts: coverage left behind by emptied records is NO_DATA, not zeros). One
 * statement per request for every kind, table and authority asked about at one level.
 */
export function recordCoverage(
  records: string,
  table: string,
  /** Months of earlier records a figure reads besides its window (e.g. a re-referral window). */
  lookBackMonths?: (args: Record<string, unknown>) => number,
): CoverageSource {
  if (!TABLE_NAME.test(table)) throw new Error(`"${table}" is not a table name`);
  const spans = async (context: RequestContext, authorityCodes: readonly string[]) => {
    type Key = { records: string; table: string; code: string };
    const loader = context.loader<Key, { from: string; to: string } | null>(
      'record-coverage',
      async (keys) => {
        const codes = [...new Set(keys.map((k) => k.code))];
        const tables = [...new Set(keys.map((k) => k.table))];
        const held = tables.map(
          (t, i) => `, EXISTS (SELECT 1 FROM ${t} r WHERE r.authority_code = c.authority_code) AS held_${i}`,
        );
        const rows: Record<string, unknown>[] = await context.dataSource.query(
          `SELECT c.authority_code, c.records, c.records_from, c.records_to${held.join('')} FROM record_coverage c WHERE c.authority_code IN (${placeholders(codes)})`,
          codes,
        );
        return keys.map((key) => {
          const row = rows.find((r) => String(r.authority_code) === key.code && String(r.records) === key.records);
          if (!row || !Number(row[`held_${tables.indexOf(key.table)}`])) return null;
          return { from: String(row.records_from), to: String(row.records_to) };
        });
      },
      (key) => `${key.records}|${key.table}|${key.code}`,
    );
    const found = await loader.loadMany(authorityCodes.map((code) => ({ records, table, code })));
    return found.map((span) => {
      if (span instanceof Error) throw span;
      return span;
    });
  };
  return {
    async covered(context, authorityCodes, asked, args = {}) {
      const window = lookBackMonths ? { ...asked, from: addMonths(asked.from, -lookBackMonths(args)) } : asked;
      return coveredBy(authorityCodes, await spans(context, authorityCodes), window);
    },
    // A figure reading earlier records besides its window starts that much after the records do.
    async spans(context, authorityCodes, args = {}) {
      const months = lookBackMonths?.(args) ?? 0;
      return (await spans(context, authorityCodes)).map((span) =>
        span && months ? { ...span, from: addMonths(span.from, months) } : span,
      );
    },
  };
}

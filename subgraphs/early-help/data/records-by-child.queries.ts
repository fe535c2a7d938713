import { placeholders } from '../../platform/authority-rows.loader';
import { RequestContext } from '../../platform/request-context';

/** The early help subgraph's record tables that hold a child id, and their order. */
export type ChildTable = 'contact' | 'early_help_episode' | 'edge_of_care_intervention' | 'young_carer';

const ORDER: Record<ChildTable, string> = {
  contact: 'contact_date',
  early_help_episode: 'start_date',
  edge_of_care_intervention: 'start_date',
  young_carer: 'start_date',
};

const camel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** Typed values: both drivers give booleans as 0/1 and dates as ISO strings (DATE columns). */
function toRecord(raw: Record<string, unknown>): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(raw)) {
    const key = camel(column);
    record[key] = ['knownToSchool', 'peerSupportOffered', 'breakOffered'].includes(key)
      ? Number(value) === 1
      : key === 'hoursPerWeek'
        ? Number(value)
        : value;
  }
  return record;
}

/**
 * A child's records of one table, oldest first; all children asked about in a request share one
 * statement per table.
 */
export function recordsOfChild(
  context: RequestContext,
  table: ChildTable,
  childId: string,
): Promise<Record<string, unknown>[]> {
  const loader = context.loader<string, Record<string, unknown>[]>(`early-help-records|${table}`, async (ids) => {
    const rows: Record<string, unknown>[] = await context.dataSource.query(
      `SELECT * FROM ${table} WHERE child_id IN (${placeholders([...ids])}) ORDER BY ${ORDER[table]}, id`,
      [...ids],
    );
    const records = rows.map(toRecord);
    return ids.map((id) => records.filter((r) => r.childId === id));
  });
  return loader.load(childId);
}

import { DataSource } from 'typeorm';
import { placeholders } from '../../platform/authority-rows.loader';

export interface CoverageRow {
  authorityCode: string;
  recordsFrom: string;
  recordsTo: string;
}

/** The span of time each authority's records cover (none: no records held). */
export async function authorityCoverage(dataSource: DataSource, authorityCodes: string[]): Promise<CoverageRow[]> {
  const rows: Record<string, unknown>[] = await dataSource.query(
    `SELECT authority_code, records_from, records_to FROM authority_coverage WHERE authority_code IN (${placeholders(authorityCodes)})`,
    authorityCodes,
  );
  return rows.map((raw) => ({ authorityCode: String(raw.authority_code), recordsFrom: String(raw.records_from), recordsTo: String(raw.records_to) }));
}

import { DataSource } from 'typeorm';
import { IsoDate } from '../../../schema/vocabulary/dates';
import { placeholders } from '../../platform/authority-rows.loader';
import { RequestContext } from '../../platform/request-context';
import { CubeRow } from '../../measures/breakdown';
import { CoverageSource } from '../../measures/coverage';
import { recordCube, RecordTable } from '../../measures/record-cube';

/** Contracts (or funders' contributions) in force: `n` of them, `sum` their pounds a year. */
export interface ContractRow extends CubeRow {
  sum: number;
  funder?: string;
  /** The share of the contract's value printed beside a contribution (summed over the rows: one contract). */
  publishedShare?: number;
}

const IN_FORCE = 'c.start_date <= ? AND c.end_date >= ?';

const CONTRACTS: RecordTable = {
  from: 'commissioning_contract c',
  authority: 'c.area_code',
  attributes: {},
};

const FUNDING: RecordTable = {
  from: 'contract_funding f JOIN commissioning_contract c ON c.id = f.contract_id',
  authority: 'c.area_code',
  attributes: { funder: { sql: 'f.funder' } },
};

/** Contracts in force at the end of `at`, and their annual value. */
export function contractsAt(dataSource: DataSource, areaCodes: string[], at: IsoDate, attributes: string[]) {
  return recordCube<ContractRow>(dataSource, CONTRACTS, areaCodes, attributes, {
    where: IN_FORCE,
    parameters: [at, at],
    aggregates: { sum: 'SUM(c.annual_value)' },
  });
}

/** Funders' annual contributions to the contracts in force at `at`, with the shares printed beside them. */
export function fundingAt(dataSource: DataSource, areaCodes: string[], at: IsoDate, attributes: string[]) {
  return recordCube<ContractRow>(dataSource, FUNDING, areaCodes, attributes, {
    where: IN_FORCE,
    parameters: [at, at],
    aggregates: {
      sum: 'SUM(f.annual_amount)',
      publishedShare: 'SUM(f.published_share_pct)',
    },
  });
}

/**
 * The contracts' coverage: an area holds contract records for a date when a contract of its was in
 * force then (else NO_DATA, not £0). One statement per request for every area asked about.
 */
export const contractCoverage: CoverageSource = {
  async covered(context: RequestContext, codes: string[], window: { from: string; to: string }) {
    const loader = context.loader<string, { from: string; to: string } | null>('contract-coverage', async (keys) => {
      const rows: Record<string, unknown>[] = await context.dataSource.query(
        `SELECT c.area_code, MIN(c.start_date) AS first_day, MAX(c.end_date) AS last_day
         FROM commissioning_contract c WHERE c.area_code IN (${placeholders(keys)}) GROUP BY c.area_code`,
        [...keys],
      );
      return keys.map((code) => {
        const row = rows.find((r) => String(r.area_code) === code);
        return row ? { from: isoOf(row.first_day), to: isoOf(row.last_day) } : null;
      });
    });
    const spans = await loader.loadMany(codes);
    return new Set(
      codes.filter((_, i) => {
        const span = spans[i];
        if (span instanceof Error) throw span;
        return span !== null && span.from <= window.from && window.to <= span.to;
      }),
    );
  },
};

/** A DATE as YYYY-MM-DD whichever driver read it (MySQL may return a Date). */
function isoOf(value: unknown): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);
}

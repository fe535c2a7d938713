import { DataSource } from 'typeorm';
import { Period } from '../../../schema/vocabulary/period';
import { placeholders } from '../../platform/authority-rows.loader';

/**
 * An agency's education support cases open at some time in a period, by agency (and, asked for,
 * whether the child was on the SEN register before): how many, and how many had each outcome.
 */
export interface EducationSupportRow {
  authorityCode: string;
  priorSenRegister?: string;
  cases: number;
  changedProvision: number;
  addedToSenRegister: number;
  schoolRefusalResolved: number;
  ehcpSecured: number;
}

const flag = (column: string) => `SUM(CASE WHEN c.${column} THEN 1 ELSE 0 END)`;

export async function educationSupportIn(
  ds: DataSource,
  agencyCodes: string[],
  period: Period,
  byPriorSenRegister: boolean,
): Promise<EducationSupportRow[]> {
  const prior = "CASE WHEN c.on_sen_register_before THEN 'YES' ELSE 'NO' END";
  const rows: Record<string, unknown>[] = await ds.query(
    `SELECT c.agency_code${byPriorSenRegister ? `, ${prior} AS prior` : ''}, COUNT(*) AS cases,
       ${flag('changed_provision')} AS changed, ${flag('added_to_sen_register')} AS added,
       ${flag('school_refusal_resolved')} AS refusal, ${flag('ehcp_secured')} AS ehcp
     FROM education_support_case c
     WHERE c.agency_code IN (${placeholders(agencyCodes)}) AND c.opened_on <= ? AND (c.closed_on IS NULL OR c.closed_on >= ?)
     GROUP BY c.agency_code${byPriorSenRegister ? `, ${prior}` : ''}`,
    [...agencyCodes, period.end, period.start],
  );
  return rows.map((r) => ({
    authorityCode: String(r.agency_code),
    ...(byPriorSenRegister ? { priorSenRegister: String(r.prior) } : {}),
    cases: Number(r.cases),
    changedProvision: Number(r.changed ?? 0),
    addedToSenRegister: Number(r.added ?? 0),
    schoolRefusalResolved: Number(r.refusal ?? 0),
    ehcpSecured: Number(r.ehcp ?? 0),
  }));
}

/** Schools an agency trained in the period (each school once, however many sessions). */
export async function schoolsTrainedIn(
  ds: DataSource,
  agencyCodes: string[],
  period: Period,
): Promise<{ authorityCode: string; n: number }[]> {
  const rows: Record<string, unknown>[] = await ds.query(
    `SELECT agency_code, COUNT(DISTINCT school_id) AS n FROM school_training
     WHERE agency_code IN (${placeholders(agencyCodes)}) AND delivered_on BETWEEN ? AND ? GROUP BY agency_code`,
    [...agencyCodes, period.start, period.end],
  );
  return rows.map((r) => ({ authorityCode: String(r.agency_code), n: Number(r.n) }));
}

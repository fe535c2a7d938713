import { DataSource } from 'typeorm';
import { Period } from '../../../schema/vocabulary/period';
import { placeholders } from '../../shared/authority-rows.loader';

/** A group of children in care sharing every attribute a breakdown can use. */
export interface CareRow {
  authorityCode: string;
  dateOfBirth: string;
  sex: string;
  ethnicity: string;
  uasc: boolean;
  legalStatus: string;
  placementType: string;
  placementProvider: string;
  categoryOfNeed: string;
  /** Type of the council's own foster household the child lives with, or null. */
  carerType: string | null;
  /** For flows: the day of the event (start or end of care), for age at the event. */
  eventDate: string | null;
  /** For ceasing care: SSDA903 reason. */
  reasonCeased: string | null;
  n: number;
}

const ATTRIBUTES = `c.date_of_birth, c.sex, c.ethnicity, c.uasc, e.legal_status, e.placement_type, e.placement_provider, e.category_of_need, h.household_type`;

const FROM = `FROM care_episode e
  JOIN child c ON c.id = e.child_id
  LEFT JOIN foster_household h ON h.id = e.foster_household_id`;

// The one place raw values become numbers, booleans and strings: MySQL returns COUNT as a
// string or bigint and booleans as 0/1, SQLite returns 0/1 too.
function toCareRow(raw: Record<string, unknown>): CareRow {
  return {
    authorityCode: String(raw.authority_code),
    dateOfBirth: String(raw.date_of_birth),
    sex: String(raw.sex),
    ethnicity: String(raw.ethnicity),
    uasc: Number(raw.uasc) === 1,
    legalStatus: String(raw.legal_status),
    placementType: String(raw.placement_type),
    placementProvider: String(raw.placement_provider),
    categoryOfNeed: String(raw.category_of_need),
    carerType: raw.household_type == null ? null : String(raw.household_type),
    eventDate: raw.event_date == null ? null : String(raw.event_date),
    reasonCeased: raw.reason_ceased == null ? null : String(raw.reason_ceased),
    n: Number(raw.n),
  };
}

/** Children in care at the end of `at`: their open episodes, grouped by every attribute. */
export async function childrenInCareAt(dataSource: DataSource, authorityCodes: string[], at: string): Promise<CareRow[]> {
  const rows: Record<string, unknown>[] = await dataSource.query(
    `SELECT e.authority_code, ${ATTRIBUTES}, COUNT(*) AS n ${FROM}
     WHERE e.authority_code IN (${placeholders(authorityCodes)})
       AND e.start_date <= ? AND (e.end_date IS NULL OR e.end_date > ?)
     GROUP BY e.authority_code, ${ATTRIBUTES}`,
    [...authorityCodes, at, at],
  );
  return rows.map(toCareRow);
}

/** Periods of care that started in the period (first episode, reason for new episode S). */
export async function childrenStartingCare(dataSource: DataSource, authorityCodes: string[], period: Period): Promise<CareRow[]> {
  const rows: Record<string, unknown>[] = await dataSource.query(
    `SELECT e.authority_code, ${ATTRIBUTES}, e.start_date AS event_date, COUNT(*) AS n ${FROM}
     WHERE e.authority_code IN (${placeholders(authorityCodes)})
       AND e.reason_new_episode = 'S' AND e.start_date BETWEEN ? AND ?
     GROUP BY e.authority_code, ${ATTRIBUTES}, e.start_date`,
    [...authorityCodes, period.start, period.end],
  );
  return rows.map(toCareRow);
}

/** Periods of care that ended in the period (an episode ceasing for any reason but X1). */
export async function childrenCeasingCare(dataSource: DataSource, authorityCodes: string[], period: Period): Promise<CareRow[]> {
  const rows: Record<string, unknown>[] = await dataSource.query(
    `SELECT e.authority_code, ${ATTRIBUTES}, e.end_date AS event_date, e.reason_ceased, COUNT(*) AS n ${FROM}
     WHERE e.authority_code IN (${placeholders(authorityCodes)})
       AND e.reason_ceased IS NOT NULL AND e.reason_ceased <> 'X1' AND e.end_date BETWEEN ? AND ?
     GROUP BY e.authority_code, ${ATTRIBUTES}, e.end_date, e.reason_ceased`,
    [...authorityCodes, period.start, period.end],
  );
  return rows.map(toCareRow);
}

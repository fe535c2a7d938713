import { DataSource } from 'typeorm';
import { Period } from '../../../schema/vocabulary/period';
import { placeholders } from '../../shared/authority-rows.loader';

/** A group of the council's own foster households sharing type (and, for de-registrations, reason). */
export interface HouseholdRow {
  authorityCode: string;
  householdType: string;
  reason: string | null;
  n: number;
}

function toHouseholdRow(raw: Record<string, unknown>): HouseholdRow {
  return {
    authorityCode: String(raw.authority_code),
    householdType: String(raw.household_type),
    reason: raw.reason == null ? null : String(raw.reason),
    n: Number(raw.n),
  };
}

/** Households approved and not de-registered at the end of `at`. */
export async function fosterHouseholdsAt(dataSource: DataSource, authorityCodes: string[], at: string): Promise<HouseholdRow[]> {
  const rows: Record<string, unknown>[] = await dataSource.query(
    `SELECT authority_code, household_type, NULL AS reason, COUNT(*) AS n FROM foster_household
     WHERE authority_code IN (${placeholders(authorityCodes)})
       AND approved_on <= ? AND (deregistered_on IS NULL OR deregistered_on > ?)
     GROUP BY authority_code, household_type`,
    [...authorityCodes, at, at],
  );
  return rows.map(toHouseholdRow);
}

/** Households approved in the period. */
export async function fosterHouseholdApprovals(dataSource: DataSource, authorityCodes: string[], period: Period): Promise<HouseholdRow[]> {
  const rows: Record<string, unknown>[] = await dataSource.query(
    `SELECT authority_code, household_type, NULL AS reason, COUNT(*) AS n FROM foster_household
     WHERE authority_code IN (${placeholders(authorityCodes)}) AND approved_on BETWEEN ? AND ?
     GROUP BY authority_code, household_type`,
    [...authorityCodes, period.start, period.end],
  );
  return rows.map(toHouseholdRow);
}

/** Households de-registered in the period, by reason. */
export async function fosterHouseholdDeregistrations(dataSource: DataSource, authorityCodes: string[], period: Period): Promise<HouseholdRow[]> {
  const rows: Record<string, unknown>[] = await dataSource.query(
    `SELECT authority_code, household_type, deregistration_reason AS reason, COUNT(*) AS n FROM foster_household
     WHERE authority_code IN (${placeholders(authorityCodes)}) AND deregistered_on BETWEEN ? AND ?
     GROUP BY authority_code, household_type, deregistration_reason`,
    [...authorityCodes, period.start, period.end],
  );
  return rows.map(toHouseholdRow);
}

/**
 * Children newly placed with the council's own foster households in the period: distinct
 * children with an episode starting in the period with one of its households, where the previous
 * episode (ending that day) was not with the same household.
 */
export async function childrenPlacedWithFosterCarers(dataSource: DataSource, authorityCodes: string[], period: Period): Promise<HouseholdRow[]> {
  const rows: Record<string, unknown>[] = await dataSource.query(
    `SELECT e.authority_code, h.household_type, NULL AS reason, COUNT(DISTINCT e.child_id) AS n
     FROM care_episode e
     JOIN foster_household h ON h.id = e.foster_household_id
     LEFT JOIN care_episode p ON p.child_id = e.child_id AND p.end_date = e.start_date AND p.id <> e.id
     WHERE e.authority_code IN (${placeholders(authorityCodes)}) AND e.start_date BETWEEN ? AND ?
       AND (p.foster_household_id IS NULL OR p.foster_household_id <> e.foster_household_id)
     GROUP BY e.authority_code, h.household_type`,
    [...authorityCodes, period.start, period.end],
  );
  return rows.map(toHouseholdRow);
}

import { DataSource } from 'typeorm';
import { Period } from '../../../schema/vocabulary/period';
import { placeholders } from '../../platform/authority-rows.loader';

/** A group of the council's own foster households (or of children placed with them), by the attributes asked for. */
export interface HouseholdRow {
  authorityCode: string;
  householdType?: string;
  reason?: string | null;
  n: number;
}

/** The SQL expression of each attribute in a query over households aliased `h`. */
const COLUMNS: Record<string, string> = { householdType: 'h.household_type', reason: 'h.deregistration_reason' };

async function households(
  dataSource: DataSource,
  authorityCodes: string[],
  attributes: string[],
  from: string,
  where: string,
  parameters: unknown[],
  count = 'COUNT(*)',
): Promise<HouseholdRow[]> {
  const chosen = attributes.filter((a) => COLUMNS[a]);
  const rows: Record<string, unknown>[] = await dataSource.query(
    `SELECT h.authority_code${chosen.map((a) => `, ${COLUMNS[a]} AS ${a.toLowerCase()}`).join('')}, ${count} AS n
     ${from}
     WHERE h.authority_code IN (${placeholders(authorityCodes)}) AND ${where}
     GROUP BY ${['h.authority_code', ...chosen.map((a) => COLUMNS[a])].join(', ')}`,
    [...authorityCodes, ...parameters],
  );
  return rows.map((raw) => {
    const row: HouseholdRow = { authorityCode: String(raw.authority_code), n: Number(raw.n) };
    if (chosen.includes('householdType')) row.householdType = String(raw.householdtype);
    if (chosen.includes('reason')) row.reason = raw.reason == null ? null : String(raw.reason);
    return row;
  });
}

/** Households approved and not de-registered at the end of `at`. */
export function fosterHouseholdsAt(
  dataSource: DataSource,
  authorityCodes: string[],
  at: string,
  attributes: string[] = [],
): Promise<HouseholdRow[]> {
  return households(
    dataSource,
    authorityCodes,
    attributes,
    'FROM foster_household h',
    'h.approved_on <= ? AND (h.deregistered_on IS NULL OR h.deregistered_on > ?)',
    [at, at],
  );
}

/** Households approved in the period. */
export function fosterHouseholdApprovals(
  dataSource: DataSource,
  authorityCodes: string[],
  period: Period,
  attributes: string[] = [],
): Promise<HouseholdRow[]> {
  return households(
    dataSource,
    authorityCodes,
    attributes,
    'FROM foster_household h',
    'h.approved_on BETWEEN ? AND ?',
    [period.start, period.end],
  );
}

/** Households de-registered in the period. */
export function fosterHouseholdDeregistrations(
  dataSource: DataSource,
  authorityCodes: string[],
  period: Period,
  attributes: string[] = [],
): Promise<HouseholdRow[]> {
  return households(
    dataSource,
    authorityCodes,
    attributes,
    'FROM foster_household h',
    'h.deregistered_on BETWEEN ? AND ?',
    [period.start, period.end],
  );
}

/**
 * Children newly placed with the council's own foster households in the period: distinct
 * children with an episode starting in the period with one of its households, where the previous
 * episode (ending that day) was not with the same household.
 */
export function childrenPlacedWithFosterCarers(
  dataSource: DataSource,
  authorityCodes: string[],
  period: Period,
  attributes: string[] = [],
): Promise<HouseholdRow[]> {
  return households(
    dataSource,
    authorityCodes,
    attributes.filter((a) => a !== 'reason'),
    `FROM care_episode e
     JOIN foster_household h ON h.id = e.foster_household_id
     LEFT JOIN care_episode p ON p.child_id = e.child_id AND p.end_date = e.start_date AND p.id <> e.id`,
    'e.start_date BETWEEN ? AND ? AND (p.foster_household_id IS NULL OR p.foster_household_id <> e.foster_household_id)',
    [period.start, period.end],
    'COUNT(DISTINCT e.child_id)',
  );
}

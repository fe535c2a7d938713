import { DataSource } from 'typeorm';
import { Period } from '../../../schema/vocabulary/period';
import { placeholders } from '../../platform/authority-rows.loader';
import { STOCK_ATTRIBUTES, StockAttribute, stockAt } from './care-stock';

/**
 * A group of children in care sharing the attributes a figure asked for. Attributes not grouped
 * by are absent (undefined): a dimension only ever reads the attributes it declares.
 */
export interface CareRow {
  authorityCode: string;
  dateOfBirth?: string;
  sex?: string;
  ethnicity?: string;
  uasc?: boolean;
  legalStatus?: string;
  placementType?: string;
  placementProvider?: string;
  categoryOfNeed?: string;
  /** Type of the council's own foster household the child lives with; null for any other placement. */
  carerType?: string | null;
  /** For flows: the day of the event (start or end of care), for age at the event. */
  eventDate?: string;
  /** For ceasing care: SSDA903 reason. */
  reasonCeased?: string;
  n: number;
}

export type CareAttribute = Exclude<keyof CareRow, 'authorityCode' | 'n'>;

/** Each attribute's SQL expression; `eventDate` depends on the flow. */
const COLUMNS: Record<Exclude<CareAttribute, 'eventDate'>, string> = {
  dateOfBirth: 'c.date_of_birth',
  sex: 'c.sex',
  ethnicity: 'c.ethnicity',
  uasc: 'c.uasc',
  legalStatus: 'e.legal_status',
  placementType: 'e.placement_type',
  placementProvider: 'e.placement_provider',
  categoryOfNeed: 'e.category_of_need',
  carerType: 'h.household_type',
  reasonCeased: 'e.reason_ceased',
};

// The one place raw values become typed: MySQL returns COUNT as a string or bigint and booleans
// as 0/1, SQLite returns 0/1 too.
function toCareRow(raw: Record<string, unknown>, attributes: CareAttribute[]): CareRow {
  const row: CareRow = { authorityCode: String(raw.authority_code), n: Number(raw.n) };
  for (const attribute of attributes) {
    const value = raw[attribute.toLowerCase()];
    if (attribute === 'uasc') row.uasc = Number(value) === 1;
    else if (attribute === 'carerType') row.carerType = value == null ? null : String(value);
    else row[attribute] = String(value);
  }
  return row;
}

/** Runs one grouped count over care episodes for many authorities at once. */
async function cube(
  dataSource: DataSource,
  authorityCodes: string[],
  attributes: string[],
  eventDate: string,
  where: string,
  parameters: unknown[],
): Promise<CareRow[]> {
  const chosen = attributes as CareAttribute[];
  const expressions = chosen.map((a) => `${a === 'eventDate' ? eventDate : COLUMNS[a]} AS ${a.toLowerCase()}`);
  const groups = chosen.map((a) => (a === 'eventDate' ? eventDate : COLUMNS[a]));
  const needsChild = chosen.some((a) => COLUMNS[a as Exclude<CareAttribute, 'eventDate'>]?.startsWith('c.'));
  const rows: Record<string, unknown>[] = await dataSource.query(
    `SELECT e.authority_code, ${[...expressions, 'COUNT(*) AS n'].join(', ')}
     FROM care_episode e
     ${needsChild ? 'JOIN child c ON c.id = e.child_id' : ''}
     ${chosen.includes('carerType') ? 'LEFT JOIN foster_household h ON h.id = e.foster_household_id' : ''}
     WHERE e.authority_code IN (${placeholders(authorityCodes)}) AND ${where}
     GROUP BY ${['e.authority_code', ...groups].join(', ')}`,
    [...authorityCodes, ...parameters],
  );
  return rows.map((raw) => toCareRow(raw, chosen));
}

/**
 * Children in care at the end of `at`: their open episodes. The total and a split by one attribute
 * come from the summary (care-stock.ts), in proportion to the answer; a cross-tab of several
 * attributes counts the episodes themselves.
 */
export async function childrenInCareAt(
  dataSource: DataSource,
  authorityCodes: string[],
  at: string,
  attributes: string[] = [],
): Promise<CareRow[]> {
  if (attributes.length <= 1 && (attributes[0] ?? '') in STOCK_ATTRIBUTES) {
    const attribute = (attributes[0] ?? '') as StockAttribute;
    const rows = await stockAt(dataSource, authorityCodes, at, attribute);
    return rows.map(({ authorityCode, value, n }) => {
      const row: CareRow = { authorityCode, n };
      if (attribute === 'uasc') row.uasc = value === '1';
      else if (attribute === 'carerType') row.carerType = value === '' ? null : value;
      else if (attribute !== '') row[attribute] = value;
      return row;
    });
  }
  return episodesOpenAt(dataSource, authorityCodes, at, attributes);
}

/** Children in care at the end of `at`, counted from the episodes (what the summary must equal). */
export function episodesOpenAt(
  dataSource: DataSource,
  authorityCodes: string[],
  at: string,
  attributes: string[] = [],
): Promise<CareRow[]> {
  return cube(
    dataSource,
    authorityCodes,
    attributes,
    'e.start_date',
    'e.start_date <= ? AND (e.end_date IS NULL OR e.end_date > ?)',
    [at, at],
  );
}

/** Periods of care that started in the period (first episode, reason for new episode S). */
export function childrenStartingCare(
  dataSource: DataSource,
  authorityCodes: string[],
  period: Period,
  attributes: string[] = [],
): Promise<CareRow[]> {
  return cube(
    dataSource,
    authorityCodes,
    attributes,
    'e.start_date',
    "e.reason_new_episode = 'S' AND e.start_date BETWEEN ? AND ?",
    [period.start, period.end],
  );
}

/** Periods of care that ended in the period (an episode ceasing for any reason but X1). */
export function childrenCeasingCare(
  dataSource: DataSource,
  authorityCodes: string[],
  period: Period,
  attributes: string[] = [],
): Promise<CareRow[]> {
  return cube(
    dataSource,
    authorityCodes,
    attributes,
    'e.end_date',
    "e.reason_ceased IS NOT NULL AND e.reason_ceased <> 'X1' AND e.end_date BETWEEN ? AND ?",
    [period.start, period.end],
  );
}

/**
 * Moves of placement in the period: new episodes because the placement and carers changed (RNE P, T
 * or B), not the first.
 */
export function placementMoves(
  dataSource: DataSource,
  authorityCodes: string[],
  period: Period,
  attributes: string[] = [],
): Promise<CareRow[]> {
  return cube(
    dataSource,
    authorityCodes,
    attributes,
    'e.start_date',
    "e.reason_new_episode IN ('P', 'T', 'B') AND e.start_date BETWEEN ? AND ?",
    [period.start, period.end],
  );
}

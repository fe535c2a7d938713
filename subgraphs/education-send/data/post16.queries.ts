import { DataSource } from 'typeorm';
import { Period } from '../../../schema/vocabulary/period';
import { CubeRow } from '../../measures/breakdown';
import { groupedRows } from './grouped-query';

/** Young people in Years 12–13 (or their post-16 events) sharing the attributes asked for. */
export interface Post16Row extends CubeRow {
  activity?: string;
  send?: string;
  yearGroup?: string;
  provider?: string;
  riskOfNeet?: string;
}

const SEND = "CASE WHEN y.send THEN 'SEND' ELSE 'NOT_SEND' END";

/** Young people tracked in the month of `at` (NCCIS holds a month's activity). */
export function post16ActivityAt(ds: DataSource, codes: string[], at: string, attributes: string[]) {
  return groupedRows<Post16Row>(ds, codes, attributes, {
    from: 'post16_activity y',
    alias: 'y',
    where: 'y.month = ?',
    parameters: [`${at.slice(0, 7)}-01`],
    columns: {
      activity: 'y.activity',
      send: SEND,
      yearGroup: 'y.year_group',
      riskOfNeet: "CASE WHEN y.risk_of_neet THEN 'AT_RISK' ELSE 'NOT_AT_RISK' END",
    },
    aggregates: { n: 'COUNT(*)' },
  });
}

/**
 * Post-16 events of a kind in the period (dropouts, transition plans); `interviewedOnly` keeps
 * the dropouts who have been interviewed about leaving.
 */
export function post16EventsIn(
  ds: DataSource,
  codes: string[],
  period: Period,
  kind: 'DROPOUT' | 'TRANSITION_PLAN',
  attributes: string[],
  interviewedOnly = false,
) {
  return groupedRows<Post16Row>(ds, codes, attributes, {
    from: 'post16_event y',
    alias: 'y',
    where: `y.kind = ? AND y.on_date BETWEEN ? AND ?${interviewedOnly ? ' AND y.interviewed_on IS NOT NULL' : ''}`,
    parameters: [kind, period.start, period.end],
    columns: { send: SEND, provider: "COALESCE(y.provider, 'NONE')" },
    aggregates: { n: 'COUNT(*)' },
  });
}

/** Young people engaged in SEMH provision at the end of `at`. */
export function semhProvisionAt(ds: DataSource, codes: string[], at: string, attributes: string[]) {
  return groupedRows<Post16Row>(ds, codes, attributes, {
    from: 'post16_event y',
    alias: 'y',
    where: "y.kind = 'SEMH_PROVISION' AND y.on_date <= ? AND (y.end_on IS NULL OR y.end_on > ?)",
    parameters: [at, at],
    columns: { send: SEND },
    aggregates: { n: 'COUNT(*)' },
  });
}

import { DataSource } from 'typeorm';
import { Period } from '../../../schema/vocabulary/period';
import { CubeRow } from '../../measures/breakdown';
import { recordCube, RecordTable, withinMonthsSql } from '../../measures/record-cube';

/** Referrals (or re-referred children) sharing the attributes a figure asked for. */
export interface ReferralRow extends CubeRow {
  source?: string;
  /** Whether the child had an earlier referral within the window. */
  reReferral?: boolean;
}

/**
 * SQL true when referral `r` is a re-referral: the same child was referred before, at most
 * `months` months earlier. Computed from the child's previous referrals, never stored.
 */
export function reReferralSql(dataSource: DataSource, months: number): string {
  if (!Number.isInteger(months) || months < 1) throw new Error(`window must be a positive whole number: ${months}`);
  return `EXISTS (SELECT 1 FROM referral p WHERE p.child_id = r.child_id AND p.referral_date < r.referral_date
    AND ${withinMonthsSql(dataSource, 'p.referral_date', 'r.referral_date', String(months))})`;
}

const referrals = (dataSource: DataSource, months: number): RecordTable => ({
  from: 'referral r',
  authority: 'r.authority_code',
  attributes: {
    source: { sql: 'r.source' },
    reReferral: { sql: `CASE WHEN ${reReferralSql(dataSource, months)} THEN 1 ELSE 0 END`, type: 'boolean' },
  },
});

/** Referrals received in the period, each re-referral flagged for the window. */
export function referralsIn(
  dataSource: DataSource,
  authorityCodes: string[],
  period: Period,
  attributes: string[],
  windowMonths: number,
): Promise<ReferralRow[]> {
  return recordCube<ReferralRow>(dataSource, referrals(dataSource, windowMonths), authorityCodes, attributes, {
    where: 'r.referral_date BETWEEN ? AND ?',
    parameters: [period.start, period.end],
  });
}

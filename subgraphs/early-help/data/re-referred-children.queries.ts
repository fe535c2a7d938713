import { DataSource } from 'typeorm';
import { Period } from '../../../schema/vocabulary/period';
import { placeholders } from '../../platform/authority-rows.loader';
import { CubeRow } from '../../measures/breakdown';
import { reReferralSql } from './referrals.queries';

/**
 * Children re-referred in a period, by the size of their sibling group: `siblingGroupSize` children
 * of one family were re-referred in the period (1: no sibling re-referred with them); `n` children,
 * in `groups` families.
 */
export interface ReReferredRow extends CubeRow {
  siblingGroupSize: number;
  groups: number;
}

/**
 * One statement for every authority: the distinct children with a re-referral in the period,
 * counted per family, then families counted per size.
 */
export async function reReferredChildrenIn(
  dataSource: DataSource,
  authorityCodes: string[],
  period: Period,
  windowMonths: number,
): Promise<ReReferredRow[]> {
  const rows: Record<string, unknown>[] = await dataSource.query(
    `SELECT authority_code, size, SUM(size) AS n, COUNT(*) AS families FROM (
       SELECT r.authority_code, r.family_id, COUNT(DISTINCT r.child_id) AS size
       FROM referral r
       WHERE r.authority_code IN (${placeholders(authorityCodes)}) AND r.referral_date BETWEEN ? AND ?
         AND ${reReferralSql(dataSource, windowMonths)}
       GROUP BY r.authority_code, r.family_id
     ) f GROUP BY authority_code, size`,
    [...authorityCodes, period.start, period.end],
  );
  return rows.map((raw) => ({
    authorityCode: String(raw.authority_code),
    siblingGroupSize: Number(raw.size),
    n: Number(raw.n),
    groups: Number(raw.families),
  }));
}

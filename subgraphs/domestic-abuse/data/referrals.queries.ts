import { DataSource } from 'typeorm';
import { Period } from '../../../schema/vocabulary/period';
import { CubeRow } from '../../measures/breakdown';
import { recordCube, RecordTable } from '../../measures/record-cube';

/** Referrals sharing the attributes a figure asked for. */
export interface DomesticAbuseReferralRow extends CubeRow {
  districtCode?: string | null;
  service?: string;
  ageGroup?: string;
  source?: string;
  unit?: string;
  notAcceptedReason?: string;
  accepted?: boolean;
  supported?: boolean;
  supportLevel?: string | null;
  riskLevel?: string | null;
}

const REFERRALS: RecordTable = {
  from: 'referral r',
  authority: 'r.authority_code',
  attributes: {
    districtCode: { sql: 'r.district_code', type: 'nullable-string' },
    service: { sql: 'r.service' },
    ageGroup: { sql: 'r.age_group' },
    source: { sql: 'r.source' },
    unit: { sql: 'r.unit' },
    // The first reason that applies, in the order the service checks them.
    notAcceptedReason: {
      sql: `CASE WHEN r.is_duplicate = 1 THEN 'DUPLICATE' WHEN r.is_out_of_area = 1 THEN 'OUT_OF_AREA'
        WHEN r.is_inappropriate = 1 THEN 'INAPPROPRIATE' ELSE 'NONE' END`,
    },
    accepted: { sql: 'r.accepted', type: 'boolean' },
    supported: { sql: 'r.supported', type: 'boolean' },
    supportLevel: { sql: 'r.support_level', type: 'nullable-string' },
    riskLevel: { sql: 'r.risk_level', type: 'nullable-string' },
  },
};

/** Referrals received in the period. */
export function referralsIn(
  dataSource: DataSource,
  authorityCodes: string[],
  period: Period,
  attributes: string[],
): Promise<DomesticAbuseReferralRow[]> {
  return recordCube<DomesticAbuseReferralRow>(dataSource, REFERRALS, authorityCodes, attributes, {
    where: 'r.received_date BETWEEN ? AND ?',
    parameters: [period.start, period.end],
  });
}

import { DataSource } from 'typeorm';
import { Period } from '../../../schema/vocabulary/period';
import { placeholders } from '../../platform/authority-rows.loader';

/**
 * The recruitment funnel of the enquiries received in a period (a cohort): how many enquired,
 * and how many of those were invited to training, started assessment and were approved (so far).
 * A cohort reading is how councils report it ("63 enquiries … 30 of these people were invited …
 * of these, 16 continue to progress"), and it makes conversion a true rate.
 */
export interface RecruitmentRow {
  authorityCode: string;
  enquiries: number;
  invitedToTraining: number;
  assessmentsStarted: number;
  approvals: number;
}

export async function fosterCarerRecruitment(
  dataSource: DataSource,
  authorityCodes: string[],
  period: Period,
): Promise<RecruitmentRow[]> {
  const rows: Record<string, unknown>[] = await dataSource.query(
    `SELECT authority_code, COUNT(*) AS enquiries, COUNT(training_invited_on) AS invited,
       COUNT(assessment_started_on) AS assessments, COUNT(approved_on) AS approvals
     FROM fostering_enquiry
     WHERE authority_code IN (${placeholders(authorityCodes)}) AND enquiry_date BETWEEN ? AND ?
     GROUP BY authority_code`,
    [...authorityCodes, period.start, period.end],
  );
  return rows.map((raw) => ({
    authorityCode: String(raw.authority_code),
    enquiries: Number(raw.enquiries),
    invitedToTraining: Number(raw.invited),
    assessmentsStarted: Number(raw.assessments),
    approvals: Number(raw.approvals),
  }));
}

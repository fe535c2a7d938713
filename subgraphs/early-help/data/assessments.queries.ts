import { DataSource } from 'typeorm';
import { Period } from '../../../schema/vocabulary/period';
import { CubeRow } from '../../measures/breakdown';
import { recordCube, RecordTable } from '../../measures/record-cube';

/** Completed social care assessments sharing the attributes a figure asked for. */
export interface AssessmentRow extends CubeRow {
  outcome?: string;
}

const ASSESSMENTS: RecordTable = {
  from: 'social_care_assessment a',
  authority: 'a.authority_code',
  attributes: { outcome: { sql: 'a.outcome' } },
};

/** Social care assessments completed in the period. */
export function assessmentsCompletedIn(
  dataSource: DataSource,
  authorityCodes: string[],
  period: Period,
  attributes: string[],
): Promise<AssessmentRow[]> {
  return recordCube<AssessmentRow>(dataSource, ASSESSMENTS, authorityCodes, attributes, {
    where: 'a.completed_date BETWEEN ? AND ?',
    parameters: [period.start, period.end],
  });
}

import { DataSource } from 'typeorm';
import { Period } from '../../../schema/vocabulary/period';
import { CubeRow } from '../../measures/breakdown';
import { recordCube, RecordTable } from '../../measures/record-cube';

/** Survey answers sharing the attributes asked for: `n` answers, `sum` of them satisfied. */
export interface SatisfactionRow extends CubeRow {
  sum: number;
  service?: string;
  supportLevel?: string;
}

const RESPONSES: RecordTable = {
  from: 'satisfaction_response s',
  authority: 's.authority_code',
  attributes: { service: { sql: 's.service' }, supportLevel: { sql: 's.support_level' } },
};

/** Answers given in the period, and how many were satisfied. */
export function responsesIn(dataSource: DataSource, codes: string[], period: Period, attributes: string[]) {
  return recordCube<SatisfactionRow>(dataSource, RESPONSES, codes, attributes, {
    where: 's.response_date BETWEEN ? AND ?',
    parameters: [period.start, period.end],
    aggregates: { sum: 'SUM(CASE WHEN s.satisfied = 1 THEN 1 ELSE 0 END)' },
  });
}

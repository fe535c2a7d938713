import { DataSource } from 'typeorm';
import { IsoDate } from '../../../schema/vocabulary/dates';
import { Period } from '../../../schema/vocabulary/period';
import { CubeRow } from '../../measures/breakdown';
import { dateLiteral, recordCube, RecordTable } from '../../measures/record-cube';

/** Young people supported on the edge of care sharing the attributes a figure asked for. */
export interface EdgeOfCareRow extends CubeRow {
  service?: string;
  /** REMAINED_AT_HOME or CAME_INTO_CARE, as at the end of the day or period counted. */
  outcome?: string;
  dateOfBirth?: string;
  startDate?: string;
}

/** The table, with the outcome as at `asAt` (the snapshot date, or the period's last day). */
const table = (asAt: IsoDate): RecordTable => ({
  from: 'edge_of_care_intervention i',
  authority: 'i.authority_code',
  attributes: {
    service: { sql: 'i.service' },
    outcome: {
      sql: `CASE WHEN i.came_into_care_date IS NOT NULL AND i.came_into_care_date <= ${dateLiteral(asAt)} THEN 'CAME_INTO_CARE' ELSE 'REMAINED_AT_HOME' END`,
    },
    dateOfBirth: { sql: 'i.date_of_birth' },
    startDate: { sql: 'i.start_date' },
  },
});

/** Young people being supported at the end of `at`. */
export function supportedAt(dataSource: DataSource, codes: string[], at: IsoDate, attributes: string[]) {
  return recordCube<EdgeOfCareRow>(dataSource, table(at), codes, attributes, {
    where: 'i.start_date <= ? AND (i.end_date IS NULL OR i.end_date > ?)',
    parameters: [at, at],
  });
}

/** Young people supported at any time in the period. */
export function supportedIn(dataSource: DataSource, codes: string[], period: Period, attributes: string[]) {
  return recordCube<EdgeOfCareRow>(dataSource, table(period.end), codes, attributes, {
    where: 'i.start_date <= ? AND (i.end_date IS NULL OR i.end_date >= ?)',
    parameters: [period.end, period.start],
  });
}

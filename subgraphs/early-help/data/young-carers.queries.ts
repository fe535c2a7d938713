import { DataSource } from 'typeorm';
import { IsoDate } from '../../../schema/vocabulary/dates';
import { Period } from '../../../schema/vocabulary/period';
import { CubeRow } from '../../measures/breakdown';
import { recordCube, RecordTable } from '../../measures/record-cube';

/** Young carers sharing the attributes a figure asked for. */
export interface YoungCarerRow extends CubeRow {
  districtCode?: string | null;
  dateOfBirth?: string;
  startDate?: string;
  hoursPerWeek?: number;
  careType?: string;
  caredForNeed?: string;
  knownToSchool?: boolean;
  peerSupportOffered?: boolean;
  breakOffered?: boolean;
  assessmentOutcome?: string;
}

const YOUNG_CARERS: RecordTable = {
  from: 'young_carer y',
  authority: 'y.authority_code',
  attributes: {
    districtCode: { sql: 'y.district_code', type: 'nullable-string' },
    dateOfBirth: { sql: 'y.date_of_birth' },
    startDate: { sql: 'y.start_date' },
    hoursPerWeek: { sql: 'y.hours_per_week', type: 'number' },
    careType: { sql: 'y.care_type' },
    caredForNeed: { sql: 'y.cared_for_need' },
    knownToSchool: { sql: 'y.known_to_school', type: 'boolean' },
    peerSupportOffered: { sql: 'y.peer_support_offered', type: 'boolean' },
    breakOffered: { sql: 'y.break_offered', type: 'boolean' },
    assessmentOutcome: { sql: 'y.assessment_outcome' },
  },
};

/** Young carers receiving services at the end of `at`. */
export function youngCarersAt(dataSource: DataSource, codes: string[], at: IsoDate, attributes: string[]) {
  return recordCube<YoungCarerRow>(dataSource, YOUNG_CARERS, codes, attributes, {
    where: 'y.start_date <= ? AND (y.end_date IS NULL OR y.end_date > ?)',
    parameters: [at, at],
  });
}

/** Young carers receiving services at any time in the period. */
export function youngCarersIn(dataSource: DataSource, codes: string[], period: Period, attributes: string[]) {
  return recordCube<YoungCarerRow>(dataSource, YOUNG_CARERS, codes, attributes, {
    where: 'y.start_date <= ? AND (y.end_date IS NULL OR y.end_date >= ?)',
    parameters: [period.end, period.start],
  });
}

import { DataSource } from 'typeorm';
import { Period } from '../../../schema/vocabulary/period';
import { placeholders } from '../../platform/authority-rows.loader';
import { CubeRow } from '../../measures/breakdown';
import { recordCube, RecordTable } from '../../measures/record-cube';

/** Survey responses sharing the answers a figure asked for. */
export interface YouthSurveyRow extends CubeRow {
  friendlyAndWelcoming?: boolean;
  staffHelpful?: boolean;
  positiveImpact?: boolean;
}

const RESPONSES: RecordTable = {
  from: 'youth_survey_response s',
  authority: 's.authority_code',
  attributes: {
    friendlyAndWelcoming: { sql: 's.friendly_and_welcoming', type: 'boolean' },
    staffHelpful: { sql: 's.staff_helpful', type: 'boolean' },
    positiveImpact: { sql: 's.positive_impact', type: 'boolean' },
  },
};

/** Responses received in the period. */
export function responsesIn(dataSource: DataSource, codes: string[], period: Period, attributes: string[]) {
  return recordCube<YouthSurveyRow>(dataSource, RESPONSES, codes, attributes, {
    where: 's.response_date BETWEEN ? AND ?',
    parameters: [period.start, period.end],
  });
}

/** A survey wave overlapping a period: its span and attendees. */
export interface WaveRow {
  authorityCode: string;
  startDate: string;
  endDate: string;
  youngPeopleAttending: number;
}

/** The survey waves of the authorities that overlap the period. */
export async function wavesOverlapping(dataSource: DataSource, codes: string[], period: Period): Promise<WaveRow[]> {
  const rows: Record<string, unknown>[] = await dataSource.query(
    `SELECT authority_code, start_date, end_date, young_people_attending FROM youth_survey_wave
     WHERE authority_code IN (${placeholders(codes)}) AND start_date <= ? AND end_date >= ?`,
    [...codes, period.end, period.start],
  );
  return rows.map((r) => ({
    authorityCode: String(r.authority_code),
    startDate: String(r.start_date),
    endDate: String(r.end_date),
    youngPeopleAttending: Number(r.young_people_attending),
  }));
}

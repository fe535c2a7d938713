import { DataSource } from 'typeorm';
import { Period } from '../../../schema/vocabulary/period';
import { CubeRow } from '../../measures/breakdown';
import { recordCube, RecordTable } from '../../measures/record-cube';

/** Early help episodes (or assessments) sharing the attributes a figure asked for. */
export interface EpisodeRow extends CubeRow {
  lead?: string;
  leadAgency?: string;
  reason?: string;
  endReason?: string | null;
  dateOfBirth?: string;
  /** For flows: the day counted (start, assessment or end), for age at the event. */
  eventDate?: string;
}

const table = (eventColumn: string): RecordTable => ({
  from: 'early_help_episode e',
  authority: 'e.authority_code',
  attributes: {
    lead: { sql: 'e.lead' },
    leadAgency: { sql: 'e.lead_agency' },
    reason: { sql: 'e.reason' },
    endReason: { sql: 'e.end_reason', type: 'nullable-string' },
    dateOfBirth: { sql: 'e.date_of_birth' },
    eventDate: { sql: eventColumn },
  },
});

/** Episodes open at the end of `at`. */
export function episodesOpenAt(dataSource: DataSource, codes: string[], at: string, attributes: string[]) {
  return recordCube<EpisodeRow>(dataSource, table('e.start_date'), codes, attributes, {
    where: 'e.start_date <= ? AND (e.end_date IS NULL OR e.end_date > ?)',
    parameters: [at, at],
  });
}

/** Episodes that started in the period. */
export function episodesStartedIn(dataSource: DataSource, codes: string[], period: Period, attributes: string[]) {
  return recordCube<EpisodeRow>(dataSource, table('e.start_date'), codes, attributes, {
    where: 'e.start_date BETWEEN ? AND ?',
    parameters: [period.start, period.end],
  });
}

/** Episodes that ended in the period. */
export function episodesClosedIn(dataSource: DataSource, codes: string[], period: Period, attributes: string[]) {
  return recordCube<EpisodeRow>(dataSource, table('e.end_date'), codes, attributes, {
    where: 'e.end_date BETWEEN ? AND ?',
    parameters: [period.start, period.end],
  });
}

/** Early help assessments completed (submitted) in the period. */
export function assessmentsIn(dataSource: DataSource, codes: string[], period: Period, attributes: string[]) {
  return recordCube<EpisodeRow>(dataSource, table('e.assessment_date'), codes, attributes, {
    where: 'e.assessment_date BETWEEN ? AND ?',
    parameters: [period.start, period.end],
  });
}

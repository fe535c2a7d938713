import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../subgraphs/platform/project-root';
import { parseCsv } from './csv';

/**
 * Young people who started a period of care in the nine councils, aged 10 to 17, as the fostering
 * seed (their owner) writes them for the early help seed: an edge-of-care young person who came into
 * care is one of these, on the same day. Shared as data, not code, so neither seed depends on the
 * other's generator.
 */
export interface CareStart {
  childId: string;
  authorityCode: string;
  dateOfBirth: string;
  startDate: string;
}

export const CARE_STARTS_PATH = join('seed', 'data', 'care-starts.csv');

/** The span of care starts the file holds (the early help records' span). */
export const CARE_STARTS_FROM = '2019-04-01';
export const CARE_STARTS_TO = '2023-03-31';

export function formatCareStarts(starts: CareStart[]): string {
  const lines = starts.map((s) => [s.childId, s.authorityCode, s.dateOfBirth, s.startDate].join(','));
  return ['child_id,authority_code,date_of_birth,start_date', ...lines].join('\n') + '\n';
}

export function readCareStarts(): CareStart[] {
  return parseCsv(readFileSync(join(projectRoot(), CARE_STARTS_PATH), 'utf8')).map((r) => ({
    childId: r.child_id,
    authorityCode: r.authority_code,
    dateOfBirth: r.date_of_birth,
    startDate: r.start_date,
  }));
}

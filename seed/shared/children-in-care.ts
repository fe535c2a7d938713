import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../subgraphs/platform/project-root';
import { parseCsv } from './csv';

/**
 * The periods of care of the fostering subgraph's children, as the fostering seed (their owner)
 * writes them for the education seed: the virtual school's roll is exactly these children, for
 * exactly these periods. Shared as data, not code, so neither seed depends on the other's
 * generator. Only periods that started by `CHILDREN_IN_CARE_TO` are written (what the virtual
 * school's records span); `ended` is null while the child is still in care.
 */
export interface ChildInCarePeriod {
  childId: string;
  authorityCode: string;
  dateOfBirth: string;
  sex: 'M' | 'F';
  started: string;
  ended: string | null;
}

export const CHILDREN_IN_CARE_PATH = join('seed', 'data', 'children-in-care.csv');
/** The last day a period written may start on. */
export const CHILDREN_IN_CARE_TO = '2022-12-31';

const HEADER = 'child_id,authority_code,date_of_birth,sex,started,ended';

/** The file's text: a header, then one line per period (codes and dates: nothing needs quoting). */
export function formatChildrenInCare(periods: ChildInCarePeriod[]): string {
  const lines = periods.map((p) =>
    [p.childId, p.authorityCode, p.dateOfBirth, p.sex, p.started, p.ended ?? ''].join(','),
  );
  return [HEADER, ...lines].join('\n') + '\n';
}

export function parseChildrenInCare(text: string): ChildInCarePeriod[] {
  return parseCsv(text).map((r) => ({
    childId: r.child_id,
    authorityCode: r.authority_code,
    dateOfBirth: r.date_of_birth,
    sex: r.sex as 'M' | 'F',
    started: r.started,
    ended: r.ended === '' ? null : r.ended,
  }));
}

/** The checked-in file (regenerate with `npm run seed:children-in-care`). */
export function readChildrenInCare(): ChildInCarePeriod[] {
  return parseChildrenInCare(readFileSync(join(projectRoot(), CHILDREN_IN_CARE_PATH), 'utf8'));
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../../seed/csv';
import { PILOT_COUNCILS } from '../../seed/pilot-councils';
import { projectRoot } from '../../subgraphs/shared/project-root';

export { publishedFigures } from '../../seed/reference-data';
export type { PublishedFigure } from '../../seed/reference-data';
export { PILOT_COUNCILS };

/** DfE's file as published: one record per council, every column a string, as in the CSV. */
export function englandLas(): Record<string, string>[] {
  return parseCsv(readFileSync(join(projectRoot(), 'seed', 'data', 'england-las.csv'), 'utf8'));
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../../seed/shared/csv';
import { PILOT_COUNCILS } from '../../seed/shared/pilot-councils';
import { projectRoot } from '../../subgraphs/platform/project-root';

export { publishedFigures } from '../../seed/shared/reference-data';
export type { PublishedFigure } from '../../seed/shared/reference-data';
export { PILOT_COUNCILS };

/** DfE's file as published: one record per council, every column a string, as in the CSV. */
export function englandLas(): Record<string, string>[] {
  return parseCsv(readFileSync(join(projectRoot(), 'seed', 'data', 'england-las.csv'), 'utf8'));
}

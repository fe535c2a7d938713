import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../subgraphs/platform/project-root';
import { CARE_STARTS_PATH, readCareStarts } from '../shared/care-starts';
import { careStartsCsv } from './care-starts';
import { generateFostering } from './fostering.seed';

/**
 * The early help seed reads the young people who came into care from a checked-in file: it must be
 * exactly what the fostering generator gives today, so the two subgraphs cannot drift apart.
 */
describe('seed/data/care-starts.csv', () => {
  it('is what the fostering generator writes (else run `npm run seed:shared-children`)', () => {
    expect(careStartsCsv(generateFostering('pilot'))).toBe(readFileSync(join(projectRoot(), CARE_STARTS_PATH), 'utf8'));
  });

  it('holds young people aged 10 to 17 at the start, once per child and day, in the nine councils', () => {
    const starts = readCareStarts();
    expect(starts.length).toBeGreaterThan(1000);
    expect(new Set(starts.map((s) => `${s.childId}|${s.startDate}`)).size).toBe(starts.length);
    for (const s of starts) expect(s.childId.startsWith(`${s.authorityCode}-`)).toBe(true);
  });
});

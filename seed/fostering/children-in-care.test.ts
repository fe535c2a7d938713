import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../subgraphs/platform/project-root';
import { CHILDREN_IN_CARE_PATH, CHILDREN_IN_CARE_TO, parseChildrenInCare } from '../shared/children-in-care';
import { childrenInCareCsv } from './children-in-care';
import { generateFostering } from './fostering.seed';

/**
 * The education seed's virtual school reads the children in care from a checked-in file: it must
 * be exactly what the fostering generator gives today, so the two subgraphs cannot drift apart.
 */
describe('seed/data/children-in-care.csv', () => {
  const checkedIn = readFileSync(join(projectRoot(), CHILDREN_IN_CARE_PATH), 'utf8');
  const records = generateFostering('pilot');

  it('is what the fostering generator writes (else run `npm run seed:children-in-care`)', () => {
    expect(childrenInCareCsv(records.children, records.episodes)).toBe(checkedIn);
  });

  it('holds every period of care open at a date as the episodes do (31 March 2022, every council)', () => {
    const periods = parseChildrenInCare(checkedIn);
    const at = '2022-03-31';
    const fromEpisodes = new Set(
      records.episodes.filter((e) => e.startDate <= at && (e.endDate === null || e.endDate > at)).map((e) => e.childId),
    );
    const fromPeriods = new Set(
      periods.filter((p) => p.started <= at && (p.ended === null || p.ended > at)).map((p) => p.childId),
    );
    expect(fromPeriods.size).toBeGreaterThan(5000);
    expect([...fromPeriods].sort()).toEqual([...fromEpisodes].sort());
    for (const p of periods) expect(p.started <= CHILDREN_IN_CARE_TO && (p.ended ?? '9999') > p.started).toBe(true);
  });
});

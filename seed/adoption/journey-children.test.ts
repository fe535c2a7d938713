import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../subgraphs/platform/project-root';
import { ADOPTION_JOURNEY_CHILDREN_PATH, parseAdoptionJourneyChildren } from '../shared/adoption-journey-children';
import { generateJourneyDrafts } from './journey-generator';
import { journeyChildrenCsv } from './journey-children';

/**
 * The fostering seed reads the children on adoption journeys from a checked-in file: it must be
 * exactly what the adoption generator gives today, so the two subgraphs cannot drift apart.
 */
describe('seed/data/adoption-journey-children.csv', () => {
  const checkedIn = readFileSync(join(projectRoot(), ADOPTION_JOURNEY_CHILDREN_PATH), 'utf8');

  it('is what the adoption generator writes (else run `npm run seed:shared-children`)', () => {
    expect(journeyChildrenCsv(generateJourneyDrafts())).toBe(checkedIn);
  });

  it('reads back as one row per child with the dates in order', () => {
    const children = parseAdoptionJourneyChildren(checkedIn);
    expect(new Set(children.map((c) => c.childId)).size).toBe(children.length);
    for (const c of children) expect([c.childId, c.dateOfBirth <= c.enteredCare]).toEqual([c.childId, true]);
  });
});

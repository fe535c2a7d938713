import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../subgraphs/platform/project-root';
import { ADOPTION_JOURNEY_CHILDREN_PATH } from '../shared/adoption-journey-children';
import { generateJourneyDrafts } from './journey-generator';
import { journeyChildrenCsv } from './journey-children';

/** `npm run seed:shared-children`: rewrites the children the fostering seed takes from adoption. */
const file = join(projectRoot(), ADOPTION_JOURNEY_CHILDREN_PATH);
writeFileSync(file, journeyChildrenCsv(generateJourneyDrafts()));
console.log(`wrote ${ADOPTION_JOURNEY_CHILDREN_PATH}`);

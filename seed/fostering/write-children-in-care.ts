import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../subgraphs/platform/project-root';
import { CHILDREN_IN_CARE_PATH } from '../shared/children-in-care';
import { childrenInCareCsv } from './children-in-care';
import { generateFostering } from './fostering.seed';

/** `npm run seed:children-in-care`: rewrites the children in care the education seed takes from fostering. */
const records = generateFostering('pilot');
writeFileSync(join(projectRoot(), CHILDREN_IN_CARE_PATH), childrenInCareCsv(records.children, records.episodes));
console.log(`wrote ${CHILDREN_IN_CARE_PATH}`);

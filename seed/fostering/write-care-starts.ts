import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../subgraphs/platform/project-root';
import { CARE_STARTS_PATH } from '../shared/care-starts';
import { careStartsCsv } from './care-starts';
import { generateFostering } from './fostering.seed';

/** Part of `npm run seed:shared-children`: rewrites the care starts the early help seed takes from fostering. */
writeFileSync(join(projectRoot(), CARE_STARTS_PATH), careStartsCsv(generateFostering('pilot')));
console.log(`wrote ${CARE_STARTS_PATH}`);

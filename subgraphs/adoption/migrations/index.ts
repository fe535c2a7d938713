import * as m0 from './1796173882299-baseline';
import * as m1 from './1796173919037-record-access-outcome';
import * as m2 from './1796173952276-hub-meta';

/** This subgraph's migrations, oldest first (written by `npm run migration`; see platform/migrations.ts). */
export const migrations = [...Object.values(m0), ...Object.values(m1), ...Object.values(m2)];

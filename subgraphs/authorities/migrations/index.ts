import * as m0 from './1796173878688-baseline';
import * as m1 from './1796173947857-hub-meta';
import * as m2 from './1796186625541-authority-lifespans';

/** This subgraph's migrations, oldest first (written by `npm run migration`; see platform/migrations.ts). */
export const migrations = [...Object.values(m0), ...Object.values(m1), ...Object.values(m2)];

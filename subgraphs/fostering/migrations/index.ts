import * as m0 from './1796173880355-baseline';
import * as m1 from './1796173916961-record-access-outcome';
import * as m2 from './1796173949932-hub-meta';
import * as m3 from './1796186372496-care-stock';

/** This subgraph's migrations, oldest first (written by `npm run migration`; see platform/migrations.ts). */
export const migrations = [...Object.values(m0), ...Object.values(m1), ...Object.values(m2), ...Object.values(m3)];

import * as m0 from './1796186267316-baseline';

/** This subgraph's migrations, oldest first (written by `npm run migration`; see platform/migrations.ts). */
export const migrations = [...Object.values(m0)];

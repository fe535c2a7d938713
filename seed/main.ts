import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { authoritiesEntities } from '../subgraphs/authorities/entities';
import { fosteringEntities } from '../subgraphs/fostering/entities';
import { databaseTarget, describeTarget, EntityList, openDatabase } from '../subgraphs/shared/database';
import { SeedScope } from './fostering.seed';
import { seedAuthoritiesDatabase, seedFosteringDatabase } from './seed-databases';

/**
 * `node dist/seed/main.js [--national] [--force]` (or `npm run seed -- …`): creates and seeds the
 * authorities and fostering databases where DATABASE_URL / <SUBGRAPH>_DATABASE_URL / DATA_DIR
 * point. A database that already holds data is left alone unless --force, which empties it
 * first. --national generates every council's fostering records instead of the nine pilot ones.
 */
async function main(): Promise<void> {
  const force = process.argv.includes('--force');
  const scope: SeedScope = process.argv.includes('--national') ? 'national' : 'pilot';
  const jobs: [string, EntityList, (ds: DataSource) => Promise<boolean>][] = [
    ['authorities', authoritiesEntities, seedAuthoritiesDatabase],
    ['fostering', fosteringEntities, (ds) => seedFosteringDatabase(ds, scope)],
  ];
  for (const [name, entities, seed] of jobs) {
    const target = databaseTarget(name);
    const started = Date.now();
    const { dataSource } = await openDatabase(target, entities);
    try {
      if (force) {
        // Recreate the tables rather than delete row by row: quick on both SQLite and MySQL.
        await dataSource.dropDatabase();
        await dataSource.synchronize();
      }
      const seeded = await seed(dataSource);
      const counts = await Promise.all(dataSource.entityMetadatas.map(async (m) => `${m.tableName} ${await dataSource.getRepository(m.target).count()}`));
      const what = seeded ? `seeded${name === 'fostering' ? ` (${scope})` : ''} in ${Date.now() - started} ms` : 'already holds data, left as it is (--force reseeds)';
      console.log(`${name}: ${what} — ${describeTarget(target)}\n  ${counts.join(', ')}`);
    } finally {
      await dataSource.destroy();
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

import 'reflect-metadata';
import { SUBGRAPHS } from '../subgraphs';
import { databaseTarget, describeTarget, openDatabase } from '../subgraphs/shared/database';

/**
 * `npm run seed [-- --national] [-- --force]`: creates and seeds every subgraph's database where
 * DATABASE_URL / <SUBGRAPH>_DATABASE_URL / DATA_DIR point. A database that already holds data is
 * left alone unless --force, which recreates its tables first. --national generates every
 * council's records instead of the nine pilot councils'.
 */
async function main(): Promise<void> {
  const force = process.argv.includes('--force');
  if (process.argv.includes('--national')) process.env.SEED_SCOPE = 'national';
  for (const definition of SUBGRAPHS) {
    const target = databaseTarget(definition.name);
    const started = Date.now();
    const { dataSource } = await openDatabase(target, definition.entities);
    try {
      if (force) {
        // Recreate the tables rather than delete row by row: quick on both SQLite and MySQL.
        await dataSource.dropDatabase();
        await dataSource.synchronize();
      }
      const seeded = await definition.seedIfEmpty(dataSource);
      const counts = await Promise.all(dataSource.entityMetadatas.map(async (m) => `${m.tableName} ${await dataSource.getRepository(m.target).count()}`));
      const what = seeded ? `seeded in ${Date.now() - started} ms` : 'already holds data, left as it is (--force reseeds)';
      console.log(`${definition.name}: ${what} — ${describeTarget(target)}\n  ${counts.join(', ')}`);
    } finally {
      await dataSource.destroy();
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

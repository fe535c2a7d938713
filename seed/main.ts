import 'reflect-metadata';
import { SUBGRAPHS } from '../subgraphs';
import { databaseTarget, describeTarget, openDatabase } from '../subgraphs/shared/database';

/**
 * `npm run seed [-- --national] [-- --force]`: creates and seeds every subgraph's database where
 * DATABASE_URL / DATA_DIR point. --force empties them first; --national generates all 151
 * councils' fostering records instead of the nine pilot councils'.
 */
async function main(): Promise<void> {
  const force = process.argv.includes('--force');
  if (process.argv.includes('--national')) process.env.SEED_SCOPE = 'national';
  for (const definition of SUBGRAPHS) {
    const target = databaseTarget(definition.name);
    const started = Date.now();
    const database = await openDatabase(target, definition.entities);
    try {
      if (force) {
        await database.dataSource.dropDatabase();
        await database.dataSource.synchronize();
      }
      const seeded = await definition.seedIfEmpty(database.dataSource);
      console.log(`${definition.name}: ${seeded ? `seeded in ${Date.now() - started} ms` : 'already holds data (use --force to reseed)'} — ${describeTarget(target)}`);
    } finally {
      await database.dataSource.destroy();
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

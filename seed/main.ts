import 'reflect-metadata';
import { databaseTarget, describeTarget, openDatabase } from '../subgraphs/platform/database';
import { loadSubgraphs } from '../subgraphs/platform/subgraph-definition';
import { seedSubgraph } from './seed-subgraph';

/**
 * `npm run seed [-- --national] [-- --force] [-- --only fostering]`: creates and seeds each
 * subgraph's database where DATABASE_URL / <SUBGRAPH>_DATABASE_URL / DATA_DIR point. A database
 * that already holds data is left alone unless --force, which recreates its tables first.
 * --national generates every council's records instead of the nine pilot councils'.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const force = args.includes('--force');
  const scope = args.includes('--national') || process.env.SEED_SCOPE === 'national' ? 'national' : 'pilot';
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1]?.split(',') : undefined;
  for (const definition of loadSubgraphs().filter((d) => !only || only.includes(d.name))) {
    const target = databaseTarget(definition.name);
    const started = Date.now();
    const { dataSource } = await openDatabase(target, definition.entities);
    try {
      if (force) {
        // Recreate the tables rather than delete row by row: quick on both SQLite and MySQL.
        await dataSource.dropDatabase();
        await dataSource.synchronize();
      }
      const seeded = await seedSubgraph(dataSource, definition, scope);
      const counts = await Promise.all(
        dataSource.entityMetadatas.map(
          async (m) => `${m.tableName} ${await dataSource.getRepository(m.target).count()}`,
        ),
      );
      const what = seeded
        ? `seeded (${scope}) in ${Date.now() - started} ms`
        : 'already holds data, left as it is (--force reseeds)';
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

import 'reflect-metadata';
import { databaseTarget, describeTarget, openDatabase } from '../subgraphs/platform/database';
import { loadSubgraphs } from '../subgraphs/platform/subgraph-definition';
import { SeedRefused } from './seed-guard';
import { seedDatabase } from './seed-subgraph';

/**
 * `npm run seed [-- --national] [-- --force] [-- --only fostering]`: creates and seeds each
 * subgraph's database where DATABASE_URL / <SUBGRAPH>_DATABASE_URL / DATA_DIR point, running its
 * migrations first. It writes only into a database that is new (no file; a MySQL database with no
 * tables) or that it made itself (marked in hub_meta as the local demo), and leaves the demo as it
 * is when it holds data. Anything else — a zero-byte file, a database it did not make — is refused
 * with the reason. --force replaces whatever the database holds with the synthetic demo (drops
 * every table, migrates, seeds). --national generates every council's records instead of the nine
 * pilot councils'.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const force = args.includes('--force');
  const scope = args.includes('--national') || process.env.SEED_SCOPE === 'national' ? 'national' : 'pilot';
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1]?.split(',') : undefined;
  let refused = 0;
  for (const definition of loadSubgraphs().filter((d) => !only || only.includes(d.name))) {
    const target = databaseTarget(definition.name);
    const started = Date.now();
    let outcome: 'seeded' | 'kept';
    try {
      outcome = await seedDatabase(definition, target, scope, force);
    } catch (error) {
      if (!(error instanceof SeedRefused)) throw error;
      console.error(error.message);
      refused += 1;
      continue;
    }
    const { dataSource } = await openDatabase(target, definition.entities);
    try {
      const counts = await Promise.all(
        dataSource.entityMetadatas.map(
          async (m) => `${m.tableName} ${await dataSource.getRepository(m.target).count()}`,
        ),
      );
      const what =
        outcome === 'seeded'
          ? `seeded (${scope}) in ${Date.now() - started} ms`
          : 'the local demo already holds data, left as it is (--force reseeds)';
      console.log(`${definition.name}: ${what} — ${describeTarget(target)}\n  ${counts.join(', ')}`);
    } finally {
      await dataSource.destroy();
    }
  }
  if (refused > 0) process.exit(1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

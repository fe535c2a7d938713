import 'reflect-metadata';
import { seedSubgraph } from '../../seed/seed-subgraph';
import { openDatabase } from '../../subgraphs/platform/database';
import { loadSubgraphs } from '../../subgraphs/platform/subgraph-definition';
import { backends, testTarget } from './backends';

/**
 * Once per `npm test`: recreate every subgraph's test database on every backend and seed it with
 * the calibrated pilot data, so suites read a known state. A backend that cannot be reached fails
 * the run here.
 */
export default async function globalSetup(): Promise<void> {
  for (const backend of backends()) {
    for (const definition of loadSubgraphs()) {
      const started = Date.now();
      const database = await openDatabase(testTarget(backend, definition.name), definition.entities, {
        migrations: definition.migrations,
        fresh: true,
      });
      try {
        await seedSubgraph(database.dataSource, definition, 'pilot');
      } finally {
        await database.dataSource.destroy();
      }
      console.log(`\n[test setup] ${backend} ${definition.name} seeded in ${Date.now() - started} ms`);
    }
  }
}

import 'reflect-metadata';
import { SUBGRAPHS } from '../../subgraphs';
import { openDatabase } from '../../subgraphs/shared/database';
import { backends, testTarget } from './backends';

/**
 * Once per `npm test`: recreate every subgraph's test database on every backend and seed it with
 * the calibrated pilot data, so suites read a known state. A backend that cannot be reached fails
 * the run here.
 */
export default async function globalSetup(): Promise<void> {
  for (const backend of backends()) {
    for (const definition of SUBGRAPHS) {
      const started = Date.now();
      const database = await openDatabase(testTarget(backend, definition.name), definition.entities);
      try {
        await database.dataSource.dropDatabase();
        await database.dataSource.synchronize();
        await definition.seedIfEmpty(database.dataSource);
      } finally {
        await database.dataSource.destroy();
      }
      console.log(`\n[test setup] ${backend} ${definition.name} seeded in ${Date.now() - started} ms`);
    }
  }
}

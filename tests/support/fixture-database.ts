import { writeRecords } from '../../seed/shared/write-records';
import { DatabaseTarget, openDatabase } from '../../subgraphs/platform/database';
import { SubgraphDefinition } from '../../subgraphs/platform/subgraph-definition';
import { RecordSet } from '../../seed/shared/record-set';
import { Backend, testTarget } from './backends';

/**
 * A subgraph's database holding only the hand-made records a test writes (on SQLite or MySQL, kept
 * apart from the seeded test databases by `name`), for figures whose expected values are worked
 * out by hand.
 */
export async function fixtureDatabase(
  definition: SubgraphDefinition,
  backend: Backend,
  name: string,
  records: RecordSet[],
): Promise<DatabaseTarget> {
  const target = testTarget(backend, `${definition.name}-${name}`);
  // Made fresh by the subgraph's own migrations: a fixture left by an earlier version is dropped first.
  const database = await openDatabase(target, definition.entities, { migrations: definition.migrations, fresh: true });
  try {
    await writeRecords(database.dataSource, records, definition.rebuildSummaries?.bind(definition));
  } finally {
    await database.dataSource.destroy();
  }
  return target;
}

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
  // Tables are made only after the old ones are dropped: a fixture left by an earlier version of
  // the entities would not synchronise.
  const database = await openDatabase(target, definition.entities, false);
  try {
    await database.dataSource.dropDatabase();
    await database.dataSource.synchronize();
    await writeRecords(database.dataSource, records);
  } finally {
    await database.dataSource.destroy();
  }
  return target;
}

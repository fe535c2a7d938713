import { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/** Rows per INSERT: well under SQLite's and MySQL's limits on parameters and packet size. */
const CHUNK = 400;

/**
 * Writes record sets in one transaction: all of them or none (a failure part-way leaves the
 * database as it was). `rebuildSummaries` (the subgraph's, see SubgraphDefinition) runs last, in
 * the same transaction, so the tables derived from the records commit with them.
 */
export async function writeRecords(
  dataSource: DataSource,
  sets: [EntityTarget<ObjectLiteral>, ObjectLiteral[]][],
  rebuildSummaries?: (db: EntityManager) => Promise<void>,
): Promise<void> {
  await dataSource.transaction(async (manager) => {
    for (const [entity, rows] of sets) {
      for (let i = 0; i < rows.length; i += CHUNK) {
        await manager
          .createQueryBuilder()
          .insert()
          .into(entity)
          .values(rows.slice(i, i + CHUNK))
          .execute();
      }
    }
    await rebuildSummaries?.(manager);
  });
}

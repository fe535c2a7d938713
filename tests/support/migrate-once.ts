import 'reflect-metadata';
import { MigrationInterface, QueryRunner } from 'typeorm';
import { DatabaseTarget, openDatabase } from '../../subgraphs/platform/database';
import { runSql } from '../../subgraphs/platform/migrations';
import { loadSubgraph } from '../../subgraphs/platform/subgraph-definition';

/**
 * A last migration that takes about a second, so that the other process's start falls while the
 * migrations are under way (without a lock it would run them too, and fail or double them).
 */
class SlowTestMigration9999999999999 implements MigrationInterface {
  name = 'SlowTestMigration9999999999999';
  async up(queryRunner: QueryRunner): Promise<void> {
    await runSql(queryRunner, {
      sqlite: [
        'WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 3000000) SELECT COUNT(*) FROM n',
      ],
      mysql: ['SELECT SLEEP(1)'],
    });
  }
  async down(): Promise<void> {}
}

/**
 * A process that opens a subgraph's database as a starting service does (running its pending
 * migrations), at a given moment, and prints which migrations it ran: tests start two at once.
 * Arguments: subgraph name, the target as JSON, the time (ms since 1970) to start at.
 */
async function main(): Promise<void> {
  const [name, target, startAt] = process.argv.slice(2);
  const definition = loadSubgraph(name);
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, Number(startAt) - Date.now())));
  const database = await openDatabase(JSON.parse(target) as DatabaseTarget, definition.entities, {
    migrations: [...definition.migrations, SlowTestMigration9999999999999],
  });
  console.log(JSON.stringify({ migrated: database.migrated }));
  await database.dataSource.destroy();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

import 'reflect-metadata';
import { DatabaseTarget, openDatabase } from '../../subgraphs/platform/database';
import { loadSubgraph } from '../../subgraphs/platform/subgraph-definition';

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
    migrations: definition.migrations,
  });
  console.log(JSON.stringify({ migrated: database.migrated }));
  await database.dataSource.destroy();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

import { join } from 'node:path';
import { GraphQLSchema } from 'graphql';
import { EntityManager } from 'typeorm';
import { EntityList } from './database';
import { MigrationList } from './migrations';
import { configuredSubgraphs } from './subgraph-config';

/**
 * What each subgraph's code provides; everything else (database, server, health, shutdown) is
 * the platform's. Seeding is not here: the runtime never loads the seed (see seed/main.ts).
 */
export interface SubgraphDefinition {
  /** Service name: its folder, database name suffix and the gateway's subgraph name. */
  name: string;
  entities: EntityList;
  /**
   * Its schema's history, oldest first: `subgraphs/<name>/migrations/index.ts`, kept by
   * `npm run migration -- <name> <Change>` (see migrations.ts). The platform runs them on start.
   */
  migrations: MigrationList;
  buildSchema(): Promise<GraphQLSchema>;
  /**
   * Rebuilds the tables the subgraph derives from its records (e.g. fostering's care_stock), on
   * the transaction of a load (`db` is its EntityManager): every writer of records calls it before
   * committing, so a summary is never out of step with the records it counts.
   */
  rebuildSummaries?(db: EntityManager): Promise<void>;
}

/**
 * The code of a configured subgraph, found by convention: `subgraphs/<name>/<name>.subgraph.ts`
 * exports `subgraph`. Only what runs subgraphs in-process (start, tests, schema tools) calls this.
 */
export function loadSubgraph(name: string): SubgraphDefinition {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const module = require(join(__dirname, '..', name, `${name}.subgraph`)) as { subgraph?: SubgraphDefinition };
  if (!module.subgraph || module.subgraph.name !== name)
    throw new Error(`subgraphs/${name}/${name}.subgraph.ts must export "subgraph" named "${name}"`);
  return module.subgraph;
}

/** Every configured subgraph's code, in start-up order. */
export function loadSubgraphs(): SubgraphDefinition[] {
  return configuredSubgraphs().map((s) => loadSubgraph(s.name));
}

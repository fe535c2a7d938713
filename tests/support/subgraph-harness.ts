import 'reflect-metadata';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { Database, DatabaseTarget, openDatabase } from '../../subgraphs/platform/database';
import { Viewer } from '../../subgraphs/platform/identity';
import { RequestContext } from '../../subgraphs/platform/request-context';
import { SubgraphDefinition } from '../../subgraphs/platform/subgraph-definition';
import { Backend, testTarget } from './backends';
import { englandLas } from './reference-figures';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Data = Record<string, any>;

export interface OperationResult {
  data?: Data;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export interface SubgraphHarness {
  database: Database;
  /**
   * Runs an operation through the subgraph's Apollo Server, as the gateway would (single result),
   * as `viewer` (anonymous by default).
   */
  execute(query: string, variables?: Record<string, unknown>, viewer?: Viewer): Promise<OperationResult>;
  /** SQL statements the operation sent. */
  statementsFor(query: string, variables?: Record<string, unknown>, viewer?: Viewer): Promise<number>;
  stop(): Promise<void>;
}

/**
 * A subgraph's real schema over its seeded test database (or over `target`, e.g. a fixture
 * database a test has written), driven through `executeOperation`.
 */
export async function subgraphHarness(
  definition: SubgraphDefinition,
  backend: Backend,
  target: DatabaseTarget = testTarget(backend, definition.name),
): Promise<SubgraphHarness> {
  // Opened as it is: the test set-up (or the fixture's test) made its tables.
  const database = await openDatabase(target, definition.entities);
  const server = new ApolloServer<RequestContext>({
    schema: await definition.buildSchema(),
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  await server.start();
  const execute: SubgraphHarness['execute'] = async (query, variables, viewer) => {
    const response = await server.executeOperation(
      { query, variables },
      { contextValue: new RequestContext(database.dataSource, viewer) },
    );
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return response.body.singleResult as OperationResult;
  };
  return {
    database,
    execute,
    async statementsFor(query, variables, viewer) {
      const before = database.statements.count;
      const result = await execute(query, variables, viewer);
      if (result.errors) throw new Error(JSON.stringify(result.errors));
      return database.statements.count - before;
    },
    async stop() {
      await server.stop();
      await database.dataSource.destroy();
    },
  };
}

/**
 * A board member whose token lists every council in England (and the test regions): sees every
 * figure exact, for tests that compare figures with SQL rather than test disclosure.
 */
export const EXACT_VIEWER: Viewer = {
  kind: 'BOARD_MEMBER',
  regionCode: 'EXACT',
  authorityCodes: [...englandLas().map((r) => r.gss), 'T4C', 'ATV', 'X'],
  subject: 'test-exact-viewer',
};

import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { Database, DatabaseTarget, databaseTarget, describeTarget, openDatabase } from './database';
import { RunningService, serveApollo } from './http-service';
import { viewerFrom } from './identity';
import { RequestContext } from './request-context';
import { SubgraphDefinition, subgraphPort } from './subgraph-definition';

export interface RunningSubgraph extends RunningService {
  database: Database;
}

export interface SubgraphOptions {
  port?: number;
  target?: DatabaseTarget;
  /** Seed the database when it is empty (default true; SEED_ON_START=0 turns it off). */
  seed?: boolean;
}

/** Opens the subgraph's database (seeding it if empty) and serves its schema over HTTP. */
export async function startSubgraph(definition: SubgraphDefinition, options: SubgraphOptions = {}): Promise<RunningSubgraph> {
  const target = options.target ?? databaseTarget(definition.name);
  const database = await openDatabase(target, definition.entities);
  try {
    const seed = options.seed ?? process.env.SEED_ON_START !== '0';
    if (seed && (await definition.seedIfEmpty(database.dataSource))) {
      console.log(`[${definition.name}] seeded ${describeTarget(target)}`);
    }
    const schema = await definition.buildSchema();
    // Inline tracing is for Apollo's hosted studio, which we do not use; it costs time on every request.
    const server = new ApolloServer<RequestContext>({ schema, introspection: true, includeStacktraceInErrorResponses: false, plugins: [ApolloServerPluginInlineTraceDisabled()] });
    const running = await serveApollo(server, {
      name: definition.name,
      port: options.port ?? subgraphPort(definition),
      // Each subgraph checks the caller's token itself (see identity.ts).
      context: async (request) => new RequestContext(database.dataSource, viewerFrom(request.headers.authorization)),
      health: async () => {
        await database.dataSource.query('SELECT 1');
        return { database: describeTarget(target) };
      },
      onStop: () => database.dataSource.destroy(),
    });
    return { ...running, database };
  } catch (error) {
    await database.dataSource.destroy();
    throw error;
  }
}

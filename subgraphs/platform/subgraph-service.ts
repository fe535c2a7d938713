import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { Database, DatabaseTarget, databaseTarget, openDatabase } from './database';
import { formatDatabaseErrors } from './database-errors';
import { errorMasker } from './error-mask';
import { RunningService, serveApollo } from './http-service';
import { identityFromEnv, viewerFrom } from './identity';
import { subgraphLimits } from './query-limits';
import { RequestContext } from './request-context';
import { READINESS_QUERY } from './sql-statement-counter';
import { subgraphHost, subgraphPort } from './subgraph-config';
import { SIGNATURE_HEADER, signatureProblem, subgraphSecret } from './subgraph-signature';
import { SubgraphDefinition } from './subgraph-definition';

export interface RunningSubgraph extends RunningService {
  database: Database;
}

export interface SubgraphOptions {
  port?: number;
  target?: DatabaseTarget;
}

/** Opens the subgraph's database and serves its schema over HTTP (seeding is `npm run seed`'s job). */
export async function startSubgraph(
  definition: SubgraphDefinition,
  options: SubgraphOptions = {},
): Promise<RunningSubgraph> {
  const secret = subgraphSecret();
  if (!secret) {
    throw new Error(
      'SUBGRAPH_SECRET is not set: a subgraph answers only requests the gateway signed with it (give the gateway the same)',
    );
  }
  const identity = identityFromEnv();
  const target = options.target ?? databaseTarget(definition.name);
  // Its pending migrations run first, under a lock (two services starting on one database do not race).
  const database = await openDatabase(target, definition.entities, { migrations: definition.migrations });
  try {
    const schema = await definition.buildSchema();
    const limits = subgraphLimits();
    // Inline tracing is for Apollo's hosted studio, which we do not use; it costs time on every request.
    const server = new ApolloServer<RequestContext>({
      schema,
      introspection: true,
      includeStacktraceInErrorResponses: false,
      // The screen in serveApollo has already parsed within this bound; Apollo's own parse keeps it too.
      parseOptions: { maxTokens: limits.maxTokens },
      persistedQueries: false,
      // A failing database is DATABASE_UNAVAILABLE; anything else internal is masked to a request id.
      formatError: (formatted, error) =>
        errorMasker(definition.name)(formatDatabaseErrors(definition.name)(formatted, error), error),
      plugins: [ApolloServerPluginInlineTraceDisabled()],
    });
    const running = await serveApollo(server, {
      name: definition.name,
      port: options.port ?? subgraphPort(definition.name),
      host: subgraphHost(definition.name),
      admit: (headers, body) => signatureProblem(headers[SIGNATURE_HEADER] as string | undefined, body, secret),
      // Each subgraph checks the caller's token itself (see identity.ts).
      context: async (request) =>
        new RequestContext(database.dataSource, await viewerFrom(request.headers.authorization, identity)),
      limits,
      readiness: async () => {
        await database.dataSource.query(READINESS_QUERY);
        return { database: target.kind };
      },
      onStop: async () => {
        if (database.dataSource.isInitialized) await database.dataSource.destroy();
      },
    });
    return { ...running, database };
  } catch (error) {
    await database.dataSource.destroy();
    throw error;
  }
}

import { ApolloServer, ApolloServerPlugin, BaseContext, HTTPGraphQLRequest } from '@apollo/server';
import { GraphQLSchema } from 'graphql';

/** A GraphQL request as the host read it: Apollo's shape, plus the body exactly as it arrived. */
export interface EngineRequest extends HTTPGraphQLRequest {
  rawBody: string;
}

/** What an engine answers; the host adds the request id and writes it out. */
export interface EngineResponse {
  status: number;
  headers: Iterable<[string, string]>;
  body: string | AsyncIterable<string>;
}

/**
 * What runs GraphQL behind the hub's HTTP host (http-service.ts): Apollo Server for the subgraphs
 * and the gateway, or another gateway engine serving the same supergraph (Hive Gateway, see
 * gateway/hive-gateway-service.ts). The host screens, admits and identifies every request the
 * same way whichever engine answers it.
 */
export interface GraphQLEngine<TContext> {
  /** Starts the engine; `onSchema` gets the schema it serves (again on every change), for the screen's weights. */
  start(onSchema: (schema: GraphQLSchema) => void): Promise<void>;
  /** Runs one screened request; `context` checks the caller (it throws a coded error for a refused token). */
  execute(request: EngineRequest, context: () => Promise<TContext>): Promise<EngineResponse>;
  stop(): Promise<void>;
}

/** Apollo Server as an engine. */
export function apolloEngine<TContext extends BaseContext>(server: ApolloServer<TContext>): GraphQLEngine<TContext> {
  return {
    async start(onSchema) {
      // The gateway's schema arrives once the supergraph is loaded, so it is captured by a plugin.
      const capture: ApolloServerPlugin = {
        async serverWillStart() {
          return {
            schemaDidLoadOrUpdate: ({ apiSchema }) => onSchema(apiSchema),
          };
        },
      };
      server.addPlugin(capture);
      await server.start();
    },
    async execute(request, context) {
      const { rawBody: _raw, ...httpGraphQLRequest } = request;
      const result = await server.executeHTTPGraphQLRequest({ httpGraphQLRequest, context });
      return {
        status: result.status ?? 200,
        headers: result.headers,
        body: result.body.kind === 'complete' ? result.body.string : result.body.asyncIterator,
      };
    },
    stop: () => server.stop(),
  };
}

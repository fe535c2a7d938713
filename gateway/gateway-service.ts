import { ApolloGateway, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { readFileSync } from 'node:fs';
import { RunningService, serveApollo } from '../subgraphs/platform/http-service';
import { identityFromEnv, viewerFrom } from '../subgraphs/platform/identity';
import { configuredSubgraphs, subgraphUrl } from '../subgraphs/platform/subgraph-config';
import { subgraphSecret } from '../subgraphs/platform/subgraph-signature';
import { queryLimitsPlugin } from './query-limits.plugin';
import { SignedDataSource } from './signed-data-source';
import { supergraphFile } from './schema-files';

export interface GatewayOptions {
  port?: number;
  /** Subgraph name → URL; defaults from <NAME>_URL or localhost. */
  subgraphUrls?: Record<string, string>;
}

interface GatewayContext {
  authorization?: string;
}

export function gatewayPort(env: NodeJS.ProcessEnv = process.env): number {
  return Number(env.GATEWAY_PORT ?? 4000);
}

/**
 * The gateway: @apollo/gateway inside @apollo/server, serving the checked-in supergraph. It
 * holds no data; /health reports each subgraph's health.
 */
export async function startGateway(options: GatewayOptions = {}): Promise<RunningService> {
  const secret = subgraphSecret();
  if (!secret)
    throw new Error(
      'SUBGRAPH_SECRET is not set: the gateway signs every subgraph request with it (give the subgraphs the same)',
    );
  // The same identity configuration as the subgraphs' (identity-config.ts), read at start.
  const identity = identityFromEnv();
  const urls: Record<string, string> = Object.fromEntries(
    configuredSubgraphs().map(({ name }) => [name, options.subgraphUrls?.[name] ?? subgraphUrl(name)]),
  );
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(supergraphFile(), 'utf8'),
    buildService: ({ name, url }) =>
      new SignedDataSource<GatewayContext>(secret, {
        url: urls[name] ?? url,
        // The caller's token goes on to every subgraph, which checks it again itself.
        willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
          if (context.authorization) request.http?.headers.set('authorization', context.authorization);
        },
      }),
  });
  const server = new ApolloServer<GatewayContext>({
    gateway,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    plugins: [queryLimitsPlugin()],
  });
  return serveApollo(server, {
    name: 'gateway',
    port: options.port ?? gatewayPort(),
    context: async (request) => {
      // Rejects a bad token here, before any subgraph is asked.
      await viewerFrom(request.headers.authorization, identity);
      return { authorization: request.headers.authorization };
    },
    health: async () => {
      const subgraphs = await Promise.all(
        Object.entries(urls).map(async ([name, url]) => {
          try {
            const response = await fetch(url.replace(/\/graphql$/, '/health'), { signal: AbortSignal.timeout(2000) });
            return [name, response.ok ? 'ok' : `HTTP ${response.status}`];
          } catch (error) {
            return [name, `unreachable: ${(error as Error).message}`];
          }
        }),
      );
      const down = subgraphs.filter(([, status]) => status !== 'ok');
      if (down.length > 0)
        throw Object.assign(new Error(`subgraphs not healthy: ${down.map(([n, s]) => `${n} ${s}`).join('; ')}`), {
          status: 503,
        });
      return { subgraphs: Object.fromEntries(subgraphs) };
    },
  });
}

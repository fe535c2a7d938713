import { ApolloGateway, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { readFileSync } from 'node:fs';
import { errorMasker } from '../subgraphs/platform/error-mask';
import { RunningService, serveApollo } from '../subgraphs/platform/http-service';
import { identityFromEnv, viewerFrom } from '../subgraphs/platform/identity';
import { gatewayLimits } from '../subgraphs/platform/query-limits';
import { REQUEST_ID_HEADER, requestId } from '../subgraphs/platform/request-id';
import { configuredSubgraphs, subgraphUrl } from '../subgraphs/platform/subgraph-config';
import { subgraphSecret } from '../subgraphs/platform/subgraph-signature';
import { clientErrorStatusPlugin } from './client-error-status.plugin';
import { gatewayHooks } from './gateway-hooks';
import { gatewayPort } from './gateway-port';
import { gatewayHttp } from './http/gateway-http';
import { GatewayMetrics } from './metrics';
import { SignedDataSource, subgraphTimeoutMs } from './signed-data-source';
import { stringScalarArgumentsRule } from './string-scalar-arguments.rule';
import { subgraphsReady } from './subgraphs-ready';
import { supergraphFile } from './schema-files';

export interface GatewayOptions {
  port?: number;
  /** Subgraph name → URL; defaults from <NAME>_URL or localhost. */
  subgraphUrls?: Record<string, string>;
}

interface GatewayContext {
  authorization?: string;
}

export { gatewayPort };

/** Subgraph name → the URL the gateway reaches it at: `options.subgraphUrls`, else <NAME>_URL or localhost. */
export function gatewaySubgraphUrls(options: GatewayOptions = {}): Record<string, string> {
  return Object.fromEntries(
    configuredSubgraphs().map(({ name }) => [name, options.subgraphUrls?.[name] ?? subgraphUrl(name)]),
  );
}

/**
 * The gateway: @apollo/gateway inside @apollo/server, serving the checked-in supergraph. It
 * holds no data; /health/ready reports whether every subgraph is ready (checked in the
 * background), /health/live that the gateway itself is up.
 */
export async function startGateway(options: GatewayOptions = {}): Promise<RunningService> {
  const secret = subgraphSecret();
  if (!secret)
    throw new Error(
      'SUBGRAPH_SECRET is not set: the gateway signs every subgraph request with it (give the subgraphs the same)',
    );
  // The same identity configuration as the subgraphs' (identity-config.ts), read at start.
  const identity = identityFromEnv();
  const urls = gatewaySubgraphUrls(options);
  const limits = gatewayLimits();
  const timeoutMs = subgraphTimeoutMs();
  const metrics = new GatewayMetrics();
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(supergraphFile(), 'utf8'),
    buildService: ({ name, url }) => {
      const source = new SignedDataSource<GatewayContext>(name, secret, timeoutMs, {
        url: urls[name] ?? url,
        // The caller's token goes on to every subgraph, which checks it again itself.
        willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
          if (context.authorization) request.http?.headers.set('authorization', context.authorization);
          // One id for the request across the hub's logs: the subgraph logs its internal errors under it too.
          request.http?.headers.set(REQUEST_ID_HEADER, requestId());
        },
      });
      source.fetcher = metrics.observeFetches(name, source.fetcher);
      return source;
    },
  });
  const server = new ApolloServer<GatewayContext>({
    gateway,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    // Limits are enforced before Apollo parses (serveApollo's screen); Apollo's own parse keeps the token bound too.
    parseOptions: { maxTokens: limits.maxTokens },
    persistedQueries: false,
    validationRules: [stringScalarArgumentsRule],
    formatError: errorMasker('gateway'),
    // The IDE is our own bundle (gateway/ide/), not Apollo's landing page from a CDN.
    plugins: [clientErrorStatusPlugin(), metrics.plugin(), ApolloServerPluginLandingPageDisabled()],
  });
  return serveApollo(server, {
    name: 'gateway',
    port: options.port ?? gatewayPort(),
    context: async (request) => {
      // Rejects a bad token here, before any subgraph is asked.
      await viewerFrom(request.headers.authorization, identity);
      return { authorization: request.headers.authorization };
    },
    limits,
    readiness: () => subgraphsReady(urls),
    hooks: gatewayHooks(metrics),
    extraHttp: gatewayHttp(),
  });
}

import { GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { logServerEvent } from '../subgraphs/platform/server-log';
import { signedHeaders } from '../subgraphs/platform/subgraph-signature';

/** SUBGRAPH_TIMEOUT_MS: how long the gateway waits for a subgraph's answer (default 10 s). */
export function subgraphTimeoutMs(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.SUBGRAPH_TIMEOUT_MS);
  return Number.isFinite(value) && value > 0 ? value : 10_000;
}

type GatewayGraphQLResponse = Awaited<ReturnType<RemoteGraphQLDataSource['process']>>;

interface SubgraphFailure {
  name?: string;
  type?: string;
  code?: string;
  message?: string;
  extensions?: { response?: { status?: number; body?: unknown } };
}

/**
 * A subgraph data source that signs each request's exact body (see subgraph-signature.ts), so
 * that subgraphs can refuse anything that did not come through the gateway; gives up after the
 * time-out; and turns a subgraph's failure into one client-safe error naming the service (its
 * URL and the network error go to the log), so that only that subgraph's fields are lost.
 */
export class SignedDataSource<TContext extends BaseContext> extends RemoteGraphQLDataSource<TContext> {
  constructor(
    private readonly serviceName: string,
    secret: string,
    private readonly timeoutMs: number,
    config: Partial<RemoteGraphQLDataSource<TContext>>,
  ) {
    super(config);
    const send = this.fetcher;
    this.fetcher = (url, init) =>
      send(url, {
        ...init,
        signal: AbortSignal.timeout(timeoutMs),
        headers: { ...(init?.headers as Record<string, string>), ...signedHeaders(String(init?.body ?? ''), secret) },
      });
  }

  override async process(options: GraphQLDataSourceProcessOptions<TContext>): Promise<GatewayGraphQLResponse> {
    try {
      return await super.process(options);
    } catch (caught) {
      const failure = caught as SubgraphFailure;
      const response = failure.extensions?.response;
      const errors = (response?.body as { errors?: unknown } | undefined)?.errors;
      // A 400 with GraphQL errors is the subgraph refusing the caller's input (a wrongly typed
      // literal the gateway's schema cannot check, a limit): pass its coded errors on.
      if (response?.status === 400 && Array.isArray(errors) && errors.length > 0)
        return { errors: errors as GatewayGraphQLResponse['errors'] };
      const timedOut = failure.name === 'AbortError' || failure.name === 'TimeoutError' || failure.type === 'aborted';
      logServerEvent('gateway', timedOut ? 'subgraph_timeout' : 'subgraph_unavailable', {
        subgraph: this.serviceName,
        url: this.url,
        status: response?.status ?? null,
        error: failure.message ?? String(caught),
        errorCode: failure.code ?? null,
      });
      throw new GraphQLError(
        timedOut
          ? `The ${this.serviceName} service did not answer within ${this.timeoutMs} ms: its fields are null in this answer.`
          : `The ${this.serviceName} service is unavailable: its fields are null in this answer.`,
        { extensions: { code: timedOut ? 'SUBGRAPH_TIMEOUT' : 'SUBGRAPH_UNAVAILABLE', service: this.serviceName } },
      );
    }
  }
}

import { RemoteGraphQLDataSource } from '@apollo/gateway';
import { BaseContext } from '@apollo/server';
import { signedHeaders } from '../subgraphs/platform/subgraph-signature';

/**
 * A subgraph data source that signs each request's exact body (see subgraph-signature.ts), so
 * that subgraphs can refuse anything that did not come through the gateway.
 */
export class SignedDataSource<TContext extends BaseContext> extends RemoteGraphQLDataSource<TContext> {
  constructor(secret: string, config: Partial<RemoteGraphQLDataSource<TContext>>) {
    super(config);
    const send = this.fetcher;
    this.fetcher = (url, init) =>
      send(url, {
        ...init,
        headers: { ...(init?.headers as Record<string, string>), ...signedHeaders(String(init?.body ?? ''), secret) },
      });
  }
}

import 'reflect-metadata';
import { startGateway } from '../../gateway/gateway-service';
import { RunningService } from '../../subgraphs/platform/http-service';
import { loadSubgraphs } from '../../subgraphs/platform/subgraph-definition';
import { RunningSubgraph, startSubgraph } from '../../subgraphs/platform/subgraph-service';
import { Backend, testTarget } from './backends';
import { TEST_JWT_SECRET } from './board-token';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string; argument?: string } }[];
}

export interface Stack {
  gateway: RunningService;
  subgraphs: Record<string, RunningSubgraph>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  query<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphQLResponse<T>>;
  stop(): Promise<void>;
}

/** POSTs a GraphQL request; `token` is sent as a Bearer JWT (see subgraphs/shared/identity.ts). */
export async function postGraphQL<T>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  token?: string,
): Promise<GraphQLResponse<T>> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    ...(token ? { authorization: `Bearer ${token}` } : {}),
  };
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  return (await response.json()) as GraphQLResponse<T>;
}

/** The real thing: every subgraph server over its test database, and the gateway over them, on free ports. */
export async function startStack(backend: Backend): Promise<Stack> {
  const subgraphs: Record<string, RunningSubgraph> = {};
  for (const definition of loadSubgraphs()) {
    subgraphs[definition.name] = await startSubgraph(definition, {
      port: 0,
      target: testTarget(backend, definition.name),
    });
  }
  const gateway = await startGateway({
    port: 0,
    subgraphUrls: Object.fromEntries(Object.entries(subgraphs).map(([name, s]) => [name, s.url])),
  });
  return {
    gateway,
    subgraphs,
    query: (query, variables, token) => postGraphQL(gateway.url, query, variables, token),
    async stop() {
      await gateway.stop();
      for (const service of Object.values(subgraphs)) await service.stop();
    },
  };
}

/**
 * The stack for suites that send tokens: started with the test JWT secret, which `stop` puts back
 * as it was.
 */
export async function startStackWithTokens(backend: Backend): Promise<Stack> {
  const previous = process.env.JWT_SECRET;
  process.env.JWT_SECRET = TEST_JWT_SECRET;
  const stack = await startStack(backend);
  return {
    ...stack,
    async stop() {
      await stack.stop();
      process.env.JWT_SECRET = previous;
    },
  };
}

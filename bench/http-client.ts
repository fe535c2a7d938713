import { signedHeaders } from '../subgraphs/platform/subgraph-signature';

/**
 * POSTs a GraphQL request and gives its data, throwing on any error (a bench that timed wrong
 * answers would time nothing). Signed as the gateway signs, since the bench also asks subgraphs
 * directly (a gateway ignores the header).
 */
export async function graphql(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
): Promise<Record<string, any>> {
  const body = JSON.stringify({ query, variables });
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    ...signedHeaders(body),
    ...(token ? { authorization: `Bearer ${token}` } : {}),
  };
  const response = await fetch(url, { method: 'POST', headers, body });
  const result = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (result.errors) throw new Error(`${url}: ${JSON.stringify(result.errors).slice(0, 500)}`);
  return result.data!;
}

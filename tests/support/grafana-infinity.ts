import { parseCsv } from '../../seed/shared/csv';
import { SentRequest } from './power-query';

/** A provisioned Infinity data source, as in Grafana's provisioning YAML. */
export interface InfinityDataSource {
  url: string;
  jsonData: { auth_method?: string; allowedHosts?: string[] };
  secureJsonData?: { bearerToken?: string };
}

/** An Infinity query, as the panel's query JSON holds it. */
export interface InfinityQuery {
  type: 'graphql' | 'csv' | 'json';
  url: string;
  url_options: {
    method: string;
    params?: { key: string; value: string }[];
    headers?: { key: string; value: string }[];
    body_type?: string;
    body_content_type?: string;
    body_graphql_query?: string;
    body_graphql_variables?: string;
  };
  root_selector?: string;
}

/**
 * The request the Infinity plugin's backend makes for a query (its GetQueryURL and GetQueryBody):
 * the query's URL after the data source's, its params, the data source's bearer token, and for
 * GraphQL a JSON body of the query and its variables.
 */
export function infinityRequest(source: InfinityDataSource, query: InfinityQuery): SentRequest {
  const base = query.url.startsWith(source.url) ? query.url : source.url + query.url;
  const url = new URL(base);
  for (const { key, value } of query.url_options.params ?? []) url.searchParams.append(key, value);
  if (source.jsonData.allowedHosts?.length && !source.jsonData.allowedHosts.some((h) => url.href.startsWith(h)))
    throw new Error(`Infinity: ${url.href} is not an allowed host`);
  const headers: Record<string, string> = {};
  for (const { key, value } of query.url_options.headers ?? []) headers[key] = value;
  if (source.jsonData.auth_method === 'bearerToken')
    headers.Authorization = `Bearer ${source.secureJsonData?.bearerToken ?? ''}`;
  let body: string | undefined;
  if (query.url_options.method === 'POST' && query.url_options.body_type === 'graphql') {
    const variables = query.url_options.body_graphql_variables
      ? (JSON.parse(query.url_options.body_graphql_variables) as Record<string, unknown>)
      : undefined;
    body = JSON.stringify({ query: query.url_options.body_graphql_query, variables });
    headers['Content-Type'] = query.url_options.body_content_type || 'application/json';
  }
  return { url: url.href, method: query.url_options.method, headers, body };
}

/**
 * A root selector as JSONata reads the recipes' (a path through objects, mapping over lists and
 * flattening them, with an optional last step `[field='value']`).
 */
export function selectRoot(data: unknown, selector: string): unknown[] {
  const match = /^([\w.]+)(?:\[(\w+)='([^']*)'\])?$/.exec(selector);
  if (!match) throw new Error(`the recipes' root selectors are paths, not "${selector}"`);
  let items: unknown[] = [data];
  for (const step of match[1].split('.'))
    items = items.flatMap((item) => {
      const next = (item as Record<string, unknown> | null)?.[step];
      return next === undefined || next === null ? [] : Array.isArray(next) ? next : [next];
    });
  return match[2] ? items.filter((item) => String((item as Record<string, unknown>)[match[2]]) === match[3]) : items;
}

/** Runs a query as the plugin would and gives the table's rows (before any column selection). */
export async function runInfinity(source: InfinityDataSource, query: InfinityQuery, sent: SentRequest[] = []) {
  const request = infinityRequest(source, query);
  sent.push(request);
  const response = await fetch(request.url, {
    method: request.method,
    headers: { ...request.headers, 'accept-encoding': 'gzip' },
    body: request.body,
  });
  if (!response.ok) throw new Error(`Infinity got ${response.status}: ${await response.text()}`);
  if (query.type === 'csv') return parseCsv(await response.text());
  const json: unknown = await response.json();
  return query.root_selector ? selectRoot(json, query.root_selector) : [json];
}

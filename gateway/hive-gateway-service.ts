import { createGatewayRuntime, GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { readFileSync } from 'node:fs';
import { errorMasker } from '../subgraphs/platform/error-mask';
import { EngineResponse, GraphQLEngine } from '../subgraphs/platform/graphql-engine';
import { RunningService, serveGraphQL } from '../subgraphs/platform/http-service';
import { identityFromEnv, viewerFrom } from '../subgraphs/platform/identity';
import { gatewayLimits } from '../subgraphs/platform/query-limits';
import { REQUEST_ID_HEADER, requestId } from '../subgraphs/platform/request-id';
import { logServerEvent } from '../subgraphs/platform/server-log';
import { signedHeaders, subgraphSecret } from '../subgraphs/platform/subgraph-signature';
import { callersErrorAnswer } from './client-error-status.plugin';
import { GatewayOptions, gatewaySubgraphUrls } from './gateway-service';
import { subgraphTimeoutMs } from './signed-data-source';
import { stringScalarArgumentsRule } from './string-scalar-arguments.rule';
import { subgraphsReady } from './subgraphs-ready';
import { supergraphFile } from './schema-files';

/** HIVE_GATEWAY_PORT: where `npm run start:hive` listens (default 4010, beside the Apollo gateway's 4000). */
export function hiveGatewayPort(env: NodeJS.ProcessEnv = process.env): number {
  return Number(env.HIVE_GATEWAY_PORT ?? 4010);
}

/** Signs every request Hive sends a subgraph, over its exact body, as the Apollo gateway does. */
function signedSubgraphRequests(secret: string): GatewayPlugin {
  return {
    onFetch({ options, setOptions }) {
      const body = typeof options.body === 'string' ? options.body : '';
      setOptions({ ...options, headers: { ...options.headers, ...signedHeaders(body, secret) } });
    },
  };
}

/** The gateway's rule that a Date or Period argument is written as a string (string-scalar-arguments.rule.ts). */
function hubValidationRules(): GatewayPlugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(stringScalarArgumentsRule);
    },
  };
}

/** Hive's codes for a subgraph it could not reach (or that failed without a code), and for one that timed out. */
const UNREACHABLE = new Set(['SUBREQUEST_HTTP_ERROR', 'DOWNSTREAM_SERVICE_ERROR']);
const TIMED_OUT = 'GATEWAY_TIMEOUT';

/**
 * Hive's errors said as the hub says them, so callers see one vocabulary whichever engine answers:
 * a variable that does not fit its type is BAD_USER_INPUT (graphql-js gives it no code; Apollo
 * adds this one), and a subgraph Hive could not reach or that timed out (named in `serviceName`)
 * is SUBGRAPH_UNAVAILABLE or SUBGRAPH_TIMEOUT with `service`; the detail goes to the log.
 */
function inHubTerms(error: GraphQLFormattedError): GraphQLFormattedError {
  const code = error.extensions?.code;
  if (code === undefined && error.message.startsWith('Variable "$'))
    return { ...error, extensions: { ...error.extensions, code: 'BAD_USER_INPUT' } };
  const service = error.extensions?.serviceName;
  if (typeof service !== 'string' || typeof code !== 'string' || !(UNREACHABLE.has(code) || code === TIMED_OUT))
    return error;
  const timedOut = code === TIMED_OUT;
  logServerEvent('hive-gateway', timedOut ? 'subgraph_timeout' : 'subgraph_unavailable', {
    subgraph: service,
    code,
    error: error.message,
  });
  return {
    ...error,
    message: timedOut
      ? `The ${service} service did not answer within ${subgraphTimeoutMs()} ms: its fields are null in this answer.`
      : `The ${service} service is unavailable: its fields are null in this answer.`,
    extensions: { code: timedOut ? 'SUBGRAPH_TIMEOUT' : 'SUBGRAPH_UNAVAILABLE', service },
  };
}

/**
 * The hub's error masking (error-mask.ts) applied to every answer Hive sends, parse and
 * validation errors included: client errors keep their code and message, anything else becomes
 * INTERNAL_SERVER_ERROR with the request id, its detail logged (Hive's own masking is off). Then
 * the status says whose mistake it was, as at the Apollo gateway (client-error-status.plugin.ts).
 */
function hubErrorMasking(): GatewayPlugin {
  const mask = errorMasker('hive-gateway');
  return {
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result) || !('errors' in result) || !result.errors?.length) return;
      const errors = result.errors.map((error) => {
        const original = error as GraphQLError;
        const formatted = mask(inHubTerms(original.toJSON ? original.toJSON() : original), original);
        return new GraphQLError(formatted.message, {
          nodes: original.nodes,
          source: original.source,
          positions: original.positions,
          path: formatted.path,
          extensions: formatted.extensions,
        });
      });
      const answer = callersErrorAnswer(result.data, errors);
      // Hive reads the status from the result's `http` extension and leaves it out of the answer.
      const http = { status: answer?.status ?? statusChosen(result.errors) };
      setResult(
        answer?.dropData
          ? { errors, extensions: { http } }
          : { ...result, errors, extensions: { ...result.extensions, http } },
      );
    },
  };
}

/**
 * The caller's-fault status Hive had chosen from its errors (e.g. 400 for a document that does not
 * parse), else 200: a subgraph's failure is not the caller's, and the answer is still partial data.
 */
const statusChosen = (errors: readonly GraphQLError[]) =>
  Math.max(
    200,
    ...errors
      .map((e) => (e.extensions?.http as { status?: number } | undefined)?.status ?? 0)
      .filter((status) => status < 500),
  );

/**
 * Hive Gateway as an engine behind the hub's HTTP host: its own endpoints, landing page, request
 * ids and masking are off, because the host serves health, screens the limits and names the
 * request, and the hub's masking is a plugin.
 */
function hiveEngine(urls: Record<string, string>, secret: string): GraphQLEngine<unknown> {
  const runtime = createGatewayRuntime({
    supergraph: readFileSync(supergraphFile(), 'utf8'),
    transportEntries: Object.fromEntries(Object.entries(urls).map(([name, location]) => [name, { location }])),
    // The caller's token goes on to every subgraph, which checks it again itself; one id joins the logs.
    propagateHeaders: {
      fromClientToSubgraphs: ({ request }) => ({
        authorization: request.headers.get('authorization'),
        [REQUEST_ID_HEADER]: request.headers.get(REQUEST_ID_HEADER),
      }),
    },
    upstreamTimeout: subgraphTimeoutMs(),
    plugins: () => [signedSubgraphRequests(secret), hubValidationRules(), hubErrorMasking()],
    maskedErrors: false,
    requestId: false,
    landingPage: false,
    graphqlEndpoint: '/graphql',
    logging: 'error',
  });
  return {
    async start(onSchema) {
      onSchema(await runtime.getSchema());
    },
    async execute(request, context): Promise<EngineResponse> {
      try {
        await context(); // a refused token stops the request here, before any subgraph is asked
      } catch (error) {
        if (!(error instanceof GraphQLError)) throw error;
        const status = (error.extensions.http as { status?: number } | undefined)?.status ?? 400;
        const { http: _http, ...extensions } = error.extensions;
        return {
          status,
          headers: [['content-type', 'application/json; charset=utf-8']],
          body: JSON.stringify({ errors: [{ message: error.message, extensions }] }),
        };
      }
      const headers = new Headers([...request.headers]);
      headers.set(REQUEST_ID_HEADER, requestId());
      const response = await runtime.fetch(`http://localhost/graphql${request.search}`, {
        method: request.method,
        headers,
        body: request.method === 'POST' ? request.rawBody : undefined,
      });
      return { status: response.status, headers: [...response.headers], body: await response.text() };
    },
    stop: async () => {
      await runtime.dispose();
    },
  };
}

/**
 * The hub served by a second, existing gateway engine: Hive Gateway over the same checked-in
 * supergraph and the same subgraphs, with the same identity check, the same signed subgraph hop,
 * the same limits (screened before Hive parses) and the same health endpoints as the Apollo
 * gateway (gateway-service.ts), so that the supergraph is shown to run on an engine other than
 * the one the hub ships.
 */
export async function startHiveGateway(options: GatewayOptions = {}): Promise<RunningService> {
  const secret = subgraphSecret();
  if (!secret)
    throw new Error(
      'SUBGRAPH_SECRET is not set: the gateway signs every subgraph request with it (give the subgraphs the same)',
    );
  const identity = identityFromEnv();
  const urls = gatewaySubgraphUrls(options);
  return serveGraphQL(hiveEngine(urls, secret), {
    name: 'hive-gateway',
    port: options.port ?? hiveGatewayPort(),
    context: async (request) => {
      await viewerFrom(request.headers.authorization, identity);
      return {};
    },
    limits: gatewayLimits(),
    readiness: () => subgraphsReady(urls),
  });
}

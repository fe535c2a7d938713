import { ApolloServer, BaseContext, HeaderMap } from '@apollo/server';
import { GraphQLSchema } from 'graphql';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { apolloEngine, GraphQLEngine } from './graphql-engine';
import { QueryLimits } from './query-limits';
import { ReadinessProbe } from './readiness-probe';
import { REQUEST_ID_HEADER, requestId, withRequestId } from './request-id';
import { Refusal, screenRequest, tooComplex } from './request-screen';
import { logEvent, logServerEvent } from './server-log';

export interface RunningService {
  name: string;
  url: string;
  port: number;
  /** The interface it listens on (subgraphs: loopback unless configured). */
  host: string;
  /** Stops accepting requests, lets in-flight ones finish, then runs `onStop` (e.g. closes the database). */
  stop(): Promise<void>;
}

/**
 * A route served beside GraphQL (the gateway's board page, IDE, /metrics, CORS): it answers and
 * returns true, or returns false to let the next hook (and finally GraphQL) have the request. A
 * hook may also just set headers on the response (e.g. CORS) and return false.
 */
export type HttpHook = (request: IncomingMessage, response: ServerResponse, url: URL) => boolean | Promise<boolean>;

export interface ServiceOptions<TContext> {
  name: string;
  port: number;
  host?: string;
  context: (request: IncomingMessage) => Promise<TContext>;
  /**
   * The readiness check, run in the background (see readiness-probe.ts): its detail is served at
   * /health/ready; throwing (with an optional `detail`) marks the service not ready (503).
   */
  readiness?: () => Promise<Record<string, unknown>>;
  /** What one request may ask (query-limits.ts), enforced before Apollo parses or validates it. */
  limits: QueryLimits;
  onStop?: () => Promise<void>;
  /** Checks a GraphQL request before it runs (e.g. the gateway's signature); a reason refuses it with 401. */
  admit?: (headers: IncomingMessage['headers'], body: string) => string | null;
  /** Routes tried, in order, before GraphQL (not before the health endpoints). */
  hooks?: HttpHook[];
  /** More HTTP endpoints (the gateway's: reports, compression; see gateway/http-routes.ts). */
  extraHttp?: ExtraHttp;
}

/** A GraphQL request run as if the caller had POSTed it to /graphql: their headers, the same screen and execution. */
export type ExecuteGraphQL = (
  request: IncomingMessage,
  operation: { query: string; variables?: Record<string, unknown>; operationName?: string },
) => Promise<{ status: number; body: string }>;

export interface ExtraHttp {
  /** Called first for every response, e.g. to compress it. */
  prepare?(request: IncomingMessage, response: ServerResponse): void;
  /** Answers the request and returns true, or returns false to leave it to GraphQL and health. */
  route?(request: IncomingMessage, response: ServerResponse, url: URL, execute: ExecuteGraphQL): Promise<boolean>;
}

/**
 * The body, or `tooLarge` once it passes `maxBytes`: the rest is read and dropped (so the
 * connection stays usable for the refusal), up to 64 times the limit, past which the connection is
 * cut (`cut`: nothing can be answered).
 */
async function readBody(
  request: IncomingMessage,
  maxBytes: number,
): Promise<{ text: string } | { tooLarge: true; cut: boolean }> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > maxBytes * 64) return { tooLarge: true, cut: true }; // the caller cuts the connection
    if (size <= maxBytes) chunks.push(chunk as Buffer);
  }
  return size > maxBytes ? { tooLarge: true, cut: false } : { text: Buffer.concat(chunks).toString('utf8') };
}

/** The operation each response answers, for its request log line. */
const operationNames = new WeakMap<ServerResponse, string>();

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', [REQUEST_ID_HEADER]: requestId() });
  response.end(JSON.stringify(body));
}

const sendRefusal = (response: ServerResponse, refusal: Refusal) =>
  send(response, refusal.status, { errors: [refusal.error] });

/** Serves an Apollo Server (every subgraph and the @apollo/gateway gateway) with `serveGraphQL`. */
export function serveApollo<TContext extends BaseContext>(
  server: ApolloServer<TContext>,
  options: ServiceOptions<TContext>,
): Promise<RunningService> {
  return serveGraphQL(apolloEngine(server), options);
}

/**
 * Serves a GraphQL engine over plain node:http: GraphQL at `/graphql` (and `/`), liveness at
 * `/health/live`, readiness at `/health/ready` (and `/health`, its old name). Used by every
 * subgraph and both gateways alike. Every request runs under a request id (the `x-request-id`
 * response header; internal errors are logged under it) and is screened (request-screen.ts)
 * before the engine parses it.
 */
export async function serveGraphQL<TContext>(
  engine: GraphQLEngine<TContext>,
  options: ServiceOptions<TContext>,
): Promise<RunningService> {
  let schema: GraphQLSchema | undefined;
  await engine.start((loaded) => (schema = loaded));
  let stopping = false;
  const probe = new ReadinessProbe(options.readiness ?? (async () => ({})));
  await probe.start();

  const execute: ExecuteGraphQL = async (request, operation) => {
    const raw = JSON.stringify(operation);
    const screened = screenRequest(
      { method: 'POST', search: '', contentType: 'application/json', body: raw },
      schema,
      options.limits,
    );
    if (screened) return { status: screened.status, body: JSON.stringify({ errors: [screened.error] }) };
    const headers = new HeaderMap();
    headers.set('content-type', 'application/json');
    if (request.headers.authorization) headers.set('authorization', request.headers.authorization);
    const result = await engine.execute({ method: 'POST', headers, search: '', body: operation, rawBody: raw }, () =>
      options.context(request),
    );
    let body = '';
    if (typeof result.body === 'string') body = result.body;
    else for await (const chunk of result.body) body += chunk;
    return { status: result.status, body };
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    try {
      options.extraHttp?.prepare?.(request, response);
      if (await options.extraHttp?.route?.(request, response, url, execute)) return;
      if (url.pathname === '/health/live') {
        return send(response, stopping ? 503 : 200, { status: stopping ? 'stopping' : 'live', service: options.name });
      }
      if (url.pathname === '/health/ready' || url.pathname === '/health') {
        if (stopping) return send(response, 503, { status: 'stopping', service: options.name });
        const { ready, detail, checkedAt } = probe.current();
        return send(response, ready ? 200 : 503, {
          status: ready ? 'ok' : 'not ready',
          service: options.name,
          checkedAt,
          ...detail,
        });
      }
      for (const hook of options.hooks ?? []) if (await hook(request, response, url)) return;
      if (url.pathname !== '/graphql' && url.pathname !== '/') {
        return send(response, 404, { error: `not found: ${url.pathname}; GraphQL is served at /graphql` });
      }
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(request.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      const read = request.method === 'POST' ? await readBody(request, options.limits.maxBytes) : { text: '' };
      if ('tooLarge' in read) {
        if (read.cut) return response.socket?.destroy();
        const declared = Number(request.headers['content-length']);
        return sendRefusal(response, tooComplex('bytes', declared, options.limits.maxBytes, 'body is too large'));
      }
      const raw = read.text;
      const refusal = options.admit?.(request.headers, raw);
      if (refusal) {
        return send(response, 401, {
          errors: [
            {
              message: `This service answers only the hub's gateway: the request has ${refusal}.`,
              extensions: { code: 'UNAUTHENTICATED' },
            },
          ],
        });
      }
      const screened = screenRequest(
        {
          method: request.method ?? 'GET',
          search: url.search,
          contentType: headers.get('content-type') ?? '',
          body: raw,
        },
        schema,
        options.limits,
      );
      if (screened) return sendRefusal(response, screened);
      const body: unknown = request.method === 'POST' ? JSON.parse(raw) : raw;
      const named = (body as { operationName?: unknown } | null)?.operationName;
      if (typeof named === 'string') operationNames.set(response, named.slice(0, 100));
      const result = await engine.execute(
        { method: request.method ?? 'GET', headers, search: url.search, body, rawBody: raw },
        () => options.context(request),
      );
      const outHeaders: Record<string, string> = {};
      for (const [key, value] of result.headers) outHeaders[key] = value;
      outHeaders[REQUEST_ID_HEADER] = requestId();
      response.writeHead(result.status, outHeaders);
      if (typeof result.body === 'string') {
        response.end(result.body);
      } else {
        for await (const chunk of result.body) response.write(chunk);
        response.end();
      }
    } catch (error) {
      // Nothing a caller sends should get here; if something does, they get the request id, we get the detail.
      logServerEvent(options.name, 'internal_error', {
        message: (error as Error).message,
        stack: (error as Error).stack,
      });
      if (!response.headersSent)
        send(response, 500, {
          errors: [
            {
              message: `The hub could not answer this (an internal error, logged as request ${requestId()}).`,
              extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: requestId() },
            },
          ],
        });
      else response.end();
    }
  };

  // Requests being answered: stop() waits for them (SIGTERM finishes what it has started).
  let inFlight = 0;
  let drained: (() => void) | undefined;
  const httpServer: Server = createServer((request, response: ServerResponse) => {
    const id = request.headers[REQUEST_ID_HEADER];
    const started = process.hrtime.bigint();
    inFlight++;
    // Once stopping, every answer closes its connection, so keep-alive clients move on.
    if (stopping) response.setHeader('connection', 'close');
    void withRequestId(typeof id === 'string' ? id : undefined, async () => {
      response.once('close', () => {
        logEvent('info', options.name, 'request', {
          method: request.method,
          path: new URL(request.url ?? '/', 'http://localhost').pathname,
          status: response.statusCode,
          ...(operationNames.has(response) ? { operationName: operationNames.get(response) } : {}),
          durationMs: Number((process.hrtime.bigint() - started) / 1000n) / 1000,
        });
        inFlight--;
        if (stopping) setImmediate(() => httpServer.closeIdleConnections());
        if (inFlight === 0) drained?.();
      });
      await handle(request, response);
    });
  });

  // Requests Node cannot parse (headers or URL too large, malformed HTTP) get a coded JSON error too.
  httpServer.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable) return socket.destroy();
    const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
    const body = JSON.stringify({
      errors: [
        {
          message: tooLarge
            ? 'The request headers (or the URL) are too large: send the query in a POST body.'
            : 'The request is not well-formed HTTP.',
          extensions: { code: tooLarge ? 'QUERY_TOO_COMPLEX' : 'BAD_REQUEST' },
        },
      ],
    });
    socket.end(
      `HTTP/1.1 ${tooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request'}\r\n` +
        `content-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\n` +
        `connection: close\r\n\r\n${body}`,
    );
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    // The gateway keeps connections to subgraphs open between requests; a server that closed an idle
    // one first (Node's default is 5 s) could reset a request the gateway had just sent on it.
    httpServer.keepAliveTimeout = 65_000;
    httpServer.headersTimeout = 66_000;
    httpServer.listen(options.port, options.host ?? '0.0.0.0', () => resolve());
  });
  const { port, address: host } = httpServer.address() as AddressInfo;

  return {
    name: options.name,
    port,
    host,
    url: `http://localhost:${port}/graphql`,
    async stop() {
      stopping = true;
      probe.stop();
      // Stop accepting; answer what has arrived; then close the connections left and Apollo.
      const closed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
      httpServer.closeIdleConnections();
      // SHUTDOWN_GRACE_MS bounds the wait (default 30 s: past the gateway's subgraph time-out).
      const graceMs = Number(process.env.SHUTDOWN_GRACE_MS ?? 30_000);
      if (inFlight > 0)
        await new Promise<void>((resolve) => {
          drained = resolve;
          setTimeout(resolve, graceMs).unref();
        });
      httpServer.closeAllConnections();
      await engine.stop();
      await closed;
      if (options.onStop) await options.onStop();
    },
  };
}

/**
 * Stops the services on SIGINT/SIGTERM one after another, in the order given (the gateway before
 * the subgraphs it asks), each finishing its requests in flight, then exits 0.
 */
export function stopOnSignals(services: () => RunningService[]): void {
  let stopping = false;
  const handler = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(
      `${signal} received: stopping ${services()
        .map((s) => s.name)
        .join(', ')}`,
    );
    const stopInOrder = async () => {
      for (const service of services()) await service.stop();
    };
    void stopInOrder().then(
      () => process.exit(0),
      (error) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => handler('SIGINT'));
  process.once('SIGTERM', () => handler('SIGTERM'));
}

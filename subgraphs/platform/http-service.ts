import { ApolloServer, BaseContext, HeaderMap, HTTPGraphQLRequest } from '@apollo/server';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';

export interface RunningService {
  name: string;
  url: string;
  port: number;
  /** The interface it listens on (subgraphs: loopback unless configured). */
  host: string;
  /** Stops accepting requests, lets in-flight ones finish, then runs `onStop` (e.g. closes the database). */
  stop(): Promise<void>;
}

export interface ServiceOptions<TContext extends BaseContext> {
  name: string;
  port: number;
  host?: string;
  context: (request: IncomingMessage) => Promise<TContext>;
  /** Extra readiness detail for /health; throwing marks the service unhealthy (503). */
  health?: () => Promise<Record<string, unknown>>;
  onStop?: () => Promise<void>;
  /** Checks a GraphQL request before it runs (e.g. the gateway's signature); a reason refuses it with 401. */
  admit?: (headers: IncomingMessage['headers'], body: string) => string | null;
}

const MAX_BODY_BYTES = 1_000_000;

async function readBody(request: IncomingMessage): Promise<string> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw Object.assign(new Error('request body too large'), { status: 413 });
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}

/**
 * Serves an Apollo Server over plain node:http: GraphQL at `/graphql` (and `/`), liveness at
 * `/health`. Used by every subgraph and the gateway alike.
 */
export async function serveApollo<TContext extends BaseContext>(
  server: ApolloServer<TContext>,
  options: ServiceOptions<TContext>,
): Promise<RunningService> {
  await server.start();
  let stopping = false;

  const httpServer: Server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      try {
        if (url.pathname === '/health') {
          if (stopping) return send(response, 503, { status: 'stopping', service: options.name });
          const detail = options.health ? await options.health() : {};
          return send(response, 200, { status: 'ok', service: options.name, ...detail });
        }
        if (url.pathname !== '/graphql' && url.pathname !== '/') {
          return send(response, 404, { error: `not found: ${url.pathname}; GraphQL is served at /graphql` });
        }
        const headers = new HeaderMap();
        for (const [key, value] of Object.entries(request.headers)) {
          if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
        }
        const raw = request.method === 'POST' ? await readBody(request) : '';
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
        let body: unknown = raw;
        if (raw && (headers.get('content-type') ?? '').includes('json')) {
          try {
            body = JSON.parse(raw);
          } catch {
            return send(response, 400, {
              errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }],
            });
          }
        }
        const httpGraphQLRequest: HTTPGraphQLRequest = {
          method: request.method ?? 'GET',
          headers,
          search: url.search,
          body,
        };
        const result = await server.executeHTTPGraphQLRequest({
          httpGraphQLRequest,
          context: () => options.context(request),
        });
        const outHeaders: Record<string, string> = {};
        for (const [key, value] of result.headers) outHeaders[key] = value;
        response.writeHead(result.status ?? 200, outHeaders);
        if (result.body.kind === 'complete') {
          response.end(result.body.string);
        } else {
          for await (const chunk of result.body.asyncIterator) response.write(chunk);
          response.end();
        }
      } catch (error) {
        const status = (error as { status?: number }).status ?? 500;
        if (status === 500) console.error(`[${options.name}]`, error);
        if (!response.headersSent)
          send(response, status, {
            errors: [
              {
                message: (error as Error).message,
                extensions: { code: status === 413 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR' },
              },
            ],
          });
        else response.end();
      }
    })();
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
      const closed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
      httpServer.closeIdleConnections();
      await server.stop();
      await closed;
      if (options.onStop) await options.onStop();
    },
  };
}

/** Stops the services on SIGINT/SIGTERM, in order, then exits. */
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
    void Promise.all(services().map((s) => s.stop())).then(
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

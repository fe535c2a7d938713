import { ApolloServerPlugin } from '@apollo/server';
import { IncomingMessage, ServerResponse } from 'node:http';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { HttpHook } from '../subgraphs/platform/http-service';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Fetcher = (url: string, init?: any) => Promise<{ status?: number }>;

/** Operation names are the client's to choose: at most this many get their own label, the rest are "other". */
const MAX_OPERATION_LABELS = 200;
const SECONDS = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/**
 * The gateway's Prometheus metrics, in a registry of its own (several services can share one
 * process, as under `npm start`): GraphQL operations by name and outcome with their duration,
 * each subgraph fetch by subgraph and outcome with its duration, requests in flight, and Node's
 * process metrics. Served at GET /metrics.
 */
export class GatewayMetrics {
  readonly registry = new Registry();
  private readonly operations = new Counter({
    name: 'cschub_graphql_operations_total',
    help: 'GraphQL operations answered by the gateway, by operation name and outcome (ok, error: some errors).',
    labelNames: ['operation', 'outcome'],
    registers: [this.registry],
  });
  private readonly operationSeconds = new Histogram({
    name: 'cschub_graphql_operation_duration_seconds',
    help: 'Time from receiving a GraphQL operation to sending its answer, by operation name.',
    labelNames: ['operation'],
    buckets: SECONDS,
    registers: [this.registry],
  });
  private readonly fetches = new Counter({
    name: 'cschub_subgraph_fetches_total',
    help: 'Requests the gateway sent to a subgraph, by subgraph and outcome (HTTP status, or "failed").',
    labelNames: ['subgraph', 'outcome'],
    registers: [this.registry],
  });
  private readonly fetchSeconds = new Histogram({
    name: 'cschub_subgraph_fetch_duration_seconds',
    help: 'Time a subgraph took to answer the gateway, by subgraph.',
    labelNames: ['subgraph'],
    buckets: SECONDS,
    registers: [this.registry],
  });
  private readonly inFlight = new Gauge({
    name: 'cschub_graphql_operations_in_flight',
    help: 'GraphQL operations the gateway is answering now.',
    registers: [this.registry],
  });
  private readonly requestsInFlight = new Gauge({
    name: 'cschub_http_requests_in_flight',
    help: 'HTTP requests the gateway has received and not yet answered (any path, this scrape included).',
    registers: [this.registry],
  });
  private readonly named = new Set<string>();

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'cschub_gateway_' });
  }

  private operationLabel(name: string | null | undefined): string {
    if (!name || !/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name)) return name ? 'other' : 'anonymous';
    if (this.named.has(name)) return name;
    if (this.named.size >= MAX_OPERATION_LABELS) return 'other';
    this.named.add(name);
    return name;
  }

  /** Counts and times every operation (an Apollo Server plugin). */
  plugin(): ApolloServerPlugin {
    return {
      requestDidStart: async () => {
        this.inFlight.inc();
        const stopTimer = this.operationSeconds.startTimer();
        let operation = 'anonymous';
        return {
          didResolveOperation: async ({ operationName }) => {
            operation = this.operationLabel(operationName);
          },
          willSendResponse: async ({ response, request }) => {
            if (operation === 'anonymous') operation = this.operationLabel(request.operationName);
            const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
            this.operations.inc({ operation, outcome: errors?.length ? 'error' : 'ok' });
            stopTimer({ operation });
            this.inFlight.dec();
          },
        };
      },
    };
  }

  /** The same fetcher, counted and timed as a fetch of `subgraph`. */
  observeFetches<F extends Fetcher>(subgraph: string, fetcher: F): F {
    return (async (url: string, init?: unknown) => {
      const stopTimer = this.fetchSeconds.startTimer({ subgraph });
      try {
        const response = await fetcher(url, init);
        this.fetches.inc({ subgraph, outcome: String(response.status ?? 'unknown') });
        return response;
      } catch (error) {
        this.fetches.inc({ subgraph, outcome: 'failed' });
        throw error;
      } finally {
        stopTimer();
      }
    }) as F;
  }

  /** Counts every request in flight, and answers GET /metrics in Prometheus' text format. */
  hook(): HttpHook {
    return async (request: IncomingMessage, response: ServerResponse, url: URL) => {
      // Every request passes here first (before its body is read), so it is counted until it is answered.
      this.requestsInFlight.inc();
      response.once('close', () => this.requestsInFlight.dec());
      if (url.pathname !== '/metrics') return false;
      if (request.method !== 'GET') {
        response.writeHead(405, { allow: 'GET', 'content-type': 'text/plain; charset=utf-8' });
        response.end('/metrics answers GET only\n');
        return true;
      }
      const text = await this.registry.metrics();
      response.writeHead(200, { 'content-type': this.registry.contentType });
      response.end(text);
      return true;
    };
  }
}

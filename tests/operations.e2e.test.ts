import { ChildProcess, spawn } from 'node:child_process';
import { request } from 'node:http';
import { join } from 'node:path';
import { projectRoot } from '../subgraphs/platform/project-root';
import { publishedFigures } from './support/reference-figures';
import { ProcessStack, startProcessStack } from './support/process-stack';

/**
 * Operations, on real processes: JSON log lines joined by one request id from the gateway to the
 * subgraphs, Prometheus metrics per operation and per subgraph fetch at /metrics, and SIGTERM on
 * the gateway's own entry point (gateway/main.ts) finishing the request in flight before it exits 0.
 */
let stack: ProcessStack;

/** The gateway as production runs it: its real entry point, over the stack's subgraphs, on a free port. */
interface GatewayProcess {
  child: ChildProcess;
  url: string;
  log(): string;
  exited: Promise<number | null>;
}

function startGatewayMain(): Promise<GatewayProcess> {
  const urls = Object.fromEntries(
    Object.values(stack.subgraphs).map((s) => [`${s.name.toUpperCase().replace(/-/g, '_')}_URL`, s.url]),
  );
  const child = spawn(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', join(projectRoot(), 'gateway/main.ts')],
    {
      env: { ...process.env, ...urls, GATEWAY_PORT: '0', LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  let stdout = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    void exited.then((code) => reject(new Error(`gateway exited with ${code} before it was ready:\n${stderr}`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const ready = /gateway ready at (\S+)/.exec(stdout);
      if (ready) resolve({ child, url: ready[1], log: () => stderr, exited });
    });
  });
}

const QUERY = `query ChildrenInCareT4C { region(code: "T4C") { name childrenInCare(at: "2022-03-31") { total { value } } } }`;
const ask = (url: string, requestId?: string) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(requestId ? { 'x-request-id': requestId } : {}) },
    body: JSON.stringify({ query: QUERY, operationName: 'ChildrenInCareT4C' }),
  });

/** The partnership's published total at 31 March 2022: the sum of its councils' published counts. */
const t4cTotal = publishedFigures()
  .filter((f) => f.measure === 'children_in_care_count' && f.asOf === '2022-03-31' && f.breakdown === '')
  .filter((f) => ['E06000020', 'E06000021', 'E06000051', 'E10000028'].includes(f.authority))
  .reduce((sum, f) => sum + f.value, 0);

const lines = (log: string) =>
  log
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);

/** The first line of `log` that matches, waited for a moment: a line is written as its response closes. */
async function logged(log: () => string, match: (line: Record<string, unknown>) => boolean) {
  for (let i = 0; i < 100; i++) {
    const found = lines(log()).find(match);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return undefined;
}

/** A sample's value in Prometheus' text format, e.g. metric(text, 'x_total{a="b"}'). */
function metric(text: string, sample: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${sample} `));
  return line === undefined ? undefined : Number(line.slice(sample.length + 1));
}

const metricsOf = async (url: string) => (await fetch(url.replace(/\/graphql$/, '/metrics'))).text();

beforeAll(async () => {
  stack = await startProcessStack('sqlite', { LOG_LEVEL: 'info' }, { LOG_LEVEL: 'info' });
});

afterAll(async () => {
  await stack?.stop();
});

describe('operations', () => {
  it('writes one JSON line per request, with the same request id in the gateway and in every subgraph it asked', async () => {
    expect(t4cTotal).toBe(3355);
    const id = 'ops-test-request-0001';
    const response = await ask(stack.gateway.url, id);
    expect(response.headers.get('x-request-id')).toBe(id);
    expect(await response.json()).toEqual({
      data: { region: { name: 'Together4Children', childrenInCare: { total: { value: t4cTotal } } } },
    });
    const gatewayLine = await logged(stack.gateway.log, (l) => l.requestId === id && l.event === 'request');
    expect(gatewayLine).toMatchObject({
      level: 'info',
      service: 'gateway',
      method: 'POST',
      path: '/graphql',
      status: 200,
      operationName: 'ChildrenInCareT4C',
    });
    expect(typeof gatewayLine!.durationMs).toBe('number');
    expect(Date.parse(String(gatewayLine!.time))).not.toBeNaN();
    // The gateway asked authorities (the region and its members) and fostering (the count), each under the same id.
    for (const name of ['authorities', 'fostering'])
      expect(lines(stack.subgraphs[name].log()).find((l) => l.requestId === id && l.event === 'request')).toMatchObject(
        {
          service: name,
          path: '/graphql',
          status: 200,
        },
      );
    expect(lines(stack.subgraphs.adoption.log()).some((l) => l.requestId === id)).toBe(false);
  });

  it('serves Prometheus metrics per operation and per subgraph fetch at /metrics', async () => {
    const before = await metricsOf(stack.gateway.url);
    const count = (text: string, sample: string) => metric(text, sample) ?? 0;
    const operation = 'cschub_graphql_operations_total{operation="ChildrenInCareT4C",outcome="ok"}';
    const fostering = 'cschub_subgraph_fetches_total{subgraph="fostering",outcome="200"}';
    for (let i = 0; i < 3; i++) await (await ask(stack.gateway.url)).json();
    const bad = await fetch(stack.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query Wrong { region(code: "NOPE") { name } }' }),
    });
    await bad.json();
    const response = await fetch(stack.gateway.url.replace(/\/graphql$/, '/metrics'));
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const after = await response.text();
    expect(count(after, operation) - count(before, operation)).toBe(3);
    expect(count(after, fostering) - count(before, fostering)).toBe(3);
    expect(count(after, 'cschub_graphql_operations_total{operation="Wrong",outcome="error"}')).toBe(1);
    expect(
      count(after, 'cschub_graphql_operation_duration_seconds_count{operation="ChildrenInCareT4C"}') -
        count(before, 'cschub_graphql_operation_duration_seconds_count{operation="ChildrenInCareT4C"}'),
    ).toBe(3);
    expect(count(after, 'cschub_subgraph_fetch_duration_seconds_count{subgraph="authorities"}')).toBeGreaterThanOrEqual(
      4,
    );
    expect(after).toMatch(/^cschub_gateway_process_resident_memory_bytes \d+/m);
    expect(metric(after, 'cschub_graphql_operations_in_flight')).toBe(0);
  });

  it("on SIGTERM the gateway's own process stops accepting, finishes the request in flight, then exits 0", async () => {
    const gateway = await startGatewayMain();
    const url = new URL(gateway.url);
    // A slow client: the request arrives, and its body is sent in two halves, SIGTERM between them.
    const body = JSON.stringify({ query: QUERY, operationName: 'ChildrenInCareT4C' });
    const slow = request({
      host: url.hostname,
      port: url.port,
      path: url.pathname,
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
        'x-request-id': 'ops-test-in-flight-0001',
      },
    });
    const answered = new Promise<{ status?: number; text: string }>((resolve, reject) => {
      slow.once('response', (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.once('end', () => resolve({ status: response.statusCode, text }));
      });
      slow.once('error', reject);
    });
    slow.write(body.slice(0, 20));
    // In flight: the gateway counts it (and the scrape asking).
    for (let i = 0; i < 200 && metric(await metricsOf(gateway.url), 'cschub_http_requests_in_flight') !== 2; i++)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect(metric(await metricsOf(gateway.url), 'cschub_http_requests_in_flight')).toBe(2);
    gateway.child.kill('SIGTERM');
    // New connections are refused once it stops accepting (a kept-alive one may be answered once more, and closed).
    let refused = false;
    for (let i = 0; i < 100 && !refused; i++) {
      refused = await fetch(gateway.url.replace(/\/graphql$/, '/health/live')).then(
        async (r) => (await r.body?.cancel(), false),
        () => true,
      );
      if (!refused) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(refused).toBe(true);
    expect(gateway.child.exitCode).toBeNull();
    slow.end(body.slice(20));
    const response = await answered;
    expect(response.status).toBe(200);
    expect(JSON.parse(response.text)).toEqual({
      data: { region: { name: 'Together4Children', childrenInCare: { total: { value: t4cTotal } } } },
    });
    expect(await gateway.exited).toBe(0);
    expect(await logged(gateway.log, (l) => l.requestId === 'ops-test-in-flight-0001')).toMatchObject({ status: 200 });
  });
});

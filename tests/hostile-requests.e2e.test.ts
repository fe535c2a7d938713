import { signSubgraphRequest, subgraphSecret, SIGNATURE_HEADER } from '../subgraphs/platform/subgraph-signature';
import { backends } from './support/backends';
import { entityRequests, HostileRequest, hostileRequests } from './support/hostile-requests';
import { ProcessStack, ServiceProcess, startProcessStack } from './support/process-stack';

/**
 * The hostile suite: hundreds of requests a careless or malicious client sends, through the real
 * gateway and straight to each subgraph (signed, as the gateway would, so they reach the
 * subgraph's own screen and schema), every service its own process. No answer is a 5xx, every
 * error has a code, none carries internal detail; an internal error's id is in the server log.
 * Latency and peak memory are recorded and printed, not asserted.
 */
const LEAKS =
  /127\.0\.0\.1|localhost:\d|http:\/\/|serviceName|sqlite|QueryFailedError|TypeORM|node_modules|\/work\/|\.ts:\d+|\.js:\d+|\n\s+at |stacktrace|ECONN/i;
/** MySQL's error codes (ER_DUP_ENTRY…), case-sensitive so that BAD_USER_INPUT is not one. */
const MYSQL_CODES = /\bER_[A-Z_]{3,}/;

interface Outcome {
  label: string;
  status: number;
  ms: number;
  text: string;
}

async function send(url: string, request: HostileRequest, sign: boolean): Promise<Outcome> {
  const body =
    request.body ??
    (request.method === 'GET' || request.method === 'DELETE'
      ? undefined
      : JSON.stringify({ query: request.query, variables: request.variables, operationName: request.operationName }));
  const headers: Record<string, string> = { ...request.headers };
  if (request.contentType !== null) headers['content-type'] = request.contentType ?? 'application/json';
  if (sign) {
    const signed = body === undefined ? '' : typeof body === 'string' ? body : body.toString('utf8');
    headers[SIGNATURE_HEADER] = signSubgraphRequest(signed, subgraphSecret()!);
  }
  const started = performance.now();
  const response = await fetch(`${url}${request.search ?? ''}`, {
    method: request.method ?? 'POST',
    headers,
    body: body as string | undefined,
  });
  const text = await response.text();
  return { label: request.label, status: response.status, ms: performance.now() - started, text };
}

/** What is wrong with an answer (nothing, for a good one). */
function problemsOf(outcome: Outcome, service: ServiceProcess): string[] {
  const where = `${service.name}: ${outcome.label} → ${outcome.status} ${outcome.text.slice(0, 300)}`;
  const problems: string[] = [];
  if (outcome.status >= 500) problems.push(`5xx: ${where}`);
  const leak = LEAKS.exec(outcome.text) ?? MYSQL_CODES.exec(outcome.text);
  if (leak) problems.push(`internal detail "${leak[0]}": ${where}`);
  let body: { errors?: { extensions?: { code?: unknown; requestId?: string } }[] };
  try {
    body = JSON.parse(outcome.text) as typeof body;
  } catch {
    return [...problems, `not JSON: ${where}`];
  }
  if (outcome.status >= 400 && !Array.isArray(body.errors)) problems.push(`an error status without errors: ${where}`);
  for (const error of body.errors ?? []) {
    if (typeof error.extensions?.code !== 'string') problems.push(`an error without a code: ${where}`);
    if (
      error.extensions?.code === 'INTERNAL_SERVER_ERROR' &&
      !service.log().includes(`"requestId":"${error.extensions.requestId}"`)
    )
      problems.push(`an internal error whose request id is not in the log: ${where}`);
  }
  return problems;
}

function summary(
  backend: string,
  outcomes: Map<string, Outcome[]>,
  stack: ProcessStack,
  startRss: Map<string, number>,
): string {
  const lines = [`hostile suite on ${backend}:`];
  for (const [service, list] of outcomes) {
    const sorted = [...list].sort((a, b) => b.ms - a.ms);
    const codes = new Map<number, number>();
    for (const o of list) codes.set(o.status, (codes.get(o.status) ?? 0) + 1);
    const median = sorted[Math.floor(sorted.length / 2)].ms;
    lines.push(
      `  ${service}: ${list.length} requests, statuses ${[...codes].map(([s, n]) => `${s}×${n}`).join(' ')}; ` +
        `median ${median.toFixed(1)} ms, worst ${sorted[0].ms.toFixed(0)} ms (${sorted[0].label}), ` +
        `then ${sorted[1].ms.toFixed(0)} ms (${sorted[1].label})`,
    );
  }
  for (const service of [stack.gateway, ...Object.values(stack.subgraphs)])
    lines.push(
      `  ${service.name}: RSS ${startRss.get(service.name)?.toFixed(0)} MB when ready, peak ${service.peakRssMb().toFixed(0)} MB`,
    );
  return lines.join('\n');
}

describe.each(backends())('hostile requests on %s', (backend) => {
  let stack: ProcessStack;
  const outcomes = new Map<string, Outcome[]>();
  const startRss = new Map<string, number>();
  beforeAll(async () => {
    stack = await startProcessStack(backend);
    for (const service of [stack.gateway, ...Object.values(stack.subgraphs)])
      startRss.set(service.name, service.rssMb());
  });
  afterAll(async () => {
    if (outcomes.size) console.log(summary(backend, outcomes, stack, startRss));
    await stack?.stop();
  });

  const requests = hostileRequests();

  it(`sends at least 250 requests (${requests.length})`, () => {
    expect(requests.length).toBeGreaterThanOrEqual(250);
  });

  it('the gateway: no 5xx, every error coded, no internal detail, the expected refusals', async () => {
    const list: Outcome[] = [];
    outcomes.set('gateway', list);
    const problems: string[] = [];
    for (const request of requests) {
      const outcome = await send(stack.gateway.url, request, false);
      list.push(outcome);
      problems.push(...problemsOf(outcome, stack.gateway));
      if (request.gateway) {
        const { status, code } = request.gateway;
        let got: string | undefined;
        try {
          got = (JSON.parse(outcome.text) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions
            ?.code;
        } catch {
          got = undefined;
        }
        if (outcome.status !== status || got !== code)
          problems.push(
            `${request.label}: expected ${status} ${code}, got ${outcome.status} ${outcome.text.slice(0, 300)}`,
          );
      }
    }
    expect(problems).toEqual([]);
  });

  it.each(['authorities', 'fostering', 'adoption'])(
    'straight to the %s subgraph, signed: no 5xx, every error coded, no internal detail',
    async (name) => {
      const service = stack.subgraphs[name];
      const list: Outcome[] = [];
      outcomes.set(name, list);
      const problems: string[] = [];
      for (const request of [...requests, ...(name === 'authorities' ? [] : entityRequests())]) {
        const outcome = await send(service.url, request, true);
        list.push(outcome);
        problems.push(...problemsOf(outcome, service));
      }
      expect(problems).toEqual([]);
    },
  );

  it('every service still answers a real query afterwards', async () => {
    const response = await fetch(stack.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ region(code: "T4C") { childrenInCare(at: "2022-03-31") { total { value } } } }',
      }),
    });
    expect(await response.json()).toEqual({ data: { region: { childrenInCare: { total: { value: 3355 } } } } });
  });
});

import { backends } from './support/backends';
import { entityRequests, hostileRequests } from './support/hostile-requests';
import { Outcome, problemsOf, sendHostile as send } from './support/hostile-outcome';
import { ProcessStack, startProcessStack } from './support/process-stack';

/** The suite's latencies and memory, printed after it. */
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

/**
 * The hostile suite: hundreds of requests a careless or malicious client sends, through the real
 * gateway and straight to each subgraph (signed, as the gateway would, so they reach the
 * subgraph's own screen and schema), every service its own process. No answer is a 5xx, every
 * error has a code, none carries internal detail; an internal error's id is in the server log.
 * Latency and peak memory are recorded and printed, not asserted.
 */
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

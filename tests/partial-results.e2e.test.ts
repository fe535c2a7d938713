import { backends } from './support/backends';
import { GraphQLResponse } from './support/stack';
import { ProcessStack, startProcessStack } from './support/process-stack';

/**
 * Faults, end to end over real processes: a subgraph that stalls (SIGSTOP) or stops costs only its
 * own fields, within the gateway's time-out, with a coded error naming it; readiness holds under
 * load and reports the stopped subgraph. Figures are the councils' published ones (T4C annual
 * report 2021-22: 3,355 children in care at 31 March 2022; Redcar and Cleveland 341, which an
 * anonymous caller sees rounded to 340).
 */
const TIMEOUT_MS = 1500;

const QUERY = `{
  region(code: "T4C") {
    name
    childrenInCare(at: "2022-03-31") { total { value } }
    adoptionActivity(period: "2021-22") { decisions { total { value } } }
  }
  localAuthority(code: "E06000003") {
    childrenInCare(at: "2022-03-31") { total { value } }
    adoptionTimeliness(period: "2019-22") { children { value } }
  }
}`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Answer = GraphQLResponse<any> & { status: number };

describe.each(backends())('partial results and time-outs over real processes on %s', (backend) => {
  let stack: ProcessStack;
  const ask = async (): Promise<Answer> => {
    const response = await fetch(stack.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: QUERY }),
    });
    return { status: response.status, ...((await response.json()) as GraphQLResponse) };
  };
  const ready = () => fetch(stack.gateway.url.replace(/\/graphql$/, '/health/ready'));

  beforeAll(async () => {
    stack = await startProcessStack(backend, {
      SUBGRAPH_TIMEOUT_MS: String(TIMEOUT_MS),
      READINESS_INTERVAL_MS: '200',
    });
  });
  afterAll(() => stack?.stop());

  it('answers everything while every subgraph is up', async () => {
    const answer = await ask();
    expect(answer.errors).toBeUndefined();
    expect(answer.data.region.childrenInCare.total.value).toBe(3355);
    expect(answer.data.localAuthority.childrenInCare.total.value).toBe(340);
    expect(typeof answer.data.region.adoptionActivity.decisions.total.value).toBe('number');
  });

  it('stays ready under 8 concurrent clients, and every answer is whole', async () => {
    const polls: number[] = [];
    let loading = true;
    const poller = (async () => {
      while (loading) {
        const response = await ready();
        await response.body?.cancel();
        polls.push(response.status);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();
    const clients = Array.from({ length: 8 }, async () => {
      const answers: Answer[] = [];
      for (let i = 0; i < 16; i += 1) answers.push(await ask());
      return answers;
    });
    const answers = (await Promise.all(clients)).flat();
    loading = false;
    await poller;
    expect(answers).toHaveLength(128);
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.data.region.childrenInCare.total.value).toBe(3355);
    }
    expect(polls.length).toBeGreaterThan(0);
    expect(polls.filter((s) => s !== 200)).toEqual([]);
  });

  it('a stalled subgraph (SIGSTOP) costs only its fields, and the request returns while it is still stalled', async () => {
    const adoption = stack.subgraphs.adoption;
    adoption.signal('SIGSTOP');
    try {
      const started = Date.now();
      const answer = await ask();
      const elapsed = Date.now() - started;
      // Returned on the gateway's time-out, not because the stall ended: the process is still stopped.
      expect(adoption.isStopped()).toBe(true);
      expect(elapsed).toBeGreaterThanOrEqual(TIMEOUT_MS);
      expect(answer.status).toBe(200);
      expect(answer.data.region.name).toBe('Together4Children');
      expect(answer.data.region.childrenInCare.total.value).toBe(3355);
      expect(answer.data.localAuthority.childrenInCare.total.value).toBe(340);
      expect(answer.data.region.adoptionActivity).toBeNull();
      expect(answer.data.localAuthority.adoptionTimeliness).toBeNull();
      expect(answer.errors!.length).toBeGreaterThan(0);
      for (const error of answer.errors!) {
        expect(error.extensions).toEqual({ code: 'SUBGRAPH_TIMEOUT', service: 'adoption' });
        expect(error.message).toMatch(/adoption service did not answer within 1500 ms/);
      }
      expect(JSON.stringify(answer)).not.toMatch(/localhost|127\.0\.0\.1|serviceName|http:\/\//);
      // The detail is the gateway's log's, under the request's id.
      expect(stack.gateway.log()).toMatch(/"event":"subgraph_timeout".*"subgraph":"adoption"/);
    } finally {
      adoption.signal('SIGCONT');
    }
    const after = await ask();
    expect(after.errors).toBeUndefined();
    expect(typeof after.data.region.adoptionActivity.decisions.total.value).toBe('number');
  });

  it('a stopped subgraph costs only its fields, with SUBGRAPH_UNAVAILABLE naming it, and readiness says which', async () => {
    const adoption = stack.subgraphs.adoption;
    adoption.signal('SIGTERM');
    await adoption.exited;
    const answer = await ask();
    expect(answer.status).toBe(200);
    expect(answer.data.region.childrenInCare.total.value).toBe(3355);
    expect(answer.data.localAuthority.childrenInCare.total.value).toBe(340);
    expect(answer.data.region.adoptionActivity).toBeNull();
    expect(answer.data.localAuthority.adoptionTimeliness).toBeNull();
    for (const error of answer.errors!) {
      expect(error.extensions).toEqual({ code: 'SUBGRAPH_UNAVAILABLE', service: 'adoption' });
    }
    expect(JSON.stringify(answer)).not.toMatch(/localhost|127\.0\.0\.1|ECONNREFUSED|serviceName|http:\/\//);

    let response = await ready();
    while (response.status === 200) {
      await response.body?.cancel();
      await new Promise((resolve) => setTimeout(resolve, 100));
      response = await ready();
    }
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({
      status: 'not ready',
      subgraphs: { authorities: 'ok', fostering: 'ok', adoption: 'unreachable' },
    });
    const live = await fetch(stack.gateway.url.replace(/\/graphql$/, '/health/live'));
    expect(live.status).toBe(200);
  });
});

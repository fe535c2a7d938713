import { backends } from './support/backends';
import { Stack, startStack } from './support/stack';

/**
 * An internal failure (here: the fostering database gone) reaches the caller as a generic
 * message with a request id and code INTERNAL_SERVER_ERROR, never the database's error text,
 * the subgraph's URL or its name as `serviceName`; the detail is logged server-side as one JSON
 * line under the same id, by the subgraph and by the gateway.
 */
describe.each(backends())('internal errors masked on %s', (backend) => {
  let stack: Stack;
  let logged: string[];
  let spy: jest.SpyInstance;
  beforeAll(async () => {
    stack = await startStack(backend);
  });
  beforeEach(() => {
    logged = [];
    spy = jest.spyOn(console, 'error').mockImplementation((line: unknown) => {
      logged.push(String(line));
    });
  });
  afterEach(() => spy.mockRestore());
  afterAll(() => stack.stop());

  it('gives the caller a request id and the log the detail', async () => {
    const answered = await fetch(stack.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ region(code: "T4C") { name } }' }),
    });
    expect(answered.status).toBe(200);
    expect(answered.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);

    await stack.subgraphs.fostering.database.dataSource.destroy();
    const response = await fetch(stack.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ region(code: "T4C") { name childrenInCare(at: "2022-03-31") { total { value } } } }',
      }),
    });
    const id = response.headers.get('x-request-id')!;
    const text = await response.text();
    const body = JSON.parse(text) as {
      data: { region: { name: string; childrenInCare: unknown } };
      errors: { message: string; extensions: Record<string, unknown> }[];
    };
    // The authorities' part of the answer survives; fostering's field is null.
    expect(body.data.region).toEqual({ name: 'Together4Children', childrenInCare: null });
    expect(body.errors.length).toBeGreaterThan(0);
    for (const error of body.errors) {
      expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: id });
      expect(error.message).toBe(`The hub could not answer this (an internal error, logged as request ${id}).`);
    }
    expect(text).not.toMatch(/sqlite|mysql|connection|typeorm|serviceName|localhost|127\.0\.0\.1|\.ts:\d/i);

    const lines = logged.filter((line) => line.includes(`"requestId":"${id}"`)).map((l) => JSON.parse(l));
    expect(lines.map((l) => `${l.service} ${l.event}`)).toEqual(
      expect.arrayContaining(['fostering internal_error', 'gateway internal_error']),
    );
    const fostering = lines.find((l) => l.service === 'fostering');
    expect(fostering.stack).toMatch(/\.ts:\d+/); // the detail is here, where operators can read it
  });
});

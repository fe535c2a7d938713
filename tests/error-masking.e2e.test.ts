import { backends } from './support/backends';
import { Stack, startStack } from './support/stack';

/**
 * A failure inside a service (here: the fostering database gone) reaches the caller as
 * DATABASE_UNAVAILABLE naming the service, with the request id, never the database's error text,
 * the subgraph's URL or `serviceName`; the detail is logged server-side as one JSON line under the
 * same id. (Any other internal error is masked to INTERNAL_SERVER_ERROR: subgraphs/platform/error-mask.test.ts.)
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
      expect(error.extensions).toEqual({ code: 'DATABASE_UNAVAILABLE', service: 'fostering', requestId: id });
      expect(error.message).toBe(
        `The fostering service could not read its database, so this could not be answered; try again shortly (request ${id}).`,
      );
    }
    expect(text).not.toMatch(/sqlite|mysql|connection|typeorm|serviceName|localhost|127\.0\.0\.1|\.ts:\d/i);

    const lines = logged.filter((line) => line.includes(`"requestId":"${id}"`)).map((l) => JSON.parse(l));
    expect(lines.map((l) => `${l.service} ${l.event}`)).toEqual(
      expect.arrayContaining(['fostering database_unavailable']),
    );
    const fostering = lines.find((l) => l.service === 'fostering');
    expect(fostering.stack).toMatch(/\.ts:\d+/); // the detail is here, where operators can read it
  });
});

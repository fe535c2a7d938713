import { Stack, startStack } from './support/stack';

/**
 * A client's mistakes come back 4xx with a code and a message that says what to fix, through the
 * real gateway (the hostile suite checks hundreds more for codes; these check the words).
 */
describe('client mistakes at the gateway', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack('sqlite');
  });
  afterAll(() => stack.stop());

  const send = async (body: unknown, method = 'POST') => {
    const response = await fetch(stack.gateway.url, {
      method,
      headers: { 'content-type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const json = (await response.json()) as {
      data?: unknown;
      errors: { message: string; extensions: Record<string, unknown> }[];
    };
    return { status: response.status, data: json.data, error: json.errors?.[0] };
  };

  it.each([
    [
      'a wrongly typed Date literal',
      { query: '{ localAuthority(code: "E06000003") { childrenInCare(at: 20220331) { total { value } } } }' },
      'GRAPHQL_VALIDATION_FAILED',
      /^Argument "at" has an invalid value 20220331: expected a Date written as a string, e\.g\. "2022-03-31"\.$/,
    ],
    [
      'a wrongly typed Period in a series',
      {
        query:
          '{ region(code: "ATV") { adoptionActivitySeries(periods: ["2020-21", 2021]) { decisions { total { value } } } } }',
      },
      'GRAPHQL_VALIDATION_FAILED',
      /^Argument "periods" has an invalid value 2021: expected a Period written as a string, e\.g\. "2021-22"\.$/,
    ],
    [
      'a Date variable of the wrong type',
      {
        query:
          'query ($at: Date!) { localAuthority(code: "E06000003") { childrenInCare(at: $at) { total { value } } } }',
        variables: { at: 20220331 },
      },
      'BAD_USER_INPUT',
      /^Variable "\$at" got invalid value 20220331; Date must be written as a string; found number\.$/,
    ],
    ['a mutation', { query: 'mutation { deleteAll }' }, 'BAD_REQUEST', /read-only: it answers query operations/],
    [
      'an unknown operation name',
      { query: 'query Report { __typename }', operationName: 'Other' },
      'OPERATION_RESOLUTION_FAILURE',
      /"operationName" is "Other", but the document has no operation of that name: it has Report\./,
    ],
    ['a batch', [{ query: '{ __typename }' }], 'BAD_REQUEST', /one operation per request/],
    ['malformed JSON', '{"query": "{ __typename }"', 'BAD_REQUEST', /not valid JSON/],
  ])('%s: 400 with a code and a message saying what to fix, no data', async (_label, body, code, message) => {
    const { status, data, error } = await send(body);
    expect(status).toBe(400);
    expect(data).toBeUndefined();
    expect(error.extensions.code).toBe(code);
    expect(error.message).toMatch(message);
  });

  it('a Date written as a string but not a date is the subgraph’s to refuse, naming the argument', async () => {
    const { status, error } = await send({
      query: '{ localAuthority(code: "E06000003") { childrenInCare(at: "2022-02-30") { total { value } } } }',
    });
    expect(status).toBe(200); // a field error in a partial result: the council's other fields still answer
    expect(error).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'at' } });
    expect(error.message).toMatch(/^Argument "at" has an invalid value "2022-02-30": expected a calendar date/);
  });
});

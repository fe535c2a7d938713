import { buildSchema } from 'graphql';
import { gatewayLimits, QueryLimits, subgraphLimits } from './query-limits';
import { RawRequest, screenRequest } from './request-screen';

/**
 * The screen every service runs before Apollo parses a request, on a small schema with lists:
 * what each limit counts (fragments at every use, list sizes multiplied), and that the form of a
 * request is checked first.
 */
const schema = buildSchema(`
  type Query { region(code: ID!): Region  regions: [Region!]! }
  type Region { code: ID! members: [Authority!]! }
  type Authority { code: ID! regions: [Region!]! figures(at: [String!]!): [Figure!]! figure: Figure }
  type Figure { value: Int key: String }
`);

const limits: QueryLimits = {
  maxBytes: 10_000,
  maxTokens: 500,
  maxDepth: 6,
  maxFields: 100,
  maxRepeats: 40,
  maxAliases: 5,
  maxDirectives: 3,
  maxListLength: 20,
  maxCost: 500,
  assumedListSize: 10,
};

const post = (body: unknown): RawRequest => ({
  method: 'POST',
  search: '',
  contentType: 'application/json',
  body: typeof body === 'string' ? body : JSON.stringify(body),
});
const screen = (query: string, variables?: unknown, operationName?: string) =>
  screenRequest(post({ query, variables, operationName }), schema, limits);

describe('the request screen', () => {
  it('lets a query within every limit through', () => {
    expect(screen('{ region(code: "T4C") { code members { code figure { value } } } }')).toBeNull();
  });

  it('counts the depth through a fragment each time it is used, nested', () => {
    // F nests 2 (members { regions }); used at depth 1 and again inside itself through G: 1 + 2 + 2 + 2 = 7 > 6.
    const query = `{ region(code: "A") { ...F } }
      fragment F on Region { members { regions { ...G } } }
      fragment G on Region { members { regions { ...H } } }
      fragment H on Region { members { regions { code } } }`;
    expect(screen(query)?.error).toMatchObject({
      message: expect.stringMatching(/nested 8 fields deep; the limit is 6/),
      extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'depth', allowed: 6, actual: 8 },
    });
  });

  it('counts the fields of a fragment used twice twice', () => {
    const fields = Array.from({ length: 30 }, (_, i) => `c${i}: code`).join(' ');
    const once = `{ region(code: "A") { ...F } } fragment F on Region { ${fields.replace(/c\d+: /g, '')} }`;
    const twice = `{ a: region(code: "A") { ...F } b: region(code: "B") { ...F } c: region(code: "C") { ...F }
      d: region(code: "D") { ...F } } fragment F on Region { ${fields.replace(/c\d+: /g, '')} }`;
    expect(screen(once)).toBeNull();
    expect(screen(twice)?.error.message).toMatch(/selects 124 fields; the limit is 100/);
  });

  it('refuses a fragment cycle, and measures a fragment bomb without expanding it', () => {
    expect(
      screen('{ region(code: "A") { ...F } } fragment F on Region { members { regions { ...F } } }')?.error,
    ).toEqual({
      message: expect.stringMatching(/Fragment "F" spreads itself/),
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    const bomb = Array.from(
      { length: 40 },
      (_, i) => `fragment F${i} on Region { code ${i < 39 ? `...F${i + 1} ...F${i + 1}` : ''} }`,
    );
    expect(screen(`{ region(code: "A") { ...F0 } } ${bomb.join(' ')}`)?.error.message).toMatch(/selects \d+ fields/);
  });

  it('multiplies the cost by list sizes: assumed for members, the argument for a series', () => {
    // region 1 + members (1 + 10 × figures): figures(at: 5 dates) weighs 1 + 5 values + 10 (the assumed size,
    // at least) × 2 fields = 26, so 262 in all; with 20 dates 1 + 20 + 20 × 2 = 61, so 612.
    const series = (n: number) => JSON.stringify(Array.from({ length: n }, (_, i) => `d${i}`));
    expect(screen(`{ region(code: "A") { members { figures(at: ${series(5)}) { value key } } } }`)).toBeNull();
    const refused = screen(`{ region(code: "A") { members { figures(at: ${series(20)}) { value key } } } }`);
    expect(refused?.error.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'cost',
      allowed: 500,
      actual: 612,
    });
    // The same list given as a variable weighs the same.
    const viaVariable = screenRequest(
      post({
        query: 'query ($at: [String!]!) { region(code: "A") { members { figures(at: $at) { value key } } } }',
        variables: { at: Array.from({ length: 20 }, (_, i) => `d${i}`) },
      }),
      schema,
      limits,
    );
    expect(viaVariable?.error.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'cost',
      actual: refused?.error.extensions.actual,
    });
    // Region → members → regions → members: 10 × 10 × 10 lists.
    expect(screen('{ regions { members { regions { members { code } } } } }')?.error.extensions).toMatchObject({
      limit: 'cost',
    });
  });

  it('counts aliases, directives and list lengths, and tokens before parsing', () => {
    const aliases = Array.from({ length: 6 }, (_, i) => `a${i}: region(code: "A") { code }`).join(' ');
    expect(screen(`{ ${aliases} }`)?.error.extensions).toMatchObject({ limit: 'aliases', actual: 6, allowed: 5 });
    expect(screen(`{ region(code: "A") { ${'code '.repeat(41)}} }`)?.error).toMatchObject({
      message: expect.stringMatching(/selects "code" 41 times in one selection set/),
      extensions: { limit: 'repeats', actual: 41, allowed: 40 },
    });
    expect(
      screen('{ region(code: "A") { code @include(if: true) @skip(if: false) @include(if: true) @skip(if: false) } }')
        ?.error.extensions,
    ).toMatchObject({ limit: 'directives', actual: 4 });
    const long = JSON.stringify(Array.from({ length: 21 }, () => 'x'));
    expect(
      screen(`{ region(code: "A") { members { figures(at: ${long}) { value } } } }`)?.error.extensions,
    ).toMatchObject({ limit: 'listLength', actual: 21, allowed: 20 });
    expect(screen(`{ ${'code '.repeat(600)} }`)?.error).toMatchObject({
      message: expect.stringMatching(/more than 500 tokens; the limit is 500/),
      extensions: { limit: 'tokens' },
    });
    expect(screen(`${'{ a '.repeat(100)}${'}'.repeat(100)}`)?.error.extensions).toMatchObject({ limit: 'depth' });
  });

  it('checks the form of the request first: JSON, one operation, a query, no batch', () => {
    const code = (request: RawRequest) => screenRequest(request, schema, limits)?.error.extensions.code;
    expect(code(post('{"query":'))).toBe('BAD_REQUEST');
    expect(code(post([{ query: '{ regions { code } }' }]))).toBe('BAD_REQUEST');
    expect(code(post({ query: 5 }))).toBe('BAD_REQUEST');
    expect(code(post({ query: '{ regions { code } }', variables: [1] }))).toBe('BAD_REQUEST');
    expect(code({ ...post({ query: '{ regions { code } }' }), contentType: 'text/plain' })).toBe('BAD_REQUEST');
    expect(screen('mutation { x }')?.error.message).toMatch(/read-only: it answers query operations, not a mutation/);
    expect(screen('query A { regions { code } }', undefined, 'B')?.error.extensions.code).toBe(
      'OPERATION_RESOLUTION_FAILURE',
    );
    expect(screen('query A { regions { code } } query B { regions { code } }')?.error.extensions.code).toBe(
      'OPERATION_RESOLUTION_FAILURE',
    );
    expect(screen('{ regions { code }')?.error.extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(screenRequest({ method: 'PUT', search: '', contentType: '', body: '' }, schema, limits)?.status).toBe(405);
    const get = (search: string) => screenRequest({ method: 'GET', search, contentType: '', body: '' }, schema, limits);
    expect(get(`?query=${encodeURIComponent('{ regions { code } }')}`)).toBeNull();
    expect(get(`?query=${encodeURIComponent('mutation { x }')}`)?.error.extensions.code).toBe('BAD_REQUEST');
  });

  it('gives subgraphs looser limits than the gateway (planned queries are bigger than the client’s)', () => {
    const gateway = gatewayLimits({});
    const subgraph = subgraphLimits({});
    for (const key of Object.keys(gateway) as (keyof QueryLimits)[])
      if (key !== 'assumedListSize') expect(subgraph[key]).toBeGreaterThan(gateway[key]);
    expect(gatewayLimits({ MAX_QUERY_DEPTH: '7', MAX_QUERY_COST: 'x' })).toMatchObject({
      maxDepth: 7,
      maxCost: gateway.maxCost,
    });
  });
});

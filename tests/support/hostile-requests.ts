/**
 * The hostile suite's requests, generated: what a careless or malicious client sends (malformed
 * bodies, batching, huge and deep queries, alias, fragment and directive bombs, wrong types,
 * injection strings in every string argument, NUL bytes, unicode, huge band lists, bad tokens).
 * `gateway` says what the gateway must answer, where one answer is right.
 */
export interface HostileRequest {
  label: string;
  method?: string;
  /** Sent as is (a string), or as JSON of {query, variables, operationName}. */
  body?: string | Buffer;
  query?: string;
  variables?: unknown;
  operationName?: unknown;
  contentType?: string | null;
  search?: string;
  headers?: Record<string, string>;
  gateway?: { status: number; code: string };
}

const tooComplex = { status: 400, code: 'QUERY_TOO_COMPLEX' };
const badRequest = { status: 400, code: 'BAD_REQUEST' };
const invalid = { status: 400, code: 'GRAPHQL_VALIDATION_FAILED' };
const parseFailed = { status: 400, code: 'GRAPHQL_PARSE_FAILED' };

/** Strings an attacker puts in every string argument (none spells an internal detail itself). */
export const INJECTIONS = [
  "'; DROP TABLE care_episode; --",
  '" OR "1"="1',
  "1' OR '1'='1' --",
  "E06000003' UNION SELECT name FROM x --",
  'E06%',
  '_',
  '%',
  '\\',
  '\\x00',
  'E06000003\u0000',
  '\u0000',
  '\u0000\u0000\u0000DROP',
  '../../../../etc/passwd',
  '<script>alert(1)</script>',
  '{{7*7}}',
  '${7*7}',
  '$where: 1',
  '{"$gt": ""}',
  '\u202eE06000003',
  'Ｅ０６０００００３',
  '👶🏽',
  'Z̷̧̛a̸l̵g̶o̴',
  'E06000003\r\nX-Injected: 1',
  ' E06000003 ',
  '',
  'null',
  'NaN',
  '-1',
  '9'.repeat(400),
  'A'.repeat(20_000),
  '2022-02-30',
  '9999-99-99',
  '2021-22-Q5',
  '0000-00-00',
  '2022-03-31T00:00:00Z',
  '2022-03-31; DROP TABLE x',
];

/** Every string argument the API takes, as a query with the value in place of $V (a String or ID). */
const STRING_ARGUMENTS: { label: string; query: (v: string) => string; type: string }[] = [
  { label: 'localAuthority(code)', type: 'ID!', query: (v) => `{ localAuthority(code: ${v}) { code name } }` },
  { label: 'region(code)', type: 'ID!', query: (v) => `{ region(code: ${v}) { code members { code } } }` },
  {
    label: 'localAuthorities(codes)',
    type: 'ID!',
    query: (v) => `{ localAuthorities(codes: [${v}, "E06000003"]) { code } }`,
  },
  { label: 'child(id)', type: 'ID!', query: (v) => `{ child(id: ${v}) { id } }` },
  {
    label: 'adoptionJourneys(authorityCode)',
    type: 'String!',
    query: (v) => `{ adoptionJourneys(authorityCode: ${v}) { id } }`,
  },
  {
    label: 'childrenInCare(at)',
    type: 'Date!',
    query: (v) => `{ localAuthority(code: "E06000003") { childrenInCare(at: ${v}) { total { value } } } }`,
  },
  {
    label: 'adoptionActivity(period)',
    type: 'Period!',
    query: (v) => `{ region(code: "ATV") { adoptionActivity(period: ${v}) { decisions { total { value } } } } }`,
  },
  {
    label: 'breakdown(ageBands)',
    type: 'String!',
    query: (v) =>
      `{ region(code: "T4C") { childrenInCare(at: "2022-03-31") { breakdown(by: AGE_BAND, ageBands: [${v}]) { key figure { value } } } } }`,
  },
];

function injectionRequests(): HostileRequest[] {
  const requests: HostileRequest[] = [];
  for (const arg of STRING_ARGUMENTS) {
    INJECTIONS.forEach((value, i) => {
      requests.push({ label: `injection #${i} as a literal in ${arg.label}`, query: arg.query(JSON.stringify(value)) });
      if (i % 3 === 0)
        requests.push({
          label: `injection #${i} as a variable in ${arg.label}`,
          query: `query ($v: ${arg.type}) ${arg.query('$v')}`,
          variables: { v: value },
        });
    });
  }
  return requests;
}

const ageBands = (n: number) => JSON.stringify(Array.from({ length: n }, (_, i) => `${i}`).concat([`${n}+`]));
const dates = (n: number) => JSON.stringify(Array.from({ length: n }, (_, i) => `20${10 + (i % 15)}-03-31`));

function nestedRegions(levels: number): string {
  let selection = 'code';
  for (let i = 0; i < levels; i += 1) selection = `members { regions { ${selection} } }`;
  return `{ region(code: "T4C") { ${selection} } }`;
}

function fragmentBomb(levels: number): string {
  const fragments = Array.from(
    { length: levels },
    (_, i) =>
      `fragment F${i} on LocalAuthority { code ${i + 1 < levels ? `...F${i + 1} a${i}: name ...F${i + 1}` : ''} }`,
  );
  return `{ localAuthority(code: "E06000003") { ...F0 } }\n${fragments.join('\n')}`;
}

function shapes(): HostileRequest[] {
  const wide = (n: number, field = '__typename') =>
    `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
  return [
    // The issue's attack: 100 KB of 20,000 selections (froze the gateway for 169 s).
    { label: '20,000 selections in 100 KB', query: `{ ${'__typename '.repeat(20_000)}}`, gateway: tooComplex },
    {
      label: '3,000 aliases of localAuthority',
      query: wide(3000, 'localAuthority(code: "E06000003") { code }'),
      gateway: tooComplex,
    },
    { label: '2,500 aliased __typename', query: wide(2500), gateway: tooComplex },
    { label: '600 aliases (over the alias limit)', query: wide(600), gateway: tooComplex },
    {
      label: '1,000 fields under one region',
      query: `{ region(code: "T4C") { ${'code '.repeat(1000)}} }`,
      gateway: tooComplex,
    },
    { label: '40 repeats of a field', query: `{ region(code: "T4C") { ${'code '.repeat(40)}} }` },
    { label: 'nesting 11 (one over)', query: nestedRegions(5), gateway: tooComplex },
    { label: 'nesting 14', query: nestedRegions(6), gateway: tooComplex },
    { label: 'nesting 40', query: nestedRegions(19), gateway: tooComplex },
    { label: 'depth-10 fan-out over lists (region members regions…)', query: nestedRegions(4), gateway: tooComplex },
    { label: '5,000 nested braces', query: `${'{ a '.repeat(5000)}${'}'.repeat(5000)}`, gateway: tooComplex },
    {
      label: '3,000 nested list brackets',
      query: `{ localAuthorities(codes: ${'['.repeat(3000)}${']'.repeat(3000)}) { code } }`,
      gateway: tooComplex,
    },
    {
      label: 'a list argument of 14,000 values',
      query: `{ localAuthorities(codes: [${'"E06000003",'.repeat(14_000)}]) { code } }`,
      gateway: tooComplex,
    },
    {
      label: 'a fragment used twice counts twice (depth 14 through fragments)',
      query: `{ region(code: "T4C") { ...M } } fragment M on Region { members { regions { members { regions { members { regions { ...N } } } } } } } fragment N on Region { members { regions { members { regions { code } } } } }`,
      gateway: tooComplex,
    },
    { label: 'fragment bomb, 2^30 uses', query: fragmentBomb(30), gateway: tooComplex },
    { label: 'fragment bomb, 2^12 uses', query: fragmentBomb(12), gateway: tooComplex },
    {
      label: 'a fragment spreading itself',
      query: '{ region(code: "T4C") { ...R } } fragment R on Region { code members { regions { ...R } } }',
      gateway: invalid,
    },
    {
      label: 'fragments spreading each other',
      query: '{ region(code: "T4C") { ...A } } fragment A on Region { ...B } fragment B on Region { ...A }',
      gateway: invalid,
    },
    { label: 'a spread of an unknown fragment', query: '{ region(code: "T4C") { ...Nope } }', gateway: invalid },
    {
      label: 'a fragment on an unknown type',
      query: '{ region(code: "T4C") { ...X } } fragment X on Nope { code }',
      gateway: invalid,
    },
    {
      label: '200 unused fragments',
      query: `{ __typename } ${Array.from({ length: 200 }, (_, i) => `fragment U${i} on Region { code name }`).join(' ')}`,
      gateway: invalid,
    },
    {
      label: '100 @include on one field',
      query: `{ region(code: "T4C") { code ${'@include(if: true) '.repeat(100)}} }`,
      gateway: tooComplex,
    },
    {
      label: '60 unknown directives',
      query: `{ region(code: "T4C") { code ${'@nope '.repeat(60)}} }`,
      gateway: tooComplex,
    },
    {
      label: '10 unknown directives',
      query: `{ region(code: "T4C") { code ${'@nope '.repeat(10)}} }`,
      gateway: invalid,
    },
    {
      label: '300 @skip across fields',
      query: `{ ${Array.from({ length: 300 }, (_, i) => `a${i}: __typename @skip(if: false)`).join(' ')} }`,
      gateway: tooComplex,
    },
    {
      label: 'directives on the operation',
      query: `query Q ${'@nope '.repeat(60)}{ __typename }`,
      gateway: tooComplex,
    },
    {
      label: 'a huge band list (5,000 bands)',
      query: `{ region(code: "T4C") { childrenInCare(at: "2022-03-31") { breakdown(by: AGE_BAND, ageBands: ${ageBands(5000)}) { key figure { value } } } } }`,
      gateway: tooComplex,
    },
    {
      label: 'a band list of 30 single years',
      query: `{ region(code: "T4C") { childrenInCare(at: "2022-03-31") { breakdown(by: AGE_BAND, ageBands: ${ageBands(30)}) { key figure { value } } } } }`,
    },
    {
      label: '120 dates × members × breakdowns',
      query: `{ region(code: "PILOT") { members { childrenInCareSeries(at: ${dates(120)}) { total { value } breakdown(by: AGE_BAND) { key figure { value suppressed } } rows(by: [AGE_BAND, LEGAL_STATUS]) { authorityCode ageBand legalStatus value } } } } }`,
      gateway: tooComplex,
    },
    {
      label: '121 dates (over the series limit)',
      query: `{ localAuthority(code: "E06000003") { childrenInCareSeries(at: ${dates(121)}) { total { value } } } }`,
    },
    {
      label: '120 dates on one council',
      query: `{ localAuthority(code: "E06000003") { childrenInCareSeries(at: ${dates(120)}) { at total { value } } } }`,
    },
    {
      label: 'series of periods on a region',
      query: `{ region(code: "ATV") { adoptionActivitySeries(periods: ["2019-20", "2020-21", "2021-22"]) { decisions { total { value } } } } }`,
    },
    {
      label: 'rows by every care dimension',
      query:
        '{ region(code: "T4C") { childrenInCare(at: "2022-03-31") { rows(by: [AGE_BAND, LEGAL_STATUS, PLACEMENT_TYPE, SEX]) { value } } } }',
    },
    {
      label: 'excluding the same characteristic 500 times',
      query: `{ region(code: "ATV") { adoptionTimeliness(period: "2019-22", excluding: [${'SIBLING_GROUP, '.repeat(500)}]) { children { value } } } }`,
    },
    {
      label: 'all councils of England, every member',
      query: '{ localAuthorities { code regions { code members { code } } } }',
    },
    { label: 'introspection', query: '{ __schema { types { name fields { name args { name type { name } } } } } }' },
    {
      label: 'deep introspection of types',
      query:
        '{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } }',
      gateway: tooComplex,
    },
  ];
}

function mistakes(): HostileRequest[] {
  const la = (inner: string) => `{ localAuthority(code: "E06000003") { ${inner} } }`;
  return [
    { label: 'a mutation', query: 'mutation { deleteEverything }', gateway: badRequest },
    { label: 'a named mutation', query: 'mutation Drop { x }', operationName: 'Drop', gateway: badRequest },
    { label: 'a subscription', query: 'subscription { x }', gateway: badRequest },
    {
      label: 'an unknown operation name',
      query: 'query A { __typename }',
      operationName: 'B',
      gateway: { status: 400, code: 'OPERATION_RESOLUTION_FAILURE' },
    },
    {
      label: 'two operations, none named',
      query: 'query A { __typename } query B { __typename }',
      gateway: { status: 400, code: 'OPERATION_RESOLUTION_FAILURE' },
    },
    { label: 'an operation name that is a number', query: '{ __typename }', operationName: 5, gateway: badRequest },
    { label: 'only fragments', query: 'fragment F on Region { code }', gateway: invalid },
    { label: 'only a comment', query: '# nothing', gateway: parseFailed },
    { label: 'an unclosed brace', query: '{ region(code: "T4C") { code }', gateway: parseFailed },
    { label: 'an unclosed string', query: '{ region(code: "T4C) { code } }', gateway: parseFailed },
    { label: 'a NUL byte outside a string', query: '{ region\u0000(code: "T4C") { code } }', gateway: parseFailed },
    { label: 'a BOM before the query', query: '\ufeff{ region(code: "T4C") { code } }' },
    { label: 'a unicode field name', query: '{ régión(code: "T4C") { code } }', gateway: parseFailed },
    { label: 'an emoji alias', query: '{ 👶: region(code: "T4C") { code } }', gateway: parseFailed },
    { label: 'an unknown field', query: '{ secrets }', gateway: invalid },
    {
      label: 'a field of another subgraph’s internals',
      query: '{ _entities(representations: []) { __typename } }',
      gateway: invalid,
    },
    { label: '_service sdl', query: '{ _service { sdl } }', gateway: invalid },
    {
      label: 'a wrongly typed literal at: 20220331',
      query: la('childrenInCare(at: 20220331) { total { value } }'),
      gateway: invalid,
    },
    { label: 'at: true', query: la('childrenInCare(at: true) { total { value } }'), gateway: invalid },
    { label: 'at: null', query: la('childrenInCare(at: null) { total { value } }'), gateway: invalid },
    { label: 'at: a list', query: la('childrenInCare(at: ["2022-03-31"]) { total { value } }'), gateway: invalid },
    { label: 'at: an object', query: la('childrenInCare(at: {y: 2022}) { total { value } }'), gateway: invalid },
    { label: 'at: 2022-02-30', query: la('childrenInCare(at: "2022-02-30") { total { value } }') },
    {
      label: 'period: 2021',
      query: '{ region(code: "ATV") { adoptionActivity(period: 2021) { decisions { total { value } } } } }',
      gateway: invalid,
    },
    {
      label: 'period: 2019-23 (a four-year window)',
      query: '{ region(code: "ATV") { adoptionTimeliness(period: "2019-23") { a10 { value } } } }',
    },
    {
      label: 'by: a string for the enum',
      query: la('childrenInCare(at: "2022-03-31") { breakdown(by: "AGE_BAND") { key } }'),
      gateway: invalid,
    },
    {
      label: 'by: an unknown dimension',
      query: la('childrenInCare(at: "2022-03-31") { breakdown(by: SHOE_SIZE) { key } }'),
      gateway: invalid,
    },
    {
      label: 'ageBands: 5',
      query: la('childrenInCare(at: "2022-03-31") { breakdown(by: AGE_BAND, ageBands: 5) { key } }'),
      gateway: invalid,
    },
    {
      label: 'ageBands not contiguous',
      query: la('childrenInCare(at: "2022-03-31") { breakdown(by: AGE_BAND, ageBands: ["0-4", "9+"]) { key } }'),
    },
    { label: 'code: 123', query: '{ localAuthority(code: 123) { name } }' },
    { label: 'code: null', query: '{ localAuthority(code: null) { name } }', gateway: invalid },
    { label: 'code missing', query: '{ localAuthority { name } }', gateway: invalid },
    {
      label: 'an unknown argument',
      query: '{ localAuthority(code: "E06000003", evil: 1) { name } }',
      gateway: invalid,
    },
    {
      label: 'variable $at: 5',
      query: 'query ($at: Date!) { localAuthority(code: "E06000003") { childrenInCare(at: $at) { total { value } } } }',
      variables: { at: 5 },
    },
    {
      label: 'variable $at: {}',
      query: 'query ($at: Date!) { localAuthority(code: "E06000003") { childrenInCare(at: $at) { total { value } } } }',
      variables: { at: {} },
    },
    {
      label: 'variable $at missing',
      query: 'query ($at: Date!) { localAuthority(code: "E06000003") { childrenInCare(at: $at) { total { value } } } }',
      gateway: { status: 400, code: 'BAD_USER_INPUT' },
    },
    {
      label: 'variable $code: 5 (ID accepts it)',
      query: 'query ($code: ID!) { localAuthority(code: $code) { name } }',
      variables: { code: 5 },
    },
    {
      label: 'variable $code: []',
      query: 'query ($code: ID!) { localAuthority(code: $code) { name } }',
      variables: { code: [] },
      gateway: { status: 400, code: 'BAD_USER_INPUT' },
    },
    {
      label: 'variable $code: {}',
      query: 'query ($code: ID!) { localAuthority(code: $code) { name } }',
      variables: { code: { $ne: null } },
      gateway: { status: 400, code: 'BAD_USER_INPUT' },
    },
    {
      label: 'a variable of the wrong declared type',
      query: 'query ($c: String!) { localAuthority(code: $c) { name } }',
      variables: { c: 'E06000003' },
      gateway: invalid,
    },
    {
      label: 'a variable of an unknown type',
      query: 'query ($c: Nope!) { localAuthority(code: $c) { name } }',
      variables: { c: 'x' },
      gateway: invalid,
    },
    {
      label: 'an undeclared variable',
      query: '{ localAuthority(code: $c) { name } }',
      variables: { c: 'E06000003' },
      gateway: invalid,
    },
    { label: 'variables as an array', query: '{ __typename }', variables: [1, 2], gateway: badRequest },
    { label: 'variables as a string', query: '{ __typename }', variables: 'x', gateway: badRequest },
    {
      label: 'a huge variable list',
      query: 'query ($c: [ID!]) { localAuthorities(codes: $c) { code } }',
      variables: { c: Array.from({ length: 5000 }, (_, i) => `E${i}`) },
    },
    { label: 'record-level data, anonymous', query: '{ adoptionJourneys(authorityCode: "E06000002") { id } }' },
    { label: 'a child, anonymous', query: '{ child(id: "E06000002-C000001") { id careEpisodes { startDate } } }' },
  ];
}

function bodies(): HostileRequest[] {
  const json = 'application/json';
  const ok = '{"query":"{ __typename }"}';
  return [
    { label: 'empty body', body: '', gateway: badRequest },
    { label: 'truncated JSON', body: '{"query":', gateway: badRequest },
    { label: 'JSON null', body: 'null', gateway: badRequest },
    { label: 'JSON number', body: '1', gateway: badRequest },
    { label: 'JSON string', body: '"{ __typename }"', gateway: badRequest },
    { label: 'JSON true', body: 'true', gateway: badRequest },
    { label: 'batch of one', body: `[${ok}]`, gateway: badRequest },
    { label: 'batch of 100', body: `[${Array(100).fill(ok).join(',')}]`, gateway: badRequest },
    { label: 'empty batch', body: '[]', gateway: badRequest },
    { label: 'query: 5', body: '{"query":5}', gateway: badRequest },
    { label: 'query: null', body: '{"query":null}', gateway: badRequest },
    { label: 'query: ""', body: '{"query":""}', gateway: badRequest },
    { label: 'query: an object', body: '{"query":{"a":1}}', gateway: badRequest },
    { label: 'no query', body: '{"variables":{}}', gateway: badRequest },
    {
      label: 'a persisted-query hash only',
      body: '{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"abc"}}}',
    },
    {
      label: 'deeply nested JSON',
      body: `{"query":"{ __typename }","variables":{"v":${'['.repeat(20_000)}${']'.repeat(20_000)}}}`,
    },
    { label: 'a 200 KB body', body: `{"query":"{ __typename }","pad":"${'x'.repeat(200_000)}"}`, gateway: tooComplex },
    { label: 'a 2 MB body', body: `{"query":"{ __typename }","pad":"${'x'.repeat(2_000_000)}"}`, gateway: tooComplex },
    { label: 'NUL bytes in JSON', body: '{"query":"{ __typename }\\u0000"}', gateway: parseFailed },
    { label: 'a raw NUL byte in the body', body: '{"query":"{ __typename }"}\u0000', gateway: badRequest },
    {
      label: 'invalid UTF-8',
      body: Buffer.from([0x7b, 0x22, 0x71, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]),
      gateway: badRequest,
    },
    { label: 'a NUL in a JSON key', body: '{"que\\u0000ry":"{ __typename }"}', gateway: badRequest },
    {
      label: 'a duplicate query key',
      body: '{"query":"{ __typename }","query":"mutation { x }"}',
      gateway: badRequest,
    },
    { label: 'text/plain', body: ok, contentType: 'text/plain', gateway: badRequest },
    { label: 'no content type', body: ok, contentType: null, gateway: badRequest },
    {
      label: 'form-encoded',
      body: 'query=%7B__typename%7D',
      contentType: 'application/x-www-form-urlencoded',
      gateway: badRequest,
    },
    {
      label: 'multipart',
      body: '--x\r\n\r\n{}\r\n--x--',
      contentType: 'multipart/form-data; boundary=x',
      gateway: badRequest,
    },
    { label: 'application/graphql', body: '{ __typename }', contentType: 'application/graphql', gateway: badRequest },
    { label: 'JSON content type, XML body', body: '<query/>', contentType: json, gateway: badRequest },
    { label: 'PUT', method: 'PUT', body: ok, gateway: { status: 405, code: 'BAD_REQUEST' } },
    { label: 'DELETE', method: 'DELETE', gateway: { status: 405, code: 'BAD_REQUEST' } },
    { label: 'PATCH', method: 'PATCH', body: ok, gateway: { status: 405, code: 'BAD_REQUEST' } },
    {
      label: 'GET with a query (CSRF-safe header)',
      method: 'GET',
      search: `?query=${encodeURIComponent('{ region(code: "T4C") { code } }')}`,
      headers: { 'apollo-require-preflight': '1' },
    },
    {
      label: 'GET with a query, no preflight header',
      method: 'GET',
      search: `?query=${encodeURIComponent('{ __typename }')}`,
    },
    {
      label: 'GET with a mutation',
      method: 'GET',
      search: `?query=${encodeURIComponent('mutation { x }')}`,
      headers: { 'apollo-require-preflight': '1' },
      gateway: badRequest,
    },
    {
      label: 'GET with malformed variables',
      method: 'GET',
      search: `?query=${encodeURIComponent('{ __typename }')}&variables=%7B`,
      headers: { 'apollo-require-preflight': '1' },
      gateway: badRequest,
    },
    {
      label: 'GET with a 200 KB URL',
      method: 'GET',
      search: `?query=${'%7B'.repeat(70_000)}`,
      headers: { 'apollo-require-preflight': '1' },
    },
    {
      label: 'a garbage bearer token',
      body: ok,
      headers: { authorization: 'Bearer not.a.token' },
      gateway: { status: 401, code: 'UNAUTHENTICATED' },
    },
    {
      label: 'an empty bearer token',
      body: ok,
      headers: { authorization: 'Bearer ' },
      gateway: { status: 401, code: 'UNAUTHENTICATED' },
    },
    {
      label: 'a 6 KB bearer token',
      body: ok,
      headers: { authorization: `Bearer ${'a'.repeat(6000)}` },
      gateway: { status: 401, code: 'UNAUTHENTICATED' },
    },
    {
      label: 'Basic auth',
      body: ok,
      headers: { authorization: 'Basic YWRtaW46YWRtaW4=' },
      gateway: { status: 401, code: 'UNAUTHENTICATED' },
    },
    {
      label: 'an alg:none token claiming analyst',
      body: ok,
      headers: {
        authorization: `Bearer ${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from('{"sub":"x","role":"analyst","authority":"E06000002","exp":9999999999}').toString('base64url')}.`,
      },
      gateway: { status: 401, code: 'UNAUTHENTICATED' },
    },
    { label: 'a hostile request id header', body: ok, headers: { 'x-request-id': '../../etc/passwd\r\n' } },
  ];
}

/** Requests only a subgraph takes: forged or malformed `_entities` representations (signed, as if from the gateway). */
export function entityRequests(): HostileRequest[] {
  const entities = (
    representations: unknown,
    selection = '... on LocalAuthority { code childrenInCare(at: "2022-03-31") { total { value } } }',
  ) => ({
    query: `query ($r: [_Any!]!) { _entities(representations: $r) { ${selection} } }`,
    variables: { r: representations },
  });
  const la = (code: unknown) => ({ __typename: 'LocalAuthority', code, name: 'x', childPopulation: [] });
  return [
    { label: '_entities: 5,000 authorities', ...entities(Array.from({ length: 5000 }, () => la('E06000003'))) },
    {
      label: '_entities: 200 authorities',
      ...entities(Array.from({ length: 200 }, (_, i) => la(`E0600000${i % 10}`))),
    },
    { label: '_entities: no typename', ...entities([{ code: 'E06000003' }]) },
    { label: '_entities: an unknown typename', ...entities([{ __typename: 'Secrets', code: 'x' }]) },
    { label: '_entities: code as a number', ...entities([la(5)]) },
    { label: '_entities: code as an object', ...entities([la({ $ne: null })]) },
    { label: '_entities: code null', ...entities([la(null)]) },
    { label: '_entities: an injection code', ...entities([la("' OR 1=1 --")]) },
    { label: '_entities: a NUL code', ...entities([la('E06000003\u0000')]) },
    { label: '_entities: representations not a list', ...entities('x') },
    { label: '_entities: a list of nulls', ...entities([null, null]) },
    {
      label: '_entities: a region with 3,000 members',
      ...entities(
        [{ __typename: 'Region', code: 'X', membership: Array.from({ length: 3000 }, () => la('E06000003')) }],
        '... on Region { code childrenInCare(at: "2022-03-31") { total { value } } }',
      ),
    },
    {
      label: '_entities: a region with garbage members',
      ...entities(
        [{ __typename: 'Region', code: 'X', membership: 'all' }],
        '... on Region { code childrenInCare(at: "2022-03-31") { total { value } } }',
      ),
    },
    {
      label: '_entities: childPopulation garbage',
      ...entities(
        [{ __typename: 'LocalAuthority', code: 'E06000003', childPopulation: [{ year: 'x', count: -1 }] }],
        '... on LocalAuthority { childrenInCare(at: "2022-03-31") { ratePer10000 { value } } }',
      ),
    },
    { label: '_service sdl (allowed: the gateway composes with it)', query: '{ _service { sdl } }' },
  ];
}

/** The suite sent to every service. */
export function hostileRequests(): HostileRequest[] {
  return [...bodies(), ...mistakes(), ...shapes(), ...injectionRequests()];
}

import { startHiveGateway } from '../gateway/hive-gateway-service';
import { RunningService } from '../subgraphs/platform/http-service';
import { signToken } from '../subgraphs/platform/identity';
import { SIGNATURE_HEADER, signSubgraphRequest } from '../subgraphs/platform/subgraph-signature';
import { ADOPTION_REPORT } from '../bench/adoption-report.query';
import { backends } from './support/backends';
import { boardToken, TEST_JWT_SECRET } from './support/board-token';
import { hostileRequests } from './support/hostile-requests';
import { Outcome, problemsOf, sendHostile } from './support/hostile-outcome';
import { markedReadmeExamples, readmeHeadline, readmeSectionExample } from './support/readme-examples';
import { postGraphQL, Stack, startStackWithTokens } from './support/stack';

/**
 * The checked-in supergraph served by a second, existing engine: Hive Gateway over the same
 * subgraph servers as @apollo/gateway, with the hub's identity check, signed subgraph hop and
 * limits. It gives the README's answers, the same as Apollo's, and refuses what Apollo refuses.
 */
describe.each(backends())('Hive Gateway over the subgraphs on %s', (backend) => {
  let stack: Stack;
  let hive: RunningService;
  const log: string[] = [];
  const urls = () => Object.fromEntries(Object.entries(stack.subgraphs).map(([name, s]) => [name, s.url]));
  const viaHive = (query: string, variables?: Record<string, unknown>, token?: string) =>
    postGraphQL<Record<string, unknown>>(hive.url, query, variables, token);

  beforeAll(async () => {
    stack = await startStackWithTokens(backend);
    // The services' stderr (their JSON log lines), so that an internal error's id can be looked up.
    jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void log.push(args.join(' ')));
    process.env.JWT_SECRET = TEST_JWT_SECRET;
    hive = await startHiveGateway({ port: 0, subgraphUrls: urls() });
  });
  afterAll(async () => {
    await hive?.stop();
    await stack?.stop();
    jest.restoreAllMocks();
  });

  const examples = () => [
    { ...readmeHeadline(), variables: {} },
    ...markedReadmeExamples().map((e) => ({ ...e, variables: {} })),
    {
      ...readmeSectionExample("## The board's annual adoption report", 'adoption-report'),
      board: 'T4C' as const,
      variables: { region: 'T4C' },
    },
  ];

  it("answers every README example with the README's answer, the same as @apollo/gateway", async () => {
    const list = examples();
    expect(list.map((e) => e.name)).toEqual(
      expect.arrayContaining(['headline', 'series', 'early-help', 'young-carers', 'adoption-report']),
    );
    expect(list.find((e) => e.name === 'adoption-report')!.query).toBe(ADOPTION_REPORT);
    for (const { name, board, query, answer, variables } of list) {
      const token = board ? boardToken(board) : undefined;
      const [fromHive, fromApollo] = [
        await viaHive(query, variables, token),
        await stack.query(query, variables, token),
      ];
      expect([name, fromHive]).toEqual([name, answer]);
      expect([name, fromHive]).toEqual([name, fromApollo]);
    }
  });

  it.each([
    ['a token that is not a JWT', () => 'not-a-token'],
    ['a token signed with another secret', () => boardToken('T4C', 'not-the-hub-secret')],
    [
      'an expired token',
      () =>
        signToken(
          {
            sub: 'x',
            role: 'board_member',
            region: 'T4C',
            authorities: ['E10000028'],
            exp: Math.floor(Date.now() / 1000) - 60,
          },
          TEST_JWT_SECRET,
        ),
    ],
  ])('refuses %s with 401 UNAUTHENTICATED before any subgraph is asked', async (_label, token) => {
    const authorities = stack.subgraphs.authorities.database.statements;
    const before = authorities.count;
    const response = await fetch(hive.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token()}` },
      body: JSON.stringify({ query: '{ region(code: "T4C") { name members { code } } }' }),
    });
    const body = (await response.json()) as {
      data?: unknown;
      errors: { message: string; extensions: { code: string } }[];
    };
    expect(response.status).toBe(401);
    expect(body.data).toBeUndefined();
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(body.errors[0].message).toMatch(/^The bearer token was not accepted: /);
    expect(authorities.count).toBe(before);
  });

  it('signs its subgraph requests: a Hive Gateway with another secret gets nothing from any subgraph', async () => {
    const secret = process.env.SUBGRAPH_SECRET;
    process.env.SUBGRAPH_SECRET = 'not-the-hub-secret';
    const impostor = await startHiveGateway({ port: 0, subgraphUrls: urls() }).finally(() => {
      process.env.SUBGRAPH_SECRET = secret;
    });
    try {
      const result = await postGraphQL<{ region: unknown }>(impostor.url, '{ region(code: "T4C") { name } }');
      expect(result.data?.region ?? null).toBeNull();
      expect(result.errors?.length).toBeGreaterThan(0);
      expect(JSON.stringify(result)).not.toContain('Together4Children');
    } finally {
      await impostor.stop();
    }
    // The hub's own Hive Gateway, with the hub's secret, is answered.
    const real = await viaHive('{ region(code: "T4C") { name } }');
    expect(real).toEqual({ data: { region: { name: 'Together4Children' } } });
  });

  it("loses only an unreachable subgraph's fields, with SUBGRAPH_UNAVAILABLE naming the service, never its address", async () => {
    const cut = await startHiveGateway({
      port: 0,
      subgraphUrls: { ...urls(), fostering: 'http://127.0.0.1:9/graphql' },
    });
    try {
      const result = await postGraphQL<{ region: { name: string; childrenInCare: unknown } }>(
        cut.url,
        '{ region(code: "T4C") { name childrenInCare(at: "2022-03-31") { total { value } } } }',
      );
      expect(result.data).toEqual({ region: { name: 'Together4Children', childrenInCare: null } });
      expect(result.errors?.map((e) => e.extensions)).toEqual([{ code: 'SUBGRAPH_UNAVAILABLE', service: 'fostering' }]);
      expect(JSON.stringify(result)).not.toMatch(/127\.0\.0\.1|:9\b|ECONNREFUSED/);
    } finally {
      await cut.stop();
    }
  });

  it('leaves the subgraphs refusing unsigned and forged requests sent around it', async () => {
    const forged = JSON.stringify({
      query: `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Region { code childrenInCare(at: "2022-03-31") { total { value } } } } }`,
      variables: {
        r: [{ __typename: 'Region', code: 'T4C', members: [{ code: 'E06000001', name: 'x', childPopulation: [] }] }],
      },
    });
    for (const signature of [undefined, signSubgraphRequest(forged, 'not-the-hub-secret')]) {
      const response = await fetch(stack.subgraphs.fostering.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(signature ? { [SIGNATURE_HEADER]: signature } : {}) },
        body: forged,
      });
      const body = (await response.json()) as { data?: unknown; errors: { extensions: { code: string } }[] };
      expect([response.status, body.data, body.errors[0].extensions.code]).toEqual([401, undefined, 'UNAUTHENTICATED']);
    }
  });

  it('refuses hostile queries before Hive parses them, with the limit named', async () => {
    const deep = `{ region(code: "T4C") { members { regions { members { regions { members { regions { members { regions { members { code } } } } } } } } } } }`;
    const aliases = `{ ${Array.from({ length: 600 }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    const bomb = `query { ...F0 } ${Array.from({ length: 12 }, (_, i) => `fragment F${i} on Query { ${i === 11 ? '__typename' : `a: __typename ...F${i + 1} b: __typename ...F${i + 1}`} }`).join(' ')}`;
    for (const [query, limit] of [
      [deep, 'depth'],
      [aliases, 'aliases'],
      [bomb, 'fields'],
    ]) {
      const response = await fetch(hive.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      const body = (await response.json()) as { data?: unknown; errors: { extensions: Record<string, unknown> }[] };
      expect([limit, response.status, body.data]).toEqual([limit, 400, undefined]);
      expect(body.errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit });
    }
  });

  it("answers the hostile suite's requests as the Apollo gateway must: no 5xx, every error coded, nothing internal", async () => {
    const problems: string[] = [];
    const service = { name: 'hive-gateway', log: () => log.join('\n') };
    for (const request of hostileRequests()) {
      const outcome: Outcome = await sendHostile(hive.url, request, false);
      problems.push(...problemsOf(outcome, service));
      if (!request.gateway) continue;
      let code: unknown;
      try {
        code = (JSON.parse(outcome.text) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions
          ?.code;
      } catch {
        code = undefined;
      }
      if (outcome.status !== request.gateway.status || code !== request.gateway.code)
        problems.push(
          `${request.label}: expected ${request.gateway.status} ${request.gateway.code}, got ${outcome.status} ${outcome.text.slice(0, 300)}`,
        );
    }
    expect(problems).toEqual([]);
  });

  it('serves /health/live and /health/ready naming each subgraph, never its address', async () => {
    const base = hive.url.replace(/\/graphql$/, '');
    expect((await fetch(`${base}/health/live`)).status).toBe(200);
    const ready = await fetch(`${base}/health/ready`);
    const body = (await ready.json()) as { subgraphs: Record<string, string> };
    expect(ready.status).toBe(200);
    expect(body.subgraphs).toEqual(Object.fromEntries(Object.keys(stack.subgraphs).map((name) => [name, 'ok'])));
    expect(JSON.stringify(body)).not.toMatch(/localhost|127\.0\.0\.1/);
  });
});

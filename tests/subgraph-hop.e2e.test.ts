import { subgraphHost } from '../subgraphs/platform/subgraph-config';
import { SIGNATURE_HEADER, signSubgraphRequest, subgraphSecret } from '../subgraphs/platform/subgraph-signature';
import { backends } from './support/backends';
import { boardToken } from './support/board-token';
import { Stack, startStackWithTokens } from './support/stack';

/**
 * The gateway-to-subgraph hop is authenticated: a caller who reaches a subgraph directly cannot
 * send it forged entity representations (here: a "T4C" region whose members are ATV's councils,
 * which would give a T4C board member ATV's small numbers).
 */
const ATV = ['E06000001', 'E06000002', 'E06000003', 'E06000004', 'E06000005'];
const FORGED = JSON.stringify({
  query: `query ($representations: [_Any!]!) { _entities(representations: $representations) {
    ... on Region { code childrenInCare(at: "2022-03-31") { breakdown(by: PLACEMENT_TYPE) { key figure { value } } } } } }`,
  variables: {
    representations: [
      { __typename: 'Region', code: 'T4C', membership: ATV.map((code) => ({ code, name: code, childPopulation: [] })) },
    ],
  },
});

describe.each(backends())('the signed gateway-to-subgraph hop on %s', (backend) => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStackWithTokens(backend);
  });
  afterAll(() => stack.stop());

  const direct = (body: string, signature?: string) =>
    fetch(stack.subgraphs.fostering.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${boardToken('T4C')}`,
        ...(signature ? { [SIGNATURE_HEADER]: signature } : {}),
      },
      body,
    });

  it.each([
    ['no signature', () => undefined],
    ['a signature with another secret', () => signSubgraphRequest(FORGED, 'not-the-hub-secret')],
    ['a signature of ten minutes ago', () => signSubgraphRequest(FORGED, subgraphSecret()!, Date.now() - 600_000)],
    ['the signature of another body', () => signSubgraphRequest(FORGED.replace('T4C', 'ATV'), subgraphSecret()!)],
    ['a malformed signature', () => 't=1,v1=zz'],
  ])(
    'refuses a forged _entities request sent straight to a subgraph with %s: 401, no data',
    async (_label, signature) => {
      const response = await direct(FORGED, signature());
      expect(response.status).toBe(401);
      const body = (await response.json()) as {
        data?: { _entities: { code: string }[] };
        errors: { message: string; extensions: { code: string } }[];
      };
      expect(body.data).toBeUndefined();
      expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect(body.errors[0].message).toMatch(/answers only the hub's gateway/);
    },
  );

  it('answers a request signed with the hub secret (what the gateway sends)', async () => {
    const response = await direct(FORGED, signSubgraphRequest(FORGED, subgraphSecret()!));
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      data?: { _entities: { code: string }[] };
      errors: { message: string; extensions: { code: string } }[];
    };
    expect(body.errors).toBeUndefined();
    expect(body.data?._entities[0].code).toBe('T4C');
  });

  it('serves the whole hub through the gateway, and /health to anyone', async () => {
    const result = await stack.query(
      '{ region(code: "T4C") { childrenInCare(at: "2022-03-31") { total { value } } } }',
    );
    expect(result.data?.region.childrenInCare.total.value).toBe(3355);
    expect((await fetch(stack.subgraphs.fostering.url.replace(/\/graphql$/, '/health'))).status).toBe(200);
  });

  it('listens on loopback unless configured otherwise', () => {
    for (const service of Object.values(stack.subgraphs)) expect(service.host).toBe('127.0.0.1');
    expect(subgraphHost('fostering', {})).toBe('127.0.0.1');
    expect(subgraphHost('fostering', { SUBGRAPH_HOST: '0.0.0.0' })).toBe('0.0.0.0');
    expect(subgraphHost('fostering', { SUBGRAPH_HOST: '0.0.0.0', FOSTERING_HOST: '10.0.0.2' })).toBe('10.0.0.2');
  });
});

import { JWTPayload } from 'jose';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signToken } from '../subgraphs/platform/identity';
import { signedHeaders } from '../subgraphs/platform/subgraph-signature';
import { ATV_MEMBERS, T4C_MEMBERS } from '../seed/shared/pilot-councils';
import { Backend, backends } from './support/backends';
import { TEST_JWT_SECRET } from './support/board-token';
import {
  AUDIENCE,
  goodClaims,
  ISSUER,
  serveJwks,
  TestIdentityProvider,
  testIdentityProvider,
  unsignedToken,
} from './support/identity-provider';
import { Stack, startStack } from './support/stack';

/**
 * A council's identity provider plugged into the hub: the gateway and every subgraph started with
 * JWKS_URL (a key set served over HTTP by the test) or JWKS_FILE, JWT_ISSUER and JWT_AUDIENCE, and
 * no JWT_SECRET. Tokens signed RS256 and ES256 with keys made here give board members and analysts
 * what their claims entitle them to; every refused check comes back through the gateway as 401
 * UNAUTHENTICATED naming it; record reads refused are audit-logged with the token's `sub`.
 */
const MIDDLESBROUGH = 'E06000002';
const now = () => Math.floor(Date.now() / 1000);
const T4C_QUERY = `{ region(code: "T4C") { childrenInCare(at: "2022-03-31") {
  rows(by: [AGE_BAND, PLACEMENT_TYPE]) { authorityCode breakdown figure { value suppressed } } } } }`;
const JOURNEYS = `query ($code: String!) { adoptionJourneys(authorityCode: $code) { id } }`;

type Env = Record<string, string | undefined>;

/** Starts the stack with `env` set (and JWT_SECRET unset), putting the environment back on stop. */
async function stackWith(backend: Backend, env: Env): Promise<Stack> {
  const names = ['JWT_SECRET', 'JWKS_URL', 'JWKS_FILE', 'JWT_ISSUER', 'JWT_AUDIENCE', ...Object.keys(env)];
  const previous = Object.fromEntries(names.map((name) => [name, process.env[name]]));
  const set = (values: Env) => {
    for (const [name, value] of Object.entries(values))
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
  };
  set({ JWT_SECRET: undefined, JWKS_URL: undefined, JWKS_FILE: undefined, ...env });
  try {
    const stack = await startStack(backend);
    return {
      ...stack,
      async stop() {
        await stack.stop();
        set(previous);
      },
    };
  } catch (error) {
    set(previous);
    throw error;
  }
}

async function post(stack: Stack, query: string, token?: string, variables?: Record<string, unknown>) {
  const response = await fetch(stack.gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    body: (await response.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] },
  };
}

let provider: TestIdentityProvider;
beforeAll(async () => {
  provider = await testIdentityProvider();
});

const board = (extra: JWTPayload = {}) =>
  goodClaims({ sub: 'pat@t4c.test', role: 'board_member', region: 'T4C', authorities: T4C_MEMBERS, ...extra });
const analyst = (authority: string, extra: JWTPayload = {}) =>
  goodClaims({ sub: `sam@${authority}.test`, role: 'analyst', authority, ...extra });

describe.each(backends())("a council's identity provider (JWKS_URL) through the gateway on %s", (backend) => {
  let stack: Stack;
  let jwks: Awaited<ReturnType<typeof serveJwks>>;
  beforeAll(async () => {
    jwks = await serveJwks(provider.jwks);
    stack = await stackWith(backend, { JWKS_URL: jwks.url, JWT_ISSUER: ISSUER, JWT_AUDIENCE: AUDIENCE });
  });
  afterAll(async () => {
    await stack?.stop();
    await jwks?.close();
  });

  it("shows a board member with an RS256 token their region's small numbers, which anonymous callers do not get", async () => {
    const anonymous = await post(stack, T4C_QUERY);
    const member = await post(stack, T4C_QUERY, await provider.sign('RS256', board()));
    expect(member.body.errors).toBeUndefined();
    const rows: { figure: { value: number | null; suppressed: boolean } }[] =
      member.body.data.region.childrenInCare.rows;
    expect(rows.filter((r) => r.figure.suppressed)).toEqual([]);
    // Independent SQL: T4C's children in care at the date, the total the member's rows add up to.
    const [{ n }] = await stack.subgraphs.fostering.database.dataSource.query(
      `SELECT COUNT(*) AS n FROM care_episode WHERE authority_code IN (${T4C_MEMBERS.map(() => '?').join(', ')})
         AND start_date <= '2022-03-31' AND (end_date IS NULL OR end_date > '2022-03-31')`,
      T4C_MEMBERS,
    );
    expect(rows.reduce((sum, r) => sum + r.figure.value!, 0)).toBe(Number(n));
    const hidden = anonymous.body.data.region.childrenInCare.rows.filter(
      (r: { figure: { suppressed: boolean } }) => r.figure.suppressed,
    );
    expect(hidden.length).toBeGreaterThan(0);
  });

  it("gives an analyst with an ES256 token their own council's records, audit-logged under their sub", async () => {
    const token = await provider.sign('ES256', analyst(MIDDLESBROUGH));
    const result = await post(stack, JOURNEYS, token, { code: MIDDLESBROUGH });
    expect(result.body.errors).toBeUndefined();
    const ids: string[] = result.body.data.adoptionJourneys.map((j: { id: string }) => j.id);
    const [{ n: total }] = await stack.subgraphs.adoption.database.dataSource.query(
      'SELECT COUNT(*) AS n FROM adoption_journey WHERE authority_code = ?',
      [MIDDLESBROUGH],
    );
    expect(ids.length).toBe(Number(total));
    const [{ n: logged }] = await stack.subgraphs.adoption.database.dataSource.query(
      `SELECT COUNT(*) AS n FROM record_access_log WHERE subject = ? AND outcome = 'GRANTED' AND record_type = 'AdoptionJourney'`,
      [`sam@${MIDDLESBROUGH}.test`],
    );
    expect(Number(logged)).toBe(ids.length);
  });

  it.each<[string, () => Promise<string>, string]>([
    ['from another issuer', () => provider.sign('RS256', board({ iss: 'https://evil.test/' })), 'issuer (iss)'],
    ['for another service', () => provider.sign('ES256', board({ aud: 'payroll' })), 'audience (aud)'],
    ['expired', () => provider.sign('RS256', board({ iat: now() - 7200, exp: now() - 600 })), 'expired (exp)'],
    ['not yet valid', () => provider.sign('ES256', board({ nbf: now() + 600 })), 'not valid yet (nbf)'],
    ['without sub', () => provider.sign('RS256', board({ sub: undefined })), 'has no "sub" claim'],
    [
      'living longer than 12 hours',
      () => provider.sign('RS256', board({ iat: now(), exp: now() + 24 * 3600 })),
      'longer than 43200 seconds',
    ],
    ['under an unknown kid', () => provider.sign('ES256', board(), { kid: 'retired-key' }), 'kid "retired-key"'],
    ['signed by a key never published', () => provider.signWithStrangerKey(board()), 'signature does not match'],
    ['unsigned (alg none)', async () => unsignedToken(board()), 'algorithm "none" is not accepted'],
    [
      'signed HS256 with the local secret (only the key set is configured)',
      async () => signToken(board() as never, TEST_JWT_SECRET),
      'algorithm "HS256" is not accepted',
    ],
  ])('refuses a token %s: 401 UNAUTHENTICATED naming the check, no data', async (_name, token, reason) => {
    const { status, body } = await post(stack, T4C_QUERY, await token());
    expect(status).toBe(401);
    expect(body.data ?? null).toBeNull();
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(body.errors![0].message).toContain(reason);
    expect(body.errors![0].message).not.toMatch(/JWS|JOSE|ERR_|127\.0\.0\.1/);
  });

  it('is checked by each subgraph too, with the same configuration (a signed request straight to a subgraph)', async () => {
    const direct = async (token: string) => {
      const body = JSON.stringify({ query: '{ _service { sdl } }' });
      const response = await fetch(stack.subgraphs.adoption.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...signedHeaders(body) },
        body,
      });
      return { status: response.status, body: (await response.json()) as { errors?: { message: string }[] } };
    };
    expect((await direct(await provider.sign('ES256', board()))).status).toBe(200);
    const refused = await direct(await provider.sign('ES256', board({ aud: 'payroll' })));
    expect(refused.status).toBe(401);
    expect(refused.body.errors![0].message).toContain('audience (aud)');
  });

  it('audit-logs refused record reads with the refused caller, board members and other councils alike', async () => {
    const refusedRows = async (subject: string) =>
      (await stack.subgraphs.adoption.database.dataSource.query(
        `SELECT authority_code AS authorityCode, record_type AS recordType, record_id AS recordId FROM record_access_log
          WHERE subject = ? AND outcome = 'REFUSED'`,
        [subject],
      )) as { authorityCode: string; recordType: string; recordId: string }[];
    const subject = `jo-${backend}-${Date.now()}@t4c.test`;
    const asBoard = await post(stack, JOURNEYS, await provider.sign('RS256', board({ sub: subject })), {
      code: MIDDLESBROUGH,
    });
    expect(asBoard.body.errors![0].extensions?.code).toBe('FORBIDDEN');
    expect(await refusedRows(subject)).toEqual([
      { authorityCode: MIDDLESBROUGH, recordType: 'AdoptionJourney', recordId: '*' },
    ]);

    // Another council's analyst asking for one child, on the fostering side.
    const [{ id }] = await stack.subgraphs.fostering.database.dataSource.query(
      'SELECT id FROM child WHERE authority_code = ? ORDER BY id LIMIT 1',
      [MIDDLESBROUGH],
    );
    const other = `sam-${backend}-${Date.now()}@hartlepool.test`;
    const asOther = await post(
      stack,
      `{ child(id: "${id}") { id } }`,
      await provider.sign('ES256', analyst(ATV_MEMBERS[0], { sub: other })),
    );
    expect(asOther.body.errors![0].extensions?.code).toBe('FORBIDDEN');
    const logged = await stack.subgraphs.fostering.database.dataSource.query(
      `SELECT authority_code AS authorityCode, record_id AS recordId FROM record_access_log WHERE subject = ? AND outcome = 'REFUSED'`,
      [other],
    );
    expect(logged).toEqual([{ authorityCode: MIDDLESBROUGH, recordId: id }]);
  });
});

describe('a key set in a file (JWKS_FILE) through the gateway', () => {
  let stack: Stack;
  beforeAll(async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cschub-jwks-')), 'jwks.json');
    writeFileSync(file, JSON.stringify(provider.jwks));
    stack = await stackWith('sqlite', { JWKS_FILE: file, JWT_ISSUER: ISSUER, JWT_AUDIENCE: AUDIENCE });
  });
  afterAll(() => stack?.stop());

  it('accepts RS256 and ES256 tokens of the keys in the file and refuses one of another kid', async () => {
    for (const alg of ['RS256', 'ES256'] as const) {
      const { status, body } = await post(stack, T4C_QUERY, await provider.sign(alg, board()));
      expect([alg, status, body.errors]).toEqual([alg, 200, undefined]);
    }
    const unknown = await post(stack, T4C_QUERY, await provider.sign('RS256', board(), { kid: 'rsa-9' }));
    expect([unknown.status, unknown.body.errors![0].extensions?.code]).toEqual([401, 'UNAUTHENTICATED']);
  });
});

describe('an identity provider whose keys cannot be fetched, through the gateway', () => {
  let stack: Stack;
  beforeAll(async () => {
    const gone = await serveJwks(provider.jwks);
    await gone.close();
    stack = await stackWith('sqlite', { JWKS_URL: gone.url, JWT_ISSUER: ISSUER, JWT_AUDIENCE: AUDIENCE });
  });
  afterAll(() => stack?.stop());

  it("answers a token with 503 IDENTITY_PROVIDER_UNAVAILABLE (not the caller's fault, no fetch detail) and anonymous callers as usual", async () => {
    const errorLog = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const { status, body } = await post(stack, T4C_QUERY, await provider.sign('RS256', board()));
      expect(status).toBe(503);
      expect(body.errors![0].extensions?.code).toBe('IDENTITY_PROVIDER_UNAVAILABLE');
      expect(body.errors![0].message).not.toMatch(/ECONNREFUSED|127\.0\.0\.1/);
    } finally {
      errorLog.mockRestore();
    }
    const anonymous = await post(stack, T4C_QUERY);
    expect([anonymous.status, anonymous.body.errors]).toEqual([200, undefined]);
  });
});

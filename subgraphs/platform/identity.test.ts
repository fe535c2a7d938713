import { GraphQLError } from 'graphql';
import { JWTPayload } from 'jose';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AUDIENCE,
  goodClaims,
  ISSUER,
  serveJwks,
  TestIdentityProvider,
  testIdentityProvider,
  unsignedToken,
} from '../../tests/support/identity-provider';
import { identityFromEnv, IdentityClaims, signToken, viewerFrom } from './identity';
import { identityConfig } from './identity-config';
import { TokenVerifier } from './token-verifier';

/**
 * Identity, without a server: tokens from a council's identity provider (RS256 and ES256 keys
 * made here, their key set in a JWKS file) and HS256 tokens for local use, each check refused
 * with UNAUTHENTICATED and a message naming it.
 */
const SECRET = 'test-secret';
const now = () => Math.floor(Date.now() / 1000);
const board: IdentityClaims = {
  sub: 'board-1',
  role: 'board_member',
  region: 'ATV',
  authorities: ['E06000001', 'E06000002'],
  exp: now() + 3600,
};
const analystClaims = { role: 'analyst', authority: 'E06000003' };
const claims = (extra: JWTPayload) => goodClaims({ ...analystClaims, ...extra });

async function refusal(run: () => Promise<unknown>): Promise<{ code: unknown; message: string }> {
  try {
    await run();
  } catch (error) {
    return { code: (error as GraphQLError).extensions?.code, message: (error as Error).message };
  }
  return { code: 'no error', message: '' };
}

let provider: TestIdentityProvider;
let fromFile: TokenVerifier;
let jwksFile: string;
beforeAll(async () => {
  provider = await testIdentityProvider();
  jwksFile = join(mkdtempSync(join(tmpdir(), 'cschub-jwks-')), 'jwks.json');
  writeFileSync(jwksFile, JSON.stringify(provider.jwks));
  fromFile = identityFromEnv({ JWKS_FILE: jwksFile, JWT_ISSUER: ISSUER, JWT_AUDIENCE: AUDIENCE });
});

describe('HS256 tokens signed with JWT_SECRET (local use)', () => {
  const local = () => identityFromEnv({ JWT_SECRET: SECRET });

  it('reads a board member and an analyst, with their subjects', async () => {
    expect(await viewerFrom(`Bearer ${signToken(board, SECRET)}`, local())).toEqual({
      kind: 'BOARD_MEMBER',
      regionCode: 'ATV',
      authorityCodes: ['E06000001', 'E06000002'],
      subject: 'board-1',
    });
    const analyst = signToken({ sub: 'a', role: 'analyst', authority: 'E06000003', exp: now() + 3600 }, SECRET);
    expect(await viewerFrom(`Bearer ${analyst}`, local())).toEqual({
      kind: 'ANALYST',
      authorityCode: 'E06000003',
      subject: 'a',
    });
    expect(await viewerFrom(undefined, local())).toEqual({ kind: 'ANONYMOUS' });
  });

  it.each([
    ['signed with another secret', () => signToken(board, 'other'), 'its signature does not match'],
    ['expired', () => signToken({ ...board, exp: 1000, iat: 900 }, SECRET), 'it has expired (exp)'],
    [
      'with tampered claims',
      () => {
        const [h, , s] = signToken(board, SECRET).split('.');
        const forged = Buffer.from(JSON.stringify({ ...board, iat: now(), region: 'T4C' })).toString('base64url');
        return `${h}.${forged}.${s}`;
      },
      'its signature does not match',
    ],
    ['not a JWT', () => 'abc', 'it is not a JWT'],
    ['of an unknown role', () => signToken({ ...board, role: 'admin' as never }, SECRET), 'role "admin"'],
    ['without sub', () => signToken({ ...board, sub: undefined as never }, SECRET), 'has no "sub" claim'],
    ['with an empty sub', () => signToken({ ...board, sub: ' ' }, SECRET), 'no subject (sub)'],
    ['of a board member without authorities', () => signToken({ ...board, authorities: undefined }, SECRET), 'needs'],
    [
      'living 13 hours',
      () => signToken({ ...board, iat: now(), exp: now() + 13 * 3600 }, SECRET),
      'longer than 43200 seconds',
    ],
    ['unsigned (alg none)', () => unsignedToken({ ...board, iat: now() }), 'algorithm "none" is not accepted'],
  ])('refuses a token %s', async (_name, token, reason) => {
    const { code, message } = await refusal(() => viewerFrom(`Bearer ${token()}`, local()));
    expect(code).toBe('UNAUTHENTICATED');
    expect(message).toContain(reason);
  });

  it('refuses an Authorization header that is not Bearer, and any token when no identity provider is configured', async () => {
    expect(await refusal(() => viewerFrom('Basic abc', local()))).toMatchObject({ code: 'UNAUTHENTICATED' });
    const none = await refusal(() => viewerFrom(`Bearer ${signToken(board, SECRET)}`, identityFromEnv({})));
    expect(none).toEqual({ code: 'UNAUTHENTICATED', message: expect.stringContaining('no identity provider') });
  });
});

describe("RS256 and ES256 tokens from a council's identity provider (JWKS_FILE)", () => {
  it('reads a board member from an RS256 token and an analyst from an ES256 one', async () => {
    const rs = await provider.sign('RS256', goodClaims({ ...board, sub: 'jo@atv.test' }));
    expect(await viewerFrom(`Bearer ${rs}`, fromFile)).toEqual({
      kind: 'BOARD_MEMBER',
      regionCode: 'ATV',
      authorityCodes: board.authorities,
      subject: 'jo@atv.test',
    });
    const es = await provider.sign('ES256', goodClaims({ ...analystClaims, sub: 'sam@redcar.test' }));
    expect(await viewerFrom(`Bearer ${es}`, fromFile)).toEqual({
      kind: 'ANALYST',
      authorityCode: 'E06000003',
      subject: 'sam@redcar.test',
    });
  });

  it('allows clocks a minute apart: a token expired 30 s ago or valid from 30 s on is accepted', async () => {
    const late = await provider.sign('ES256', goodClaims({ ...analystClaims, iat: now() - 3600, exp: now() - 30 }));
    const early = await provider.sign('ES256', goodClaims({ ...analystClaims, nbf: now() + 30 }));
    for (const token of [late, early])
      expect(await viewerFrom(`Bearer ${token}`, fromFile)).toMatchObject({ kind: 'ANALYST' });
  });

  it.each<[string, () => Promise<string>, string]>([
    ['from another issuer', () => provider.sign('RS256', claims({ iss: 'https://evil.test/' })), 'issuer (iss)'],
    ['without an issuer', () => provider.sign('RS256', claims({ iss: undefined })), 'has no "iss" claim'],
    ['for another service', () => provider.sign('ES256', claims({ aud: 'payroll' })), 'audience (aud)'],
    ['without an audience', () => provider.sign('ES256', claims({ aud: undefined })), 'has no "aud" claim'],
    ['expired', () => provider.sign('RS256', claims({ iat: now() - 7200, exp: now() - 120 })), 'expired (exp)'],
    ['not yet valid', () => provider.sign('ES256', claims({ nbf: now() + 600 })), 'not valid yet (nbf)'],
    ['without sub', () => provider.sign('RS256', claims({ sub: undefined })), 'has no "sub" claim'],
    ['without exp', () => provider.sign('RS256', claims({ exp: undefined })), 'has no "exp" claim'],
    ['without iat', () => provider.sign('RS256', claims({ iat: undefined })), 'has no "iat" claim'],
    ['issued in the future', () => provider.sign('RS256', claims({ iat: now() + 600 })), 'issued in the future'],
    [
      'living longer than 12 hours',
      () => provider.sign('ES256', claims({ iat: now(), exp: now() + 12 * 3600 + 1 })),
      'longer than 43200 seconds',
    ],
    ['under an unknown kid', () => provider.sign('RS256', claims({}), { kid: 'rsa-2' }), 'kid "rsa-2"'],
    ['signed by a key it never published', () => provider.signWithStrangerKey(claims({})), 'signature does not match'],
    ['unsigned (alg none)', async () => unsignedToken(claims({})), 'algorithm "none" is not accepted'],
    [
      'signed HS256 (only the key set is configured)',
      async () => signToken({ ...(claims({}) as unknown as IdentityClaims) }, SECRET),
      'algorithm "HS256" is not accepted (this hub accepts RS256, ES256)',
    ],
    ["signed RS256 under the EC key's kid", () => provider.sign('RS256', claims({}), { kid: 'ec-1' }), 'kid "ec-1"'],
  ])('refuses a token %s, saying which check failed', async (_name, token, reason) => {
    const { code, message } = await refusal(async () => viewerFrom(`Bearer ${await token()}`, fromFile));
    expect(code).toBe('UNAUTHENTICATED');
    expect(message).toContain(reason);
    // The caller's words, not the library's.
    expect(message).not.toMatch(/JWS|JOSE|ERR_/);
  });

  it('takes the lifetime limit from JWT_MAX_LIFETIME_SECONDS', async () => {
    const short = identityFromEnv({
      JWKS_FILE: jwksFile,
      JWT_ISSUER: ISSUER,
      JWT_AUDIENCE: `other, ${AUDIENCE}`,
      JWT_MAX_LIFETIME_SECONDS: '600',
    });
    const hour = await provider.sign('RS256', claims({}));
    expect((await refusal(() => viewerFrom(`Bearer ${hour}`, short))).message).toContain('longer than 600 seconds');
    const tenMinutes = await provider.sign('RS256', claims({ exp: now() + 600 }));
    expect(await viewerFrom(`Bearer ${tenMinutes}`, short)).toMatchObject({ kind: 'ANALYST' });
  });

  it('refuses at start a key set without JWT_ISSUER and JWT_AUDIENCE, both JWKS_URL and JWKS_FILE, or a file that is not a key set', () => {
    expect(() => identityConfig({ JWKS_FILE: jwksFile })).toThrow(/JWT_ISSUER and JWT_AUDIENCE/);
    expect(() => identityConfig({ JWKS_FILE: jwksFile, JWT_ISSUER: ISSUER })).toThrow(/JWT_AUDIENCE/);
    expect(() =>
      identityConfig({ JWKS_FILE: jwksFile, JWKS_URL: 'http://127.0.0.1:1/', JWT_ISSUER: ISSUER, JWT_AUDIENCE: 'a' }),
    ).toThrow(/not both/);
    const notKeys = join(jwksFile, '..', 'not-keys.json');
    writeFileSync(notKeys, '{"keys": []}');
    expect(() => identityConfig({ JWKS_FILE: notKeys, JWT_ISSUER: ISSUER, JWT_AUDIENCE: 'a' })).toThrow(/non-empty/);
    expect(() => identityConfig({ JWT_SECRET: 's', JWT_MAX_LIFETIME_SECONDS: '12h' })).toThrow(
      /JWT_MAX_LIFETIME_SECONDS must be a whole number/,
    );
  });

  it('accepts HS256 and the key set together when both are configured (a migration period), each under its own algorithm', async () => {
    const both = identityFromEnv({
      JWT_SECRET: SECRET,
      JWKS_FILE: jwksFile,
      JWT_ISSUER: ISSUER,
      JWT_AUDIENCE: AUDIENCE,
    });
    expect(both.algorithms).toEqual(['HS256', 'RS256', 'ES256']);
    const local = signToken({ ...board, iss: ISSUER, aud: AUDIENCE }, SECRET);
    expect(await viewerFrom(`Bearer ${local}`, both)).toMatchObject({ kind: 'BOARD_MEMBER' });
    // The issuer and audience are checked on HS256 tokens too once they are configured.
    expect((await refusal(() => viewerFrom(`Bearer ${signToken(board, SECRET)}`, both))).message).toContain(
      'has no "iss" claim',
    );
  });
});

describe('a key set served over HTTP (JWKS_URL)', () => {
  it('fetches the key set once and checks tokens against it', async () => {
    const served = await serveJwks(provider.jwks);
    try {
      const remote = identityFromEnv({ JWKS_URL: served.url, JWT_ISSUER: ISSUER, JWT_AUDIENCE: AUDIENCE });
      for (const alg of ['RS256', 'ES256'] as const) {
        const token = await provider.sign(alg, claims({}));
        expect(await viewerFrom(`Bearer ${token}`, remote)).toMatchObject({ kind: 'ANALYST' });
      }
      expect(served.fetches()).toBe(1);
    } finally {
      await served.close();
    }
  });

  it('answers IDENTITY_PROVIDER_UNAVAILABLE (503) when the key set cannot be fetched, without the fetch error', async () => {
    const served = await serveJwks(provider.jwks);
    await served.close();
    const remote = identityFromEnv({ JWKS_URL: served.url, JWT_ISSUER: ISSUER, JWT_AUDIENCE: AUDIENCE });
    const token = await provider.sign('RS256', claims({}));
    const errorLog = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const { code, message } = await refusal(() => viewerFrom(`Bearer ${token}`, remote));
      expect(code).toBe('IDENTITY_PROVIDER_UNAVAILABLE');
      expect(message).not.toMatch(/ECONNREFUSED|127\.0\.0\.1/);
      expect(errorLog).toHaveBeenCalled();
    } finally {
      errorLog.mockRestore();
    }
  });
});

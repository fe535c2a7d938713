import { exportJWK, generateKeyPair, JWTPayload, KeyLike, SignJWT } from 'jose';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';

/**
 * A council's identity provider as the hub sees it, made in the test: an RSA and an EC signing
 * key, their public JSON Web Key Set, and tokens signed with either. `serve` publishes the key set
 * over HTTP on loopback, as a real provider's jwks_uri does.
 */
export const ISSUER = 'https://login.example-council.test/';
export const AUDIENCE = 'csc-hub';

export interface TestIdentityProvider {
  jwks: { keys: Record<string, unknown>[] };
  /** A token signed with the RSA (RS256) or EC (ES256) key; `header` overrides the protected header (e.g. kid). */
  sign(alg: 'RS256' | 'ES256', claims: JWTPayload, header?: Record<string, unknown>): Promise<string>;
  /** A token signed by a key the provider never published, under one of its kids. */
  signWithStrangerKey(claims: JWTPayload): Promise<string>;
}

const now = () => Math.floor(Date.now() / 1000);

/** Claims a good token carries: issuer, audience, an hour's life, a subject. */
export function goodClaims(extra: JWTPayload): JWTPayload {
  return { iss: ISSUER, aud: AUDIENCE, sub: 'someone@council.test', iat: now(), exp: now() + 3600, ...extra };
}

export async function testIdentityProvider(): Promise<TestIdentityProvider> {
  const rsa = await generateKeyPair('RS256', { modulusLength: 2048 });
  const ec = await generateKeyPair('ES256');
  const stranger = await generateKeyPair('RS256', { modulusLength: 2048 });
  const publicJwk = async (key: KeyLike, kid: string, alg: string) => ({
    ...(await exportJWK(key)),
    kid,
    alg,
    use: 'sig',
  });
  const jwks = {
    keys: [await publicJwk(rsa.publicKey, 'rsa-1', 'RS256'), await publicJwk(ec.publicKey, 'ec-1', 'ES256')],
  };
  const signWith = (key: KeyLike, alg: string, claims: JWTPayload, header: Record<string, unknown>) =>
    new SignJWT(claims).setProtectedHeader({ alg, typ: 'JWT', ...header }).sign(key);
  return {
    jwks,
    sign: (alg, claims, header = {}) =>
      alg === 'RS256'
        ? signWith(rsa.privateKey, alg, claims, { kid: 'rsa-1', ...header })
        : signWith(ec.privateKey, alg, claims, { kid: 'ec-1', ...header }),
    signWithStrangerKey: (claims) => signWith(stranger.privateKey, 'RS256', claims, { kid: 'rsa-1' }),
  };
}

/** Serves a key set at `/.well-known/jwks.json` on a free loopback port; counts the fetches. */
export async function serveJwks(jwks: object): Promise<{ url: string; fetches: () => number; close(): Promise<void> }> {
  let fetches = 0;
  const server: Server = createServer((request, response) => {
    if (request.url !== '/.well-known/jwks.json') {
      response.writeHead(404).end();
      return;
    }
    fetches += 1;
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(jwks));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/.well-known/jwks.json`,
    fetches: () => fetches,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** An unsigned token (`alg: none`), as an attacker would send one. */
export function unsignedToken(claims: JWTPayload): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.`;
}

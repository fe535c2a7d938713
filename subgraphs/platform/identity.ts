import { createHmac, timingSafeEqual } from 'node:crypto';
import { GraphQLError } from 'graphql';

/**
 * Who is asking. A caller identifies with a JWT (HS256, signed with the hub's JWT_SECRET by the
 * partnership's identity provider) in `Authorization: Bearer …`. The gateway checks it and passes
 * it on unchanged; every subgraph checks it again itself, so a subgraph reached without the
 * gateway (or behind another router) applies the same rules. No token: an anonymous caller.
 *
 * Claims: `role` "board_member" with `region` and the region's `authorities`, or "analyst" with
 * `authority`; `sub` (who), `exp` (seconds since 1970).
 */
export interface IdentityClaims {
  sub: string;
  role: 'board_member' | 'analyst';
  region?: string;
  authorities?: string[];
  authority?: string;
  exp: number;
}

/** Who is asking, as the figures and record access see it. */
export type Viewer =
  | { kind: 'ANONYMOUS' }
  | { kind: 'BOARD_MEMBER'; regionCode: string; authorityCodes: string[] }
  | { kind: 'ANALYST'; authorityCode: string; subject?: string };

const base64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');

function unauthenticated(reason: string): GraphQLError {
  return new GraphQLError(
    `The bearer token was not accepted: ${reason}. Send a token signed by the hub's identity provider, or none for anonymous access.`,
    {
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
    },
  );
}

export function signToken(claims: IdentityClaims, secret: string): string {
  const body = `${base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${base64url(JSON.stringify(claims))}`;
  return `${body}.${base64url(createHmac('sha256', secret).update(body).digest())}`;
}

export function verifyToken(token: string, secret: string, nowSeconds = Date.now() / 1000): IdentityClaims {
  const parts = token.split('.');
  if (parts.length !== 3) throw unauthenticated('it is not a JWT');
  let header: { alg?: string };
  let claims: IdentityClaims;
  try {
    header = JSON.parse(Buffer.from(parts[0], 'base64url').toString('utf8'));
    claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
  } catch {
    throw unauthenticated('it is not a JWT');
  }
  if (header.alg !== 'HS256') throw unauthenticated(`algorithm ${JSON.stringify(header.alg)} is not HS256`);
  const expected = createHmac('sha256', secret).update(`${parts[0]}.${parts[1]}`).digest();
  const given = Buffer.from(parts[2], 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    throw unauthenticated('its signature does not match');
  if (typeof claims.exp !== 'number' || claims.exp <= nowSeconds) throw unauthenticated('it has expired');
  if (claims.role === 'board_member' && (!claims.region || !Array.isArray(claims.authorities)))
    throw unauthenticated('a board member token needs "region" and "authorities"');
  if (claims.role === 'analyst' && !claims.authority) throw unauthenticated('an analyst token needs "authority"');
  if (claims.role !== 'board_member' && claims.role !== 'analyst')
    throw unauthenticated(`role ${JSON.stringify(claims.role)} is not board_member or analyst`);
  return claims;
}

/** The viewer an Authorization header describes; throws UNAUTHENTICATED for a bad token. */
export function viewerFrom(
  authorization: string | undefined,
  secret: string | undefined = process.env.JWT_SECRET,
): Viewer {
  if (!authorization) return { kind: 'ANONYMOUS' };
  const match = /^Bearer\s+(\S+)$/i.exec(authorization);
  if (!match) throw unauthenticated('the Authorization header is not "Bearer <token>"');
  if (!secret) throw unauthenticated('this hub has no identity provider configured (JWT_SECRET)');
  const claims = verifyToken(match[1], secret);
  return claims.role === 'board_member'
    ? { kind: 'BOARD_MEMBER', regionCode: claims.region!, authorityCodes: claims.authorities! }
    : { kind: 'ANALYST', authorityCode: claims.authority!, subject: claims.sub };
}

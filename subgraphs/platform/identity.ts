import { identityConfig } from './identity-config';
import { TokenVerifier, tokenRefused, tokenVerifier } from './token-verifier';

export type { IdentityClaims } from './identity-claims';
export { signToken } from './local-token';

/**
 * Who is asking. A caller identifies with a JWT in `Authorization: Bearer …`, signed by the
 * council's or partnership's identity provider (RS256/ES256 against its key set) or, locally, with
 * the hub's JWT_SECRET (HS256); identity-config.ts says which, token-verifier.ts what is checked.
 * The gateway checks the token and passes it on unchanged; every subgraph checks it again itself
 * with the same configuration, so a subgraph reached without the gateway (or behind another
 * router) applies the same rules. No token: an anonymous caller.
 */
export type Viewer =
  | { kind: 'ANONYMOUS' }
  | { kind: 'BOARD_MEMBER'; regionCode: string; authorityCodes: string[]; subject?: string }
  | { kind: 'ANALYST'; authorityCode: string; subject?: string };

/** The verifier the environment configures, made once per service at start (a bad configuration fails the start). */
export function identityFromEnv(env: NodeJS.ProcessEnv = process.env): TokenVerifier {
  return tokenVerifier(identityConfig(env));
}

/** The viewer an Authorization header describes; throws UNAUTHENTICATED for a refused token. */
export async function viewerFrom(authorization: string | undefined, verifier: TokenVerifier): Promise<Viewer> {
  if (!authorization) return { kind: 'ANONYMOUS' };
  const match = /^Bearer\s+(\S+)$/i.exec(authorization);
  if (!match) throw tokenRefused('the Authorization header is not "Bearer <token>"');
  const claims = await verifier.verify(match[1]);
  return claims.role === 'board_member'
    ? { kind: 'BOARD_MEMBER', regionCode: claims.region!, authorityCodes: claims.authorities!, subject: claims.sub }
    : { kind: 'ANALYST', authorityCode: claims.authority!, subject: claims.sub };
}

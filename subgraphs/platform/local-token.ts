import { createHmac } from 'node:crypto';
import { IdentityClaims } from './identity-claims';

const base64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');

/**
 * An HS256 token signed with the hub's JWT_SECRET, for local use and tests (`npm run token`); a
 * council's identity provider signs its own tokens (RS256/ES256, see identity-config.ts). `iat`
 * is now unless the claims give one.
 */
export function signToken(claims: IdentityClaims, secret: string): string {
  const payload = { iat: Math.floor(Date.now() / 1000), ...claims };
  const body = `${base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${base64url(JSON.stringify(payload))}`;
  return `${body}.${base64url(createHmac('sha256', secret).update(body).digest())}`;
}

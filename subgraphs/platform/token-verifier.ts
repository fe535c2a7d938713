import { GraphQLError } from 'graphql';
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  decodeProtectedHeader,
  errors,
  JWTPayload,
  jwtVerify,
  JWTVerifyOptions,
  ProtectedHeaderParameters,
} from 'jose';
import { IdentityClaims } from './identity-claims';
import { IdentityConfig } from './identity-config';

/** Checks a bearer token and gives its claims, or throws a coded error saying which check failed. */
export interface TokenVerifier {
  /** The algorithms this configuration accepts (empty: no identity provider, every token refused). */
  algorithms: string[];
  verify(token: string, now?: Date): Promise<IdentityClaims>;
}

/** A refused token: 401 UNAUTHENTICATED naming the failed check, never the library's own words. */
export function tokenRefused(reason: string): GraphQLError {
  return new GraphQLError(
    `The bearer token was not accepted: ${reason}. Send a token signed by the hub's identity provider, or none for anonymous access.`,
    { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } },
  );
}

/** The identity provider's keys could not be fetched: not the caller's fault, so 503 rather than 401. */
function providerUnavailable(): GraphQLError {
  return new GraphQLError(
    "The bearer token could not be checked: the identity provider's keys (JWKS_URL) could not be fetched. Try again shortly.",
    { extensions: { code: 'IDENTITY_PROVIDER_UNAVAILABLE', http: { status: 503 } } },
  );
}

const KEY_SET_ALGORITHMS = ['RS256', 'ES256'];

function claimProblem(error: errors.JWTClaimValidationFailed, config: IdentityConfig): string {
  if (error.reason === 'missing') return `it has no "${error.claim}" claim`;
  switch (error.claim) {
    case 'iss':
      return `its issuer (iss) is not ${JSON.stringify(config.issuer)}`;
    case 'aud':
      return `its audience (aud) is not this hub (${config.audience!.map((a) => JSON.stringify(a)).join(' or ')})`;
    case 'nbf':
      return error.reason === 'check_failed' ? 'it is not valid yet (nbf)' : 'its "nbf" claim is not a number';
    case 'iat':
      return 'its "iat" claim is not a number';
    case 'exp':
      return 'its "exp" claim is not a number';
    default:
      return `its "${error.claim}" claim is not valid`;
  }
}

/** What went wrong in jose's checks, as a refusal the caller can act on. */
function refusalOf(error: unknown, header: ProtectedHeaderParameters, config: IdentityConfig): GraphQLError {
  if (error instanceof errors.JWTExpired) return tokenRefused('it has expired (exp)');
  if (error instanceof errors.JWTClaimValidationFailed) return tokenRefused(claimProblem(error, config));
  if (error instanceof errors.JWSSignatureVerificationFailed) return tokenRefused('its signature does not match');
  if (error instanceof errors.JWKSNoMatchingKey)
    return tokenRefused(`no key of the identity provider matches its key id (kid ${JSON.stringify(header.kid)})`);
  if (error instanceof errors.JWKSMultipleMatchingKeys)
    return tokenRefused('it names no key id (kid) and the identity provider has several keys');
  if (error instanceof errors.JOSEAlgNotAllowed)
    return tokenRefused(`algorithm ${JSON.stringify(header.alg)} is not accepted`);
  if (error instanceof errors.JWTInvalid || error instanceof errors.JWSInvalid)
    return tokenRefused('it is not a valid JWT');
  if (error instanceof errors.JOSENotSupported) return tokenRefused('its key or algorithm is not one this hub uses');
  // Anything else is the key set's fetch (refused connection, timeout, not a key set): log it here,
  // tell the caller only that the provider could not be reached.
  console.error('[identity] checking a token failed:', error);
  return providerUnavailable();
}

/** The claims a token must carry beyond the standard ones, and the lifetime bound. */
function checkClaims(payload: JWTPayload, config: IdentityConfig, nowSeconds: number): IdentityClaims {
  const claims = payload as unknown as IdentityClaims;
  if (typeof claims.sub !== 'string' || claims.sub.trim() === '')
    throw tokenRefused('it has no subject (sub), so record reads could not be attributed to anyone');
  if (claims.iat! > nowSeconds + config.clockSkewSeconds) throw tokenRefused('it was issued in the future (iat)');
  if (claims.exp - claims.iat! > config.maxLifetimeSeconds)
    throw tokenRefused(
      `it lives longer than ${config.maxLifetimeSeconds} seconds from iat to exp (JWT_MAX_LIFETIME_SECONDS)`,
    );
  if (claims.role !== 'board_member' && claims.role !== 'analyst')
    throw tokenRefused(`role ${JSON.stringify(claims.role)} is not board_member or analyst`);
  if (
    claims.role === 'board_member' &&
    (typeof claims.region !== 'string' ||
      !Array.isArray(claims.authorities) ||
      !claims.authorities.every((a) => typeof a === 'string'))
  )
    throw tokenRefused('a board member token needs "region" and "authorities"');
  if (claims.role === 'analyst' && typeof claims.authority !== 'string')
    throw tokenRefused('an analyst token needs "authority"');
  return claims;
}

/**
 * The verifier for a configuration: HS256 against JWT_SECRET; RS256 and ES256 against the
 * identity provider's key set (a remote one is fetched on first use and again for an unknown kid,
 * at most every 30 s, and cached for 10 minutes). Checked every time: the algorithm is one
 * configured, the signature, `iss` and `aud` when configured, `exp`, `nbf` and `iat` with the
 * clock skew, `sub` present, `exp - iat` within the maximum lifetime, and the role's claims.
 */
export function tokenVerifier(config: IdentityConfig): TokenVerifier {
  const keySet = config.jwksUrl
    ? createRemoteJWKSet(new URL(config.jwksUrl), {
        timeoutDuration: 5_000,
        cooldownDuration: 30_000,
        cacheMaxAge: 600_000,
      })
    : config.jwks
      ? createLocalJWKSet(config.jwks as never)
      : undefined;
  const secret = config.secret ? new TextEncoder().encode(config.secret) : undefined;
  const algorithms = [...(secret ? ['HS256'] : []), ...(keySet ? KEY_SET_ALGORITHMS : [])];

  return {
    algorithms,
    async verify(token, now = new Date()) {
      if (algorithms.length === 0)
        throw tokenRefused('this hub has no identity provider configured (JWKS_URL, JWKS_FILE or JWT_SECRET)');
      let header: ProtectedHeaderParameters;
      try {
        if (token.split('.').length !== 3) throw new Error('not three parts');
        header = decodeProtectedHeader(token);
      } catch {
        throw tokenRefused('it is not a JWT');
      }
      if (typeof header.alg !== 'string' || !algorithms.includes(header.alg))
        throw tokenRefused(
          `algorithm ${JSON.stringify(header.alg ?? null)} is not accepted (this hub accepts ${algorithms.join(', ')})`,
        );
      const options: JWTVerifyOptions = {
        algorithms: [header.alg],
        issuer: config.issuer,
        audience: config.audience,
        clockTolerance: config.clockSkewSeconds,
        requiredClaims: ['sub', 'exp', 'iat'],
        currentDate: now,
      };
      let payload: JWTPayload;
      try {
        ({ payload } =
          header.alg === 'HS256' ? await jwtVerify(token, secret!, options) : await jwtVerify(token, keySet!, options));
      } catch (error) {
        throw refusalOf(error, header, config);
      }
      return checkClaims(payload, config, Math.floor(now.getTime() / 1000));
    },
  };
}

import { readFileSync } from 'node:fs';

/**
 * How this hub checks callers' tokens, read once from the environment when a service starts. The
 * gateway and every subgraph read the same variables, so they accept and refuse the same tokens.
 *
 *   JWKS_URL or JWKS_FILE   a council's identity provider: RS256 / ES256 tokens checked against its
 *                           published keys (fetched and cached by kid), or a key set on disk;
 *   JWT_SECRET              HS256 with one shared secret, for local use (`npm run token`);
 *   JWT_ISSUER, JWT_AUDIENCE  the `iss` and `aud` a token must carry (required with a key set;
 *                           JWT_AUDIENCE may list several, comma-separated);
 *   JWT_MAX_LIFETIME_SECONDS  the longest `exp - iat` accepted (default 12 hours);
 *   JWT_CLOCK_SKEW_SECONDS    leeway on `exp`, `nbf` and `iat` for clocks that differ (default 60).
 *
 * The algorithms accepted follow what is configured: HS256 only with JWT_SECRET, RS256 and ES256
 * only with a key set; with neither, any token is refused and callers are anonymous.
 */
export interface IdentityConfig {
  secret?: string;
  jwksUrl?: string;
  /** A JSON Web Key Set read from JWKS_FILE at start. */
  jwks?: { keys: Record<string, unknown>[] };
  issuer?: string;
  audience?: string[];
  maxLifetimeSeconds: number;
  clockSkewSeconds: number;
}

export const DEFAULT_MAX_LIFETIME_SECONDS = 12 * 3600;
export const DEFAULT_CLOCK_SKEW_SECONDS = 60;

function seconds(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number of seconds, not "${raw}"`);
  return value;
}

function readJwksFile(file: string): { keys: Record<string, unknown>[] } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`JWKS_FILE ${file} could not be read as JSON: ${(error as Error).message}`);
  }
  const keys = (parsed as { keys?: unknown }).keys;
  if (!Array.isArray(keys) || keys.length === 0)
    throw new Error(`JWKS_FILE ${file} is not a JSON Web Key Set: it needs a non-empty "keys" list`);
  return { keys: keys as Record<string, unknown>[] };
}

/** The identity configuration the environment describes; a contradictory one fails the start, naming the variable. */
export function identityConfig(env: NodeJS.ProcessEnv = process.env): IdentityConfig {
  if (env.JWKS_URL && env.JWKS_FILE) throw new Error('set JWKS_URL or JWKS_FILE, not both');
  if (env.JWKS_URL) {
    const url = new URL(env.JWKS_URL);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('JWKS_URL must be an http(s) URL');
  }
  const audience = env.JWT_AUDIENCE?.split(',')
    .map((a) => a.trim())
    .filter(Boolean);
  const config: IdentityConfig = {
    secret: env.JWT_SECRET || undefined,
    jwksUrl: env.JWKS_URL || undefined,
    jwks: env.JWKS_FILE ? readJwksFile(env.JWKS_FILE) : undefined,
    issuer: env.JWT_ISSUER || undefined,
    audience: audience && audience.length > 0 ? audience : undefined,
    maxLifetimeSeconds: seconds(env, 'JWT_MAX_LIFETIME_SECONDS', DEFAULT_MAX_LIFETIME_SECONDS),
    clockSkewSeconds: seconds(env, 'JWT_CLOCK_SKEW_SECONDS', DEFAULT_CLOCK_SKEW_SECONDS),
  };
  // An identity provider signs tokens for many services: without iss and aud a token it issued
  // for another service would be accepted here.
  if ((config.jwksUrl || config.jwks) && (!config.issuer || !config.audience))
    throw new Error("with JWKS_URL or JWKS_FILE, set JWT_ISSUER and JWT_AUDIENCE to the identity provider's values");
  return config;
}

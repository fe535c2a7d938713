import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The gateway-to-subgraph hop is authenticated: the gateway signs every request it sends a
 * subgraph (HMAC-SHA256 over a timestamp and the exact body, with the hub's SUBGRAPH_SECRET), and
 * a subgraph answers GraphQL only when the signature holds. A caller who reaches a subgraph
 * directly therefore cannot send it forged entity representations (e.g. a Region with another
 * partnership's members).
 */
export const SIGNATURE_HEADER = 'x-csc-hub-signature';

/**
 * How far a signature's time may be from the subgraph's clock (also the window in which a captured
 * request could be replayed).
 */
export const MAX_SKEW_SECONDS = 120;

export function subgraphSecret(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.SUBGRAPH_SECRET || undefined;
}

const mac = (secret: string, seconds: number, body: string) =>
  createHmac('sha256', secret).update(`${seconds}.${body}`).digest('hex');

/** The signature header's value for a request body: `t=<seconds>,v1=<hex HMAC>`. */
export function signSubgraphRequest(body: string, secret: string, now: number = Date.now()): string {
  const seconds = Math.floor(now / 1000);
  return `t=${seconds},v1=${mac(secret, seconds, body)}`;
}

/** Why a request's signature is refused, or null when it holds. */
export function signatureProblem(
  header: string | undefined,
  body: string,
  secret: string,
  now: number = Date.now(),
): string | null {
  if (!header) return 'no signature';
  const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header);
  if (!match) return 'a malformed signature';
  const seconds = Number(match[1]);
  if (Math.abs(now / 1000 - seconds) > MAX_SKEW_SECONDS) return 'an expired signature';
  const expected = Buffer.from(mac(secret, seconds, body), 'hex');
  return timingSafeEqual(expected, Buffer.from(match[2], 'hex')) ? null : 'a signature that does not match the request';
}

/** Headers that sign `body` for a subgraph (for the gateway, and tools that talk to subgraphs directly). */
export function signedHeaders(body: string, secret: string | undefined = subgraphSecret()): Record<string, string> {
  if (!secret)
    throw new Error("SUBGRAPH_SECRET is not set: requests to a subgraph must be signed with the hub's secret");
  return { [SIGNATURE_HEADER]: signSubgraphRequest(body, secret) };
}

import { IncomingMessage, ServerResponse } from 'node:http';
import { HttpHook } from '../subgraphs/platform/http-service';
import { REQUEST_ID_HEADER } from '../subgraphs/platform/request-id';

/** Which origins may call the gateway from a browser. */
export interface CorsPolicy {
  allows(origin: string): boolean;
  /** What the configuration says, for the start-up line. */
  describe(): string;
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * CORS_ORIGINS: a comma-separated list of exact origins (`https://dashboards.example.org`), or
 * `*` for any. Unset, production (NODE_ENV=production) allows none, and development allows pages
 * served from this machine (http://localhost:<any port>), where a partner's front end is built.
 */
export function corsPolicy(env: NodeJS.ProcessEnv = process.env): CorsPolicy {
  const configured = env.CORS_ORIGINS?.trim();
  if (configured === '*') return { allows: () => true, describe: () => 'any origin' };
  if (configured) {
    const origins = new Set(configured.split(',').map((o) => o.trim().replace(/\/$/, '')));
    return { allows: (origin) => origins.has(origin), describe: () => [...origins].join(', ') };
  }
  if (env.NODE_ENV === 'production') return { allows: () => false, describe: () => 'none (set CORS_ORIGINS)' };
  return {
    allows: (origin) => {
      try {
        const url = new URL(origin);
        return url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname);
      } catch {
        return false;
      }
    },
    describe: () => 'http://localhost (development; set CORS_ORIGINS)',
  };
}

/** The request headers a browser may send: the body's type, a token, and an id to trace by. */
const ALLOWED_HEADERS = ['content-type', 'authorization', REQUEST_ID_HEADER];

function allowOrigin(response: ServerResponse, origin: string): void {
  response.setHeader('access-control-allow-origin', origin);
  response.setHeader('vary', 'Origin');
}

/**
 * Answers CORS preflights (OPTIONS): 204 with the Access-Control-Allow-* headers for an allowed
 * origin, 204 with none for any other (the browser then refuses the call). On other requests from
 * an allowed origin, allows the answer to be read (and its x-request-id). Tokens go in the
 * Authorization header, never cookies, so credentials are not allowed.
 */
export function corsHook(policy: CorsPolicy): HttpHook {
  return (request: IncomingMessage, response: ServerResponse) => {
    const origin = request.headers.origin;
    const allowed = typeof origin === 'string' && policy.allows(origin);
    if (request.method === 'OPTIONS') {
      if (allowed) {
        allowOrigin(response, origin);
        response.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
        response.setHeader('access-control-allow-headers', ALLOWED_HEADERS.join(', '));
        response.setHeader('access-control-max-age', '600');
      }
      response.setHeader('allow', 'GET, POST, OPTIONS');
      response.writeHead(204);
      response.end();
      return true;
    }
    if (allowed) {
      allowOrigin(response, origin);
      response.setHeader('access-control-expose-headers', REQUEST_ID_HEADER);
    }
    return false;
  };
}

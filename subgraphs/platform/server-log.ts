import { requestId } from './request-id';

/** How much a service writes: `LOG_LEVEL` error, warn, info (the default) or debug. */
const LEVELS = { error: 0, warn: 1, info: 2, debug: 3 } as const;
export type LogLevel = keyof typeof LEVELS;

function threshold(env: NodeJS.ProcessEnv = process.env): number {
  const wanted = env.LOG_LEVEL as LogLevel | undefined;
  return wanted && wanted in LEVELS ? LEVELS[wanted] : LEVELS.info;
}

/**
 * One JSON line per event on stderr, with its level, the service and the request id (the gateway
 * passes its id on to every subgraph, so one id joins the lines of every service a request
 * touched). The internal detail that responses never carry (subgraph URLs, database errors,
 * stacks) is written here instead.
 */
export function logEvent(level: LogLevel, service: string, event: string, detail: Record<string, unknown>): void {
  if (LEVELS[level] > threshold()) return;
  // console.error writes one line to stderr (and lets tests listen for it).
  console.error(
    JSON.stringify({ time: new Date().toISOString(), level, service, event, requestId: requestId(), ...detail }),
  );
}

/** An internal failure: always written, whatever LOG_LEVEL says. */
export function logServerEvent(service: string, event: string, detail: Record<string, unknown>): void {
  logEvent('error', service, event, detail);
}

import { requestId } from './request-id';

/**
 * One JSON line per event on stderr, with the request id: the internal detail that responses
 * never carry (subgraph URLs, database errors, stacks) is written here instead.
 */
export function logServerEvent(service: string, event: string, detail: Record<string, unknown>): void {
  console.error(JSON.stringify({ time: new Date().toISOString(), service, event, requestId: requestId(), ...detail }));
}

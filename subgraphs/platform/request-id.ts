import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/**
 * The id of the HTTP request being served, carried through its async work, so that an error
 * masked for the caller and the detail logged for us can be matched (the caller quotes the id).
 */
const current = new AsyncLocalStorage<string>();

export const REQUEST_ID_HEADER = 'x-request-id';

/** Runs `work` as the request `id` (a fresh one when the caller sent none we can trust). */
export function withRequestId<T>(id: string | undefined, work: () => T): T {
  return current.run(id && /^[A-Za-z0-9._-]{8,64}$/.test(id) ? id : randomUUID(), work);
}

export function requestId(): string {
  return current.getStore() ?? 'none';
}

/** One GraphQL error as the hub sends it. */
export interface HubError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string };
}

export interface HubAnswer<T> {
  data: T | null;
  errors: HubError[];
}

const TOKEN_KEY = 'csc-hub-board-token';

/** The board member's token, kept for this browser tab only (sessionStorage), never in the page's URL. */
export const token = {
  get: (): string | null => sessionStorage.getItem(TOKEN_KEY),
  set: (value: string) => sessionStorage.setItem(TOKEN_KEY, value.trim().replace(/^Bearer\s+/i, '')),
  clear: () => sessionStorage.removeItem(TOKEN_KEY),
};

/**
 * POSTs one operation to the hub's public GraphQL endpoint (this page's origin, /graphql), with
 * the token when one is saved. A request refused as a whole (a bad token, a bad argument) comes
 * back as errors and no data, like a partial answer's errors.
 */
export async function askHub<T>(query: string, variables: Record<string, unknown>): Promise<HubAnswer<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const saved = token.get();
  if (saved) headers.authorization = `Bearer ${saved}`;
  const response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data?: T | null; errors?: HubError[] };
  return { data: body.data ?? null, errors: body.errors ?? [] };
}

/** The error the hub gave for a field at `path` (or under it), e.g. NO_DATA for a council it holds nothing for. */
export function errorAt(errors: HubError[], path: (string | number)[]): HubError | undefined {
  return errors.find((e) => e.path && path.every((step, i) => e.path![i] === step));
}

import { RequestContext } from './request-context';

/**
 * Loads rows per authority, batched: every authority asked for while one level of the query
 * resolves (the nine members of a region, or nine `_entities` representations) shares one SQL
 * statement. `shape` names the query and its parameters (e.g. "in-care|2022-03-31"): loads with
 * the same shape batch together, and repeats within a request come from the cache.
 */
export function loadAuthorityRows<R extends { authorityCode: string }>(
  context: RequestContext,
  shape: string,
  authorityCodes: readonly string[],
  run: (authorityCodes: string[]) => Promise<R[]>,
): Promise<R[]> {
  const loader = context.loader<string, R[]>(`authority-rows|${shape}`, async (codes) => {
    const rows = await run([...codes]);
    const byAuthority = new Map<string, R[]>();
    for (const row of rows) {
      const list = byAuthority.get(row.authorityCode) ?? [];
      list.push(row);
      byAuthority.set(row.authorityCode, list);
    }
    return codes.map((code) => byAuthority.get(code) ?? []);
  });
  return loader.loadMany(authorityCodes).then((results) =>
    results.flatMap((result) => {
      if (result instanceof Error) throw result;
      return result;
    }),
  );
}

/** `?, ?, ?` for an IN list (both SQLite and MySQL take positional `?`). */
export function placeholders(values: readonly unknown[]): string {
  return values.map(() => '?').join(', ');
}

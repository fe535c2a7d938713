import { RequestContext } from '../../platform/request-context';
import { placeholders } from '../../platform/authority-rows.loader';

/** England's value of a measure at a date, or null where DfE published none; one statement per request. */
export function englandValue(context: RequestContext, measure: string, date: string): Promise<number | null> {
  const loader = context.loader<string, number | null>('england-reference', async (keys) => {
    const pairs = keys.map((key) => key.split('|'));
    const rows: { measure: string; date: string; value: unknown }[] = await context.dataSource.query(
      `SELECT measure, date, value FROM england_reference WHERE measure IN (${placeholders(pairs)}) AND date IN (${placeholders(pairs)})`,
      [...pairs.map(([m]) => m), ...pairs.map(([, d]) => d)],
    );
    return pairs.map(([m, d]) => {
      const row = rows.find((r) => r.measure === m && String(r.date) === d);
      return row ? Number(row.value) : null;
    });
  });
  return loader.load(`${measure}|${date}`);
}

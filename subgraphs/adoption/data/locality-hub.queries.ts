import { placeholders } from '../../platform/authority-rows.loader';
import { RequestContext } from '../../platform/request-context';

export interface LocalityHubRow {
  code: string;
  agencyCode: string;
  name: string;
  authorityCodes: string[];
}

/** Every hub with its councils; one statement per request, whichever hubs are asked about. */
export function localityHubs(context: RequestContext): Promise<LocalityHubRow[]> {
  const loader = context.loader<string, LocalityHubRow[]>('locality-hubs', async (keys) => {
    const rows: Record<string, unknown>[] = await context.dataSource.query(
      `SELECT h.code, h.agency_code, h.name, m.authority_code
       FROM locality_hub h JOIN locality_hub_authority m ON m.hub_code = h.code
       ORDER BY h.code, m.authority_code`,
    );
    const hubs = new Map<string, LocalityHubRow>();
    for (const raw of rows) {
      const code = String(raw.code);
      if (!hubs.has(code))
        hubs.set(code, { code, agencyCode: String(raw.agency_code), name: String(raw.name), authorityCodes: [] });
      hubs.get(code)!.authorityCodes.push(String(raw.authority_code));
    }
    return keys.map(() => [...hubs.values()]);
  });
  return loader.load('all');
}

/** The agencies (of those given) that hold records covering the whole window. */
export async function agenciesCovering(
  context: RequestContext,
  codes: string[],
  window: { from: string; to: string },
): Promise<Set<string>> {
  const spans = await agencySpans(context, codes);
  return new Set(codes.filter((_, i) => spans[i] && spans[i]!.from <= window.from && window.to <= spans[i]!.to));
}

/** Each agency's span of its own records (null: not an agency), one statement per request. */
export async function agencySpans(
  context: RequestContext,
  codes: string[],
): Promise<({ from: string; to: string } | null)[]> {
  const loader = context.loader<string, { from: string; to: string } | null>('adoption-agency', async (keys) => {
    const rows: Record<string, unknown>[] = await context.dataSource.query(
      `SELECT code, records_from, records_to FROM adoption_agency WHERE code IN (${placeholders([...keys])})`,
      [...keys],
    );
    return keys.map((key) => {
      const row = rows.find((r) => String(r.code) === key);
      return row ? { from: String(row.records_from), to: String(row.records_to) } : null;
    });
  });
  return (await loader.loadMany(codes)).map((span) => {
    // A failed lookup is the database's error (DATABASE_UNAVAILABLE), not NO_DATA.
    if (span instanceof Error) throw span;
    return span;
  });
}

import { placeholders } from '../../platform/authority-rows.loader';
import { RequestContext } from '../../platform/request-context';

export interface AgencyEventRow {
  agencyCode: string;
  hubCode: string;
  kind: string;
  eventDate: string;
  endDate: string | null;
  detail: string;
  days: number | null;
  valueGbp: number | null;
}

/** An agency's records of one kind; all kinds and agencies asked for in a request share one statement. */
export function agencyEvents(context: RequestContext, agencyCode: string, kind: string): Promise<AgencyEventRow[]> {
  const loader = context.loader<string, AgencyEventRow[]>('agency-events', async (keys) => {
    const pairs = keys.map((k) => k.split('|'));
    const agencies = [...new Set(pairs.map(([a]) => a))];
    const kinds = [...new Set(pairs.map(([, k]) => k))];
    const rows: Record<string, unknown>[] = await context.dataSource.query(
      `SELECT agency_code, hub_code, kind, event_date, end_date, detail, days, value_gbp FROM agency_event
       WHERE agency_code IN (${placeholders(agencies)}) AND kind IN (${placeholders(kinds)})`,
      [...agencies, ...kinds],
    );
    const events = rows.map((r) => ({
      agencyCode: String(r.agency_code),
      hubCode: String(r.hub_code),
      kind: String(r.kind),
      eventDate: String(r.event_date),
      endDate: r.end_date == null ? null : String(r.end_date),
      detail: String(r.detail),
      days: r.days == null ? null : Number(r.days),
      valueGbp: r.value_gbp == null ? null : Number(r.value_gbp),
    }));
    return pairs.map(([a, k]) => events.filter((e) => e.agencyCode === a && e.kind === k));
  });
  return loader.load(`${agencyCode}|${kind}`);
}

import { placeholders } from '../platform/authority-rows.loader';
import { RequestContext } from '../platform/request-context';

/**
 * Which authorities hold records for a whole window, from the subgraph's `authority_coverage`
 * table (see coverage.entity.ts): one statement per request for every authority asked about.
 * A figure over any authority without records is NO_DATA, never a zero that looks real.
 */
export async function coveredAuthorities(
  context: RequestContext,
  authorityCodes: readonly string[],
  window: { from: string; to: string },
): Promise<Set<string>> {
  const loader = context.loader<string, { from: string; to: string } | null>('authority-coverage', async (codes) => {
    const rows: Record<string, unknown>[] = await context.dataSource.query(
      `SELECT authority_code, records_from, records_to FROM authority_coverage WHERE authority_code IN (${placeholders(codes)})`,
      [...codes],
    );
    const spans = new Map(
      rows.map((r) => [String(r.authority_code), { from: String(r.records_from), to: String(r.records_to) }]),
    );
    return codes.map((code) => spans.get(code) ?? null);
  });
  const spans = await loader.loadMany(authorityCodes);
  const covered = new Set<string>();
  spans.forEach((span, i) => {
    if (span instanceof Error) throw span;
    if (span && span.from <= window.from && window.to <= span.to) covered.add(authorityCodes[i]);
  });
  return covered;
}

/** The span a figure needs records for. */
export interface TimeWindow {
  from: string;
  to: string;
}

/** A domain's own coverage table, for areas whose coverage differs from the subgraph's (see adoption). */
export interface CoverageSource {
  /**
   * Authorities (of those given) whose records cover the whole window; `args` are the field's
   * options, for a source whose records depend on them (e.g. a cohort of children in care).
   */
  covered(
    context: RequestContext,
    authorityCodes: string[],
    window: TimeWindow,
    args?: Record<string, unknown>,
  ): Promise<Set<string>>;
}

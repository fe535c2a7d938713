import { CoverageSource, TimeWindow } from '../../../measures/coverage';
import { placeholders } from '../../../platform/authority-rows.loader';
import { RequestContext } from '../../../platform/request-context';

/** Coverage of the adoption journeys, loaded once per request for every authority asked about. */
export const journeyCoverage: CoverageSource = {
  async covered(context: RequestContext, authorityCodes: string[], window: TimeWindow): Promise<Set<string>> {
    const loader = context.loader<string, { from: string; to: string } | null>('adoption-coverage', async (codes) => {
      const rows: Record<string, unknown>[] = await context.dataSource.query(
        `SELECT authority_code, records_from, records_to FROM adoption_coverage WHERE authority_code IN (${placeholders([...codes])})`,
        [...codes],
      );
      return codes.map((code) => {
        const row = rows.find((r) => String(r.authority_code) === code);
        return row ? { from: String(row.records_from), to: String(row.records_to) } : null;
      });
    });
    const spans = await loader.loadMany(authorityCodes);
    const covered = new Set<string>();
    spans.forEach((span, i) => {
      if (span && !(span instanceof Error) && span.from <= window.from && window.to <= span.to) covered.add(authorityCodes[i]);
    });
    return covered;
  },
};

import { CoverageSource, TimeWindow } from '../../measures/count-measure';
import { RequestContext } from '../../platform/request-context';
import { authorityCoverage, CoverageRow } from './coverage.queries';

/** Coverage of the fostering records, loaded once per request for every authority asked about. */
export const fosteringCoverage: CoverageSource = {
  async covered(context: RequestContext, authorityCodes: string[], window: TimeWindow): Promise<Set<string>> {
    const loader = context.loader<string, CoverageRow | null>('fostering-coverage', async (codes) => {
      const rows = await authorityCoverage(context.dataSource, [...codes]);
      return codes.map((code) => rows.find((r) => r.authorityCode === code) ?? null);
    });
    const rows = await loader.loadMany(authorityCodes);
    const covered = new Set<string>();
    for (const row of rows) {
      if (row && !(row instanceof Error) && row.recordsFrom <= window.from && window.to <= row.recordsTo) covered.add(row.authorityCode);
    }
    return covered;
  },
};

import { RequestContext } from '../../platform/request-context';

export interface Benchmarks {
  englandAverage: number | null;
  raaAverage: number | null;
  target: number | null;
}

interface BenchmarkRow {
  measure: string;
  period: string;
  benchmark: string;
  value: number;
}

/** The whole (small) benchmark table, read once per request. */
function benchmarkRows(context: RequestContext): Promise<BenchmarkRow[]> {
  const loader = context.loader<string, BenchmarkRow[]>('adoption-benchmarks', async (keys) => {
    const rows: Record<string, unknown>[] = await context.dataSource.query(
      'SELECT measure, period, benchmark, value FROM adoption_benchmark',
    );
    const all = rows.map((r) => ({
      measure: String(r.measure),
      period: String(r.period),
      benchmark: String(r.benchmark),
      value: Number(r.value),
    }));
    return keys.map(() => all);
  });
  return loader.load('all');
}

/**
 * England's average, the agencies' average and the government target for a measure and period.
 * Averages are per period; a target holds for every period once set, so where none is recorded
 * for the period the measure's target for any period (or `*`) is used. `measures` lists names to
 * try in order (e.g. `a10_days_in_year`, then the family's other names for the target).
 */
export async function benchmarksFor(
  context: RequestContext,
  measures: string[],
  period: string,
  targetMeasures: string[] = measures,
): Promise<Benchmarks> {
  const rows = await benchmarkRows(context);
  const exact = (benchmark: string) => {
    for (const measure of measures) {
      const row = rows.find((r) => r.measure === measure && r.period === period && r.benchmark === benchmark);
      if (row) return row.value;
    }
    return null;
  };
  const target = (() => {
    const own = exact('GOVERNMENT_TARGET');
    if (own !== null) return own;
    for (const measure of targetMeasures) {
      const row = rows
        .filter((r) => r.measure === measure && r.benchmark === 'GOVERNMENT_TARGET')
        .sort((a, b) => b.period.localeCompare(a.period))[0];
      if (row) return row.value;
    }
    return null;
  })();
  return { englandAverage: exact('ENGLAND_AVERAGE'), raaAverage: exact('ENGLAND_RAA_AVERAGE'), target };
}

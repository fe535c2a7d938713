import { AdoptionBenchmarkRecord } from '../../subgraphs/adoption/entities';
import { publishedFigures } from '../shared/reference-data';
import { RecordSet } from '../shared/record-set';

const BENCHMARKS: Record<string, string> = {
  england_average: 'ENGLAND_AVERAGE',
  england_raas_average: 'ENGLAND_RAA_AVERAGE',
  government_target: 'GOVERNMENT_TARGET',
  // Middlesbrough's ADM-to-placement target, derived from A1's (426 days less the 182 to the
  // decision, as its paper shows).
  government_target_derived_from_a1: 'GOVERNMENT_TARGET',
};

/**
 * England's averages and the government's targets for adoption measures, from the papers' ENGLAND
 * rows. A target with no period holds for every period (`*`). Where two papers give different
 * values for the same measure, period and benchmark, the annual report's table (a row with no
 * `source=` note) wins over a dashboard extract or a figure in running text (see CALIBRATION.md).
 */
export function adoptionBenchmarks(): AdoptionBenchmarkRecord[] {
  const chosen = new Map<string, { record: AdoptionBenchmarkRecord; rank: number }>();
  for (const f of publishedFigures()) {
    if (f.authority !== 'ENGLAND' || (f.domain !== 'adoption' && f.domain !== 'finance')) continue;
    const parts = new Map(
      f.breakdown
        .split(';')
        .filter(Boolean)
        .map((p) => p.split('=') as [string, string]),
    );
    const benchmark = BENCHMARKS[parts.get('benchmark') ?? ''];
    if (!benchmark) continue;
    const period = f.period || '*';
    const rank = (parts.has('source') ? 1 : 0) + (f.id.endsWith('-text') ? 2 : 0);
    const key = `${f.measure}|${period}|${benchmark}`;
    const held = chosen.get(key);
    if (held && held.rank <= rank) continue;
    chosen.set(key, {
      rank,
      record: Object.assign(new AdoptionBenchmarkRecord(), {
        measure: f.measure,
        period,
        benchmark,
        value: f.value,
        source: f.id,
      }),
    });
  }
  return [...chosen.values()].map((c) => c.record);
}

export function generateBenchmarks(): RecordSet[] {
  return [[AdoptionBenchmarkRecord, adoptionBenchmarks()]];
}

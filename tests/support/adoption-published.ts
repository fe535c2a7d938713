import { publishedFigures } from './reference-figures';

/**
 * The councils' published adoption figures a scorecard table must hold: each as the row (or rows,
 * added up) of the hub's table it is, by measure, council, period and where the adopters came
 * from. Written from the papers' own names (published-figures.csv), not from the hub's code.
 */
export interface ExpectedCell {
  id: string;
  measure: string;
  authorityCode: string;
  period: string;
  adopterSource: string | null;
  value: number;
}

const TIMELINESS: Record<string, string> = {
  a10_days_3yr_avg: 'a10_days',
  a10_days_in_year: 'a10_days',
  a2_days_3yr_avg: 'a2_days',
  a2_days_in_year: 'a2_days',
};
const COUNTS = [
  'adm_plan_of_adoption_count',
  'placement_orders_count',
  'children_placed_for_adoption_count',
  'adoption_orders_count',
  'early_permanence_placements_count',
];
const SOURCES: Record<string, string> = { own_la_or_t4c: 'OWN', other_raa_or_la: 'OTHER_RAA', vaa: 'VAA' };

export function publishedScorecard(councils: string[], years: string[], windows: string[]): ExpectedCell[] {
  return publishedFigures().flatMap((p): ExpectedCell[] => {
    if (!councils.includes(p.authority)) return [];
    const parts = Object.fromEntries(
      p.breakdown
        .split(';')
        .filter(Boolean)
        .map((kv) => kv.split('=')),
    );
    const { adopter_source: source, source_period_label: _label, ...rest } = parts;
    if (Object.keys(rest).length > 0) return [];
    const base = { id: p.id, authorityCode: p.authority, period: p.period, value: p.value };
    if (TIMELINESS[p.measure] && windows.includes(p.period) && !source)
      return [{ ...base, measure: TIMELINESS[p.measure], adopterSource: null }];
    if (COUNTS.includes(p.measure) && years.includes(p.period))
      return [{ ...base, measure: p.measure, adopterSource: source ? SOURCES[source] : null }];
    return [];
  });
}

/** The value a table gives a published cell: the matching row's, or the rows' sum across the unnamed dimension. */
export function tableValue(rows: Record<string, unknown>[], cell: ExpectedCell): number | null {
  const matching = rows.filter(
    (r) =>
      r.measure === cell.measure &&
      r.authorityCode === cell.authorityCode &&
      r.period === cell.period &&
      (cell.adopterSource === null || r.adopterSource === cell.adopterSource),
  );
  if (matching.length === 0) return null;
  return matching.reduce((sum, r) => sum + Number(r.value), 0);
}

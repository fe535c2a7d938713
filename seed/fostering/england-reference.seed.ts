import { EnglandReferenceRecord } from '../../subgraphs/fostering/entities';
import { englandLas } from '../shared/reference-data';

/**
 * England's rate of children looked after per 10,000 children at each 31 March, from DfE's
 * council-level file: all children looked after over all children, summed over the councils that
 * have both numbers that year (DfE rounds its published rate the same way, to one decimal place).
 */
export function englandReferences(): EnglandReferenceRecord[] {
  const las = englandLas();
  const years = [...new Set(las.flatMap((la) => [...la.childrenLookedAfter.keys()]))].sort();
  return years.map((year) => {
    const both = las.filter((la) => la.childrenLookedAfter.has(year) && la.population.has(year));
    const numerator = both.reduce((s, la) => s + la.childrenLookedAfter.get(year)!, 0);
    const denominator = both.reduce((s, la) => s + la.population.get(year)!, 0);
    return Object.assign(new EnglandReferenceRecord(), {
      measure: 'children_looked_after_rate_per_10000',
      date: `${year}-03-31`,
      value: Math.round((numerator / denominator) * 100_000) / 10,
      numerator,
      denominator,
    });
  });
}

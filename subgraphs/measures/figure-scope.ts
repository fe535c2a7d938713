/** The under-18 population of an authority for one year, as received through federation. */
export interface PopulationEstimate {
  year: number;
  count: number;
}

/**
 * Whose figure is being computed: one authority, or the members of a region (received through
 * federation, never from a copy). Populations come with them when a rate is asked for.
 */
export interface FigureScope {
  authorityCodes: string[];
  regionCode?: string;
  populations: Map<string, PopulationEstimate[]>;
}

export function authorityScope(code: string, population?: PopulationEstimate[] | null): FigureScope {
  return { authorityCodes: [code], populations: new Map(population ? [[code, population]] : []) };
}

export function regionScope(
  regionCode: string,
  members: readonly { code: string; childPopulation?: PopulationEstimate[] | null }[],
): FigureScope {
  return {
    regionCode,
    authorityCodes: members.map((m) => m.code),
    populations: new Map(members.filter((m) => m.childPopulation).map((m) => [m.code, m.childPopulation!])),
  };
}

/**
 * The population DfE would use for a rate at `year` (the year of the 31 March ending the
 * financial year): that year's estimate, else the nearest year held.
 */
export function populationFor(estimates: readonly PopulationEstimate[] | undefined, year: number): number | null {
  if (!estimates || estimates.length === 0) return null;
  const exact = estimates.find((e) => e.year === year);
  if (exact) return exact.count;
  const nearest = [...estimates].sort((a, b) => Math.abs(a.year - year) - Math.abs(b.year - year))[0];
  return nearest.count;
}

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
  /** Authority names, for flat rows (absent when federation did not send them). */
  names: Map<string, string>;
  /**
   * A district within the one authority of `authorityCodes` (its council): figures read the
   * council's records that carry this district, and whoever sees the council's small numbers
   * sees the district's.
   */
  district?: { code: string; name?: string | null };
}

interface Member {
  code: string;
  name?: string | null;
  childPopulation?: PopulationEstimate[] | null;
}

export function authorityScope(authority: Member): FigureScope {
  return {
    authorityCodes: [authority.code],
    populations: new Map(authority.childPopulation ? [[authority.code, authority.childPopulation]] : []),
    names: new Map(authority.name ? [[authority.code, authority.name]] : []),
  };
}

export function regionScope(regionCode: string, members: readonly Member[]): FigureScope {
  return {
    regionCode,
    authorityCodes: members.map((m) => m.code),
    populations: new Map(members.filter((m) => m.childPopulation).map((m) => [m.code, m.childPopulation!])),
    names: new Map(members.filter((m) => m.name).map((m) => [m.code, m.name!])),
  };
}

/** A district of a council, as received through federation (its council with it). */
export function districtScope(district: {
  code: string;
  name?: string | null;
  authority: { code: string; name?: string | null };
}): FigureScope {
  return {
    authorityCodes: [district.authority.code],
    district: { code: district.code, name: district.name ?? null },
    populations: new Map(),
    names: new Map(district.authority.name ? [[district.authority.code, district.authority.name]] : []),
  };
}

/**
 * A region as a whole, for figures kept under its own code (an agency's accounts): no members'
 * populations or names.
 */
export function ownRegionScope(regionCode: string): FigureScope {
  return { regionCode, authorityCodes: [regionCode], populations: new Map(), names: new Map() };
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

import { CoverageSource, coveredAuthorities } from '../../../measures/coverage';

/** Coverage of the adoption journeys: the subgraph's authority_coverage table, as every measure of the kit reads it. */
export const journeyCoverage: CoverageSource = { covered: (context, authorityCodes, window) => coveredAuthorities(context, authorityCodes, window) };

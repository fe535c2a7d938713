import { RecordSet } from '../shared/record-set';
import { SeedScope } from '../shared/seed-scope';
import { generateBenchmarks } from './adoption-benchmarks.seed';
import { generateAgencies } from './agencies.seed';
import { generateAgencyWork } from './agency-work.seed';
import { generateFinance } from './finance-lines.seed';
import { generateJourneys } from './journeys.seed';

/**
 * Every record of the adoption subgraph. Each area generates and verifies its own records (and
 * throws rather than write figures that miss their targets).
 */
export function seedRecords(scope: SeedScope): RecordSet[] {
  return [...generateAgencies(), ...generateBenchmarks(), ...generateJourneys(scope), ...generateAgencyWork(), ...generateFinance()];
}

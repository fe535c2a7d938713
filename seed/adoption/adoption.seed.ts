import { SeedScope } from '../fostering.seed';
import { generateBenchmarks } from './adoption-benchmarks.seed';
import { generateAgencies } from './agencies.seed';
import { generateAgencyWork } from './agency-work.seed';
import { generateFinance } from './finance-lines.seed';
import { generateJourneys } from './journeys.seed';
import { RecordSet } from './record-set';

/**
 * Every record of the adoption subgraph. Each area generates and verifies its own records (and
 * throws rather than write figures that miss their targets).
 */
export function generateAdoption(scope: SeedScope): RecordSet[] {
  return [...generateAgencies(), ...generateBenchmarks(), ...generateJourneys(scope), ...generateAgencyWork(), ...generateFinance()];
}

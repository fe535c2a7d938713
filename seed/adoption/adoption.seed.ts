import { RecordSet } from '../shared/record-set';
import { generateBenchmarks } from './adoption-benchmarks.seed';
import { generateAgencies } from './agencies.seed';
import { generateAgencyWork } from './agency-work.seed';
import { generateFinance } from './finance-lines.seed';
import { generateJourneys } from './journeys.seed';

/**
 * Every record of the adoption subgraph. Each area generates and verifies its own records (and
 * throws rather than write figures that miss their targets). The same in either seed scope (the
 * papers cover only the nine councils), so it takes none.
 */
export function seedRecords(): RecordSet[] {
  return [
    ...generateAgencies(),
    ...generateBenchmarks(),
    ...generateJourneys(),
    ...generateAgencyWork(),
    ...generateFinance(),
  ];
}

import { agencyWorkEntities } from '../agency-work';
import { financeLineEntities } from '../finance-lines';
import { journeyEntities } from '../journeys';
import { AdoptionAgencyRecord } from './adoption-agency.entity';
import { AdoptionBenchmarkRecord } from './adoption-benchmark.entity';
import { LocalityHubAuthorityRecord } from './locality-hub-authority.entity';
import { LocalityHubRecord } from './locality-hub.entity';

export { AdoptionAgencyRecord, AdoptionBenchmarkRecord, LocalityHubAuthorityRecord, LocalityHubRecord };

/** The adoption subgraph's tables: the agencies and hubs, England's comparators, and each area's records. */
export const adoptionEntities = [
  AdoptionAgencyRecord,
  LocalityHubRecord,
  LocalityHubAuthorityRecord,
  AdoptionBenchmarkRecord,
  ...journeyEntities,
  ...agencyWorkEntities,
  ...financeLineEntities,
];

import { HubMetaRecord } from '../../platform/hub-meta.entity';
import { AuthorityCoverageRecord } from '../../measures/coverage.entity';
import { RecordAccessLogRecord } from '../../platform/record-access-log.entity';
import { AdoptionAgencyRecord } from './adoption-agency.entity';
import { AdoptionBenchmarkRecord } from './adoption-benchmark.entity';
import { AdoptionJourneyRecord } from './adoption-journey.entity';
import { AgencyEventRecord } from './agency-event.entity';
import { FinanceLineRecord } from './finance-line.entity';
import { FundingShareRecord } from './funding-share.entity';
import { JourneyStatusRecord } from './journey-status.entity';
import { LocalityHubAuthorityRecord } from './locality-hub-authority.entity';
import { LocalityHubRecord } from './locality-hub.entity';

export {
  AdoptionAgencyRecord,
  AdoptionBenchmarkRecord,
  AdoptionJourneyRecord,
  AgencyEventRecord,
  AuthorityCoverageRecord,
  FinanceLineRecord,
  FundingShareRecord,
  JourneyStatusRecord,
  LocalityHubAuthorityRecord,
  LocalityHubRecord,
};

/**
 * The adoption subgraph's tables: the agencies and hubs, England's comparators, children's
 * journeys and their family-finding statuses, the agencies' own work as events, their finance
 * lines and funding shares, coverage and the record-access log.
 */
export const adoptionEntities = [
  AdoptionAgencyRecord,
  LocalityHubRecord,
  LocalityHubAuthorityRecord,
  AdoptionBenchmarkRecord,
  AdoptionJourneyRecord,
  JourneyStatusRecord,
  AuthorityCoverageRecord,
  RecordAccessLogRecord,
  AgencyEventRecord,
  FinanceLineRecord,
  FundingShareRecord,
  HubMetaRecord,
];

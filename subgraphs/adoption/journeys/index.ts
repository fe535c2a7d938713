import { RecordAccessLogRecord } from '../../platform/record-access-log.entity';
import { AuthorityCoverageRecord } from '../../measures/coverage.entity';
import { AdoptionJourneyRecord } from './adoption-journey.entity';
import { JourneyStatusRecord } from './journey-status.entity';
import { AdoptionJourneyResolver, ChildAdoptionResolver } from './resolvers/adoption-journey.resolver';

export { AdoptionJourneyRecord, AuthorityCoverageRecord, JourneyStatusRecord };

/** Children's adoption journeys: from entering care to the adoption order (or the plan ceasing). */
export const journeyEntities = [AdoptionJourneyRecord, JourneyStatusRecord, AuthorityCoverageRecord, RecordAccessLogRecord];
/** Record-level reads (the journey figures are declared against the kit: *.measures.ts). */
export const journeyResolvers = [
  AdoptionJourneyResolver,
  ChildAdoptionResolver,
];

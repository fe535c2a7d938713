import { RecordAccessLogRecord } from '../../platform/record-access-log.entity';
import { AdoptionJourneyRecord } from './adoption-journey.entity';
import { JourneyCoverageRecord } from './journey-coverage.entity';
import { JourneyStatusRecord } from './journey-status.entity';
import { AdoptionJourneyResolver, ChildAdoptionResolver } from './resolvers/adoption-journey.resolver';
import { AdoptionActivityResolver } from './resolvers/adoption-activity.resolver';
import { AdoptionTimelinessResolver } from './resolvers/adoption-timeliness.resolver';
import { JourneyCountResolver } from './resolvers/journey-count.resolver';
import { LocalAuthorityAdoptionResolver } from './resolvers/local-authority-adoption.resolver';
import { RegionAdoptionResolver } from './resolvers/region-adoption.resolver';

export { AdoptionJourneyRecord, JourneyCoverageRecord, JourneyStatusRecord };

/** Children's adoption journeys: from entering care to the adoption order (or the plan ceasing). */
export const journeyEntities = [AdoptionJourneyRecord, JourneyStatusRecord, JourneyCoverageRecord, RecordAccessLogRecord];
export const journeyResolvers = [
  AdoptionJourneyResolver,
  ChildAdoptionResolver,
  LocalAuthorityAdoptionResolver,
  RegionAdoptionResolver,
  AdoptionActivityResolver,
  JourneyCountResolver,
  AdoptionTimelinessResolver,
];

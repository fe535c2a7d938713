import { RecordAccessLogRecord } from '../../platform/record-access-log.entity';
import { AuthorityCoverageRecord } from '../../measures/coverage.entity';
import { AdoptionJourneyRecord } from './adoption-journey.entity';
import { JourneyStatusRecord } from './journey-status.entity';
import { AdoptionJourneyResolver, ChildAdoptionResolver } from './resolvers/adoption-journey.resolver';
import { ChildrenAwaitingAdoptionResolver } from './resolvers/children-awaiting-adoption.resolver';
import { LocalAuthorityAdoptionResolver } from './resolvers/local-authority-adoption.resolver';
import { RegionAdoptionResolver } from './resolvers/region-adoption.resolver';

export { AdoptionJourneyRecord, AuthorityCoverageRecord, JourneyStatusRecord };

/** Children's adoption journeys: from entering care to the adoption order (or the plan ceasing). */
export const journeyEntities = [AdoptionJourneyRecord, JourneyStatusRecord, AuthorityCoverageRecord, RecordAccessLogRecord];
/** Record-level reads and the figures not yet declared against the kit (see adoption.schema.ts for the declared ones). */
export const journeyResolvers = [
  AdoptionJourneyResolver,
  ChildAdoptionResolver,
  LocalAuthorityAdoptionResolver,
  RegionAdoptionResolver,
  ChildrenAwaitingAdoptionResolver,
];

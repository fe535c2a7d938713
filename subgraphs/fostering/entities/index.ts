import { AuthorityCoverageRecord } from './authority-coverage.entity';
import { CareEpisodeRecord } from './care-episode.entity';
import { ChildRecord } from './child.entity';
import { FosterHouseholdRecord } from './foster-household.entity';
import { FosteringEnquiryRecord } from './fostering-enquiry.entity';

export { AuthorityCoverageRecord, CareEpisodeRecord, ChildRecord, FosterHouseholdRecord, FosteringEnquiryRecord };

export const fosteringEntities = [ChildRecord, CareEpisodeRecord, FosterHouseholdRecord, FosteringEnquiryRecord, AuthorityCoverageRecord];

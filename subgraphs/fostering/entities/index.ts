import { HubMetaRecord } from '../../platform/hub-meta.entity';
import { RecordAccessLogRecord } from '../../platform/record-access-log.entity';
import { AuthorityCoverageRecord } from '../../measures/coverage.entity';
import { CareEpisodeRecord } from './care-episode.entity';
import { CareStockRecord } from './care-stock.entity';
import { ChildRecord } from './child.entity';
import { EnglandReferenceRecord } from './england-reference.entity';
import { FosterHouseholdRecord } from './foster-household.entity';
import { FosteringEnquiryRecord } from './fostering-enquiry.entity';

export {
  AuthorityCoverageRecord,
  CareEpisodeRecord,
  CareStockRecord,
  ChildRecord,
  EnglandReferenceRecord,
  FosterHouseholdRecord,
  FosteringEnquiryRecord,
};

export const fosteringEntities = [
  ChildRecord,
  CareEpisodeRecord,
  CareStockRecord,
  FosterHouseholdRecord,
  FosteringEnquiryRecord,
  AuthorityCoverageRecord,
  EnglandReferenceRecord,
  RecordAccessLogRecord,
  HubMetaRecord,
];

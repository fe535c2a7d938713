import { HubMetaRecord } from '../../platform/hub-meta.entity';
import { AuthoritySuccessionRecord } from './authority-succession.entity';
import { ChildPopulationRecord } from './child-population.entity';
import { DistrictRecord } from './district.entity';
import { LocalAuthorityRecord } from './local-authority.entity';
import { RegionMembershipRecord } from './region-membership.entity';
import { RegionRecord } from './region.entity';

export {
  AuthoritySuccessionRecord,
  ChildPopulationRecord,
  DistrictRecord,
  LocalAuthorityRecord,
  RegionMembershipRecord,
  RegionRecord,
};

export const authoritiesEntities = [
  LocalAuthorityRecord,
  RegionRecord,
  RegionMembershipRecord,
  DistrictRecord,
  ChildPopulationRecord,
  AuthoritySuccessionRecord,
  HubMetaRecord,
];

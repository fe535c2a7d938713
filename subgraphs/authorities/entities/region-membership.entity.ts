import { Entity, Index, PrimaryColumn } from 'typeorm';

/** That an authority belongs to a region. */
@Entity('region_membership')
@Index(['authorityCode'])
export class RegionMembershipRecord {
  @PrimaryColumn({ name: 'region_code', type: 'varchar', length: 20 })
  regionCode!: string;

  @PrimaryColumn({ name: 'authority_code', type: 'varchar', length: 9 })
  authorityCode!: string;
}

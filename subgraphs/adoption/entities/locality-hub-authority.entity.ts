import { Entity, PrimaryColumn } from 'typeorm';

/** Which councils a locality hub serves (a council is served by one hub). */
@Entity('locality_hub_authority')
export class LocalityHubAuthorityRecord {
  @PrimaryColumn({ name: 'hub_code', type: 'varchar', length: 30 })
  hubCode!: string;

  @PrimaryColumn({ name: 'authority_code', type: 'varchar', length: 9 })
  authorityCode!: string;
}

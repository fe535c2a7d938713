import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A grouping a board reports on: a regional adoption agency, a government region, or a custom group. */
@Entity('region')
export class RegionRecord {
  @PrimaryColumn({ type: 'varchar', length: 20 })
  code!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  /** REGIONAL_ADOPTION_AGENCY, GOVERNMENT_REGION or CUSTOM. */
  @Column({ type: 'varchar', length: 30 })
  kind!: string;
}

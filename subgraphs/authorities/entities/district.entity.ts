import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A lower-tier district inside a county council's area. */
@Entity('district')
@Index(['authorityCode'])
export class DistrictRecord {
  @PrimaryColumn({ type: 'varchar', length: 9 })
  code!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ name: 'authority_code', type: 'varchar', length: 9 })
  authorityCode!: string;
}

import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The under-18 population estimate DfE uses for rates in the year ending 31 March `year`. */
@Entity('child_population')
export class ChildPopulationRecord {
  @PrimaryColumn({ name: 'authority_code', type: 'varchar', length: 9 })
  authorityCode!: string;

  @PrimaryColumn({ type: 'int' })
  year!: number;

  @Column({ type: 'int' })
  count!: number;
}

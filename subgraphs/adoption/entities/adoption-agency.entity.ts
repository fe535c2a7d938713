import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A regional adoption agency (RAA): the partnership of councils that recruits adopters, family-finds
 * and gives adoption support for them (T4C, ATV). Its code is the code of the Region the authorities
 * subgraph holds for it. Agency-level records (adopters, support, finance) are held from
 * `recordsFrom` to `recordsTo`; outside that span its figures are NO_DATA.
 */
@Entity('adoption_agency')
export class AdoptionAgencyRecord {
  @PrimaryColumn({ type: 'varchar', length: 12 })
  code!: string;

  @Column({ type: 'varchar', length: 80 })
  name!: string;

  @Column({ name: 'records_from', type: 'date' })
  recordsFrom!: string;

  @Column({ name: 'records_to', type: 'date' })
  recordsTo!: string;
}

import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The span of time for which an authority's records are held. Outside it a figure is "no data"
 * (null, suppressed with reason NO_DATA), never a zero that looks real.
 */
@Entity('authority_coverage')
export class AuthorityCoverageRecord {
  @PrimaryColumn({ name: 'authority_code', type: 'varchar', length: 9 })
  authorityCode!: string;

  @Column({ name: 'records_from', type: 'date' })
  recordsFrom!: string;

  @Column({ name: 'records_to', type: 'date' })
  recordsTo!: string;
}

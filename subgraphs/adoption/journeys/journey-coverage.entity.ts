import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The span for which an authority's adoption journeys are complete; outside it figures are NO_DATA. */
@Entity('adoption_coverage')
export class JourneyCoverageRecord {
  @PrimaryColumn({ name: 'authority_code', type: 'varchar', length: 9 })
  authorityCode!: string;

  @Column({ name: 'records_from', type: 'date' })
  recordsFrom!: string;

  @Column({ name: 'records_to', type: 'date' })
  recordsTo!: string;
}

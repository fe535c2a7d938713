import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The span of time for which an authority holds one kind of record (e.g. "young_carers"), for
 * subgraphs whose kinds of record start and stop at different times: a council whose young carers
 * service went live in April 2021 has no young-carer figures before then (NO_DATA, not zero), while
 * its contacts go back years.
 */
@Entity('record_coverage')
export class RecordCoverageRecord {
  @PrimaryColumn({ name: 'authority_code', type: 'varchar', length: 9 })
  authorityCode!: string;

  /** The kind of record, as a measure declares it, e.g. "contacts". */
  @PrimaryColumn({ type: 'varchar', length: 40 })
  records!: string;

  @Column({ name: 'records_from', type: 'date' })
  recordsFrom!: string;

  @Column({ name: 'records_to', type: 'date' })
  recordsTo!: string;
}

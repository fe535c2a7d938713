import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One record-level read: who (the token's subject), which council's analyst, which records, when.
 * Every subgraph that serves records (children, care episodes, adoption journeys) keeps its own.
 */
@Entity('record_access_log')
@Index(['authorityCode', 'readAt'])
export class RecordAccessLogRecord {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Column({ name: 'read_at', type: 'varchar', length: 30 })
  readAt!: string;

  @Column({ type: 'varchar', length: 120 })
  subject!: string;

  @Column({ name: 'authority_code', type: 'varchar', length: 9 })
  authorityCode!: string;

  /** What was read, e.g. `Child`, `AdoptionJourney`. */
  @Column({ name: 'record_type', type: 'varchar', length: 40 })
  recordType!: string;

  @Column({ name: 'record_id', type: 'varchar', length: 48 })
  recordId!: string;
}

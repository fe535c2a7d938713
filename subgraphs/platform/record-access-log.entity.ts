import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Whether a record-level read was served or refused (FORBIDDEN). */
export type AccessOutcome = 'GRANTED' | 'REFUSED';

/**
 * One record-level read, served or refused: who (the token's subject), which council's records, which, when.
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

  /** GRANTED for a read served, REFUSED for one refused (rows from before refusals were logged are GRANTED). */
  @Column({ type: 'varchar', length: 8, default: 'GRANTED' })
  outcome!: AccessOutcome;

  @Column({ name: 'authority_code', type: 'varchar', length: 9 })
  authorityCode!: string;

  /** What was read, e.g. `Child`, `AdoptionJourney`. */
  @Column({ name: 'record_type', type: 'varchar', length: 40 })
  recordType!: string;

  @Column({ name: 'record_id', type: 'varchar', length: 48 })
  recordId!: string;
}

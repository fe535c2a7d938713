import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A request for an EHC needs assessment (SEN2; the Standard Safeguarding Dataset's
 * `ssd_ehcp_requests` and `ssd_ehcp_assessment`): received, then a decision to assess or not.
 */
@Entity('ehc_request')
@Index(['authorityCode', 'receivedOn'])
export class EhcRequestRecord {
  @PrimaryColumn({ type: 'varchar', length: 48 })
  id!: string;

  @Column({ name: 'pupil_id', type: 'varchar', length: 40 })
  pupilId!: string;

  @Column({ name: 'authority_code', type: 'varchar', length: 9 })
  authorityCode!: string;

  @Column({ name: 'received_on', type: 'date' })
  receivedOn!: string;

  /** ASSESS or NOT_ASSESS; null while undecided. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  decision!: string | null;

  @Column({ name: 'decided_on', type: 'date', nullable: true })
  decidedOn!: string | null;
}

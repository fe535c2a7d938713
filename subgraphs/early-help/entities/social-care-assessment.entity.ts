import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A children's social care assessment following a referral (CIN census, `ssd_cin_assessments`),
 * and what it led to: ongoing social care input (a child in need, child protection or care plan)
 * or not.
 */
@Entity('social_care_assessment')
@Index(['authorityCode', 'completedDate'])
@Index(['childId'])
export class SocialCareAssessmentRecord {
  @PrimaryColumn({ type: 'varchar', length: 48 })
  id!: string;

  @Column({ name: 'referral_id', type: 'varchar', length: 48 })
  referralId!: string;

  @Column({ name: 'child_id', type: 'varchar', length: 40 })
  childId!: string;

  @Column({ name: 'authority_code', type: 'varchar', length: 9 })
  authorityCode!: string;

  @Column({ name: 'start_date', type: 'date' })
  startDate!: string;

  /** Null while the assessment is open. */
  @Column({ name: 'completed_date', type: 'date', nullable: true })
  completedDate!: string | null;

  /** assessment-outcome.codes.ts; null while open. */
  @Column({ type: 'varchar', length: 24, nullable: true })
  outcome!: string | null;
}

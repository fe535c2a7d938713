import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A prospective foster carer's journey through recruitment: enquiry, training, assessment, approval. */
@Entity('fostering_enquiry')
@Index(['authorityCode', 'enquiryDate'])
export class FosteringEnquiryRecord {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  id!: string;

  @Column({ name: 'authority_code', type: 'varchar', length: 9 })
  authorityCode!: string;

  @Column({ name: 'enquiry_date', type: 'date' })
  enquiryDate!: string;

  /** Invited to "Skills to Foster" preparation training. */
  @Column({ name: 'training_invited_on', type: 'date', nullable: true })
  trainingInvitedOn!: string | null;

  /** Form F (stage 2) assessment started. */
  @Column({ name: 'assessment_started_on', type: 'date', nullable: true })
  assessmentStartedOn!: string | null;

  /** Approved at panel; the household it became. */
  @Column({ name: 'approved_on', type: 'date', nullable: true })
  approvedOn!: string | null;

  @Column({ name: 'household_id', type: 'varchar', length: 40, nullable: true })
  householdId!: string | null;
}

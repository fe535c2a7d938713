import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A contact to children's services (the front door, as the Standard Safeguarding Dataset's
 * `ssd_contacts`): who made it and what came of it. A contact that became a referral to social
 * care has a referral on the same day.
 */
@Entity('contact')
@Index(['authorityCode', 'contactDate'])
@Index(['childId'])
export class ContactRecord {
  @PrimaryColumn({ type: 'varchar', length: 48 })
  id!: string;

  @Column({ name: 'child_id', type: 'varchar', length: 40 })
  childId!: string;

  @Column({ name: 'authority_code', type: 'varchar', length: 9 })
  authorityCode!: string;

  @Column({ name: 'contact_date', type: 'date' })
  contactDate!: string;

  /** Who made the contact (contact-source.codes.ts, the CIN census referral sources). */
  @Column({ type: 'varchar', length: 24 })
  source!: string;

  /** What came of it: EARLY_HELP, REFERRAL_TO_SOCIAL_CARE, INFORMATION_AND_ADVICE or NO_FURTHER_ACTION. */
  @Column({ type: 'varchar', length: 24 })
  outcome!: string;
}

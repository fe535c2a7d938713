import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A referral of a child to children's social care (CIN census). Whether it is a re-referral is not
 * stored: it is computed from the child's previous referrals, for the window the caller asks for.
 * `familyId` groups siblings (children of one household), pseudonymous like the child.
 */
@Entity('referral')
@Index(['authorityCode', 'referralDate'])
@Index(['childId', 'referralDate'])
export class ReferralRecord {
  @PrimaryColumn({ type: 'varchar', length: 48 })
  id!: string;

  @Column({ name: 'child_id', type: 'varchar', length: 40 })
  childId!: string;

  @Column({ name: 'family_id', type: 'varchar', length: 40 })
  familyId!: string;

  @Column({ name: 'authority_code', type: 'varchar', length: 9 })
  authorityCode!: string;

  @Column({ name: 'referral_date', type: 'date' })
  referralDate!: string;

  /** CIN census referral source (contact-source.codes.ts). */
  @Column({ type: 'varchar', length: 24 })
  source!: string;
}

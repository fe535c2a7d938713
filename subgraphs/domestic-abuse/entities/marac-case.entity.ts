import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A case heard at a multi-agency risk assessment conference (SafeLives' MARAC data shape): the
 * papers publish no MARAC activity, so no records are seeded; the shape is here for a council that
 * loads its own.
 */
@Entity('marac_case')
@Index(['authorityCode', 'heardDate'])
export class MaracCaseRecord {
  @PrimaryColumn({ type: 'varchar', length: 48 })
  id!: string;

  @Column({ name: 'authority_code', type: 'varchar', length: 9 })
  authorityCode!: string;

  @Column({ name: 'district_code', type: 'varchar', length: 9, nullable: true })
  districtCode!: string | null;

  @Column({ name: 'heard_date', type: 'date' })
  heardDate!: string;

  /** Heard before within 12 months (SafeLives' repeat case). */
  @Column({ name: 'is_repeat', type: 'boolean' })
  isRepeat!: boolean;

  /** Children in the household. */
  @Column({ type: 'int' })
  children!: number;

  /** Who referred the case to the conference (referral.codes.ts REFERRAL_SOURCE). */
  @Column({ type: 'varchar', length: 24 })
  source!: string;
}

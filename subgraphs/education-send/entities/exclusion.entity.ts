import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A suspension or a permanent exclusion (school census exclusions module), with the pupil's phase
 * and SEN status on the day (looked after or not comes from the virtual school's roll).
 */
@Entity('exclusion')
@Index(['authorityCode', 'startOn'])
export class ExclusionRecord {
  @PrimaryColumn({ type: 'varchar', length: 48 })
  id!: string;

  @Column({ name: 'pupil_id', type: 'varchar', length: 40 })
  pupilId!: string;

  @Column({ name: 'authority_code', type: 'varchar', length: 9 })
  authorityCode!: string;

  /** SUSPENSION or PERMANENT. */
  @Column({ type: 'varchar', length: 10 })
  kind!: string;

  @Column({ name: 'start_on', type: 'date' })
  startOn!: string;

  /** School days lost (sessions / 2); a permanent exclusion counts the days to the end of the term. */
  @Column({ name: 'days_lost', type: 'double' })
  daysLost!: number;

  /**
   * DfE reason, grouped: PHYSICAL_ASSAULT_PUPIL, PHYSICAL_ASSAULT_ADULT, VERBAL_ABUSE,
   * PERSISTENT_DISRUPTION, DRUGS, DAMAGE, OTHER.
   */
  @Column({ type: 'varchar', length: 24 })
  reason!: string;

  /** PRIMARY, SECONDARY or SPECIAL. */
  @Column({ type: 'varchar', length: 9 })
  phase!: string;

  /** NONE, SEN_SUPPORT or EHC_PLAN on the day. */
  @Column({ name: 'sen_status', type: 'varchar', length: 11 })
  senStatus!: string;
}

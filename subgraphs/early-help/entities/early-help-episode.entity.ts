import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * An early help episode (`ssd_early_help_episodes`): support for a child and family below the
 * threshold of social care, from an early help assessment (EHA) to its end. Open at a date D when
 * startDate <= D and (endDate is null or endDate > D).
 */
@Entity('early_help_episode')
@Index(['authorityCode', 'startDate', 'endDate'])
@Index(['authorityCode', 'assessmentDate'])
@Index(['childId'])
export class EarlyHelpEpisodeRecord {
  @PrimaryColumn({ type: 'varchar', length: 48 })
  id!: string;

  @Column({ name: 'child_id', type: 'varchar', length: 40 })
  childId!: string;

  @Column({ name: 'family_id', type: 'varchar', length: 40 })
  familyId!: string;

  @Column({ name: 'authority_code', type: 'varchar', length: 9 })
  authorityCode!: string;

  /** First day of the month of birth (pseudonymised). */
  @Column({ name: 'date_of_birth', type: 'date' })
  dateOfBirth!: string;

  @Column({ name: 'start_date', type: 'date' })
  startDate!: string;

  /** The day the early help assessment was completed (submitted); null if not (yet). */
  @Column({ name: 'assessment_date', type: 'date', nullable: true })
  assessmentDate!: string | null;

  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate!: string | null;

  /** Who leads: PARTNER (a school, health, …) or COUNCIL (the council's early help service). */
  @Column({ type: 'varchar', length: 8 })
  lead!: string;

  /** The lead practitioner's agency (lead-agency.codes.ts). */
  @Column({ name: 'lead_agency', type: 'varchar', length: 24 })
  leadAgency!: string;

  /** Main reason for involvement (early-help-reason.codes.ts). */
  @Column({ type: 'varchar', length: 24 })
  reason!: string;

  /** Why it ended (end-reason.codes.ts); null while open. */
  @Column({ name: 'end_reason', type: 'varchar', length: 24, nullable: true })
  endReason!: string | null;
}

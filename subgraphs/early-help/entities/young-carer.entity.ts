import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A young carer known to the council's young carers service: the carers assessment (hours of care a
 * week as a whole number, so any bands can be drawn; the type of care; whom they care for) and the
 * support that followed. Receiving services from `startDate` to `endDate`.
 */
@Entity('young_carer')
@Index(['authorityCode', 'startDate', 'endDate'])
@Index(['childId'])
export class YoungCarerRecord {
  @PrimaryColumn({ type: 'varchar', length: 48 })
  id!: string;

  @Column({ name: 'child_id', type: 'varchar', length: 40 })
  childId!: string;

  @Column({ name: 'authority_code', type: 'varchar', length: 9 })
  authorityCode!: string;

  /** The district council area (GSS) the young carer lives in, where the council has districts. */
  @Column({ name: 'district_code', type: 'varchar', length: 9, nullable: true })
  districtCode!: string | null;

  @Column({ name: 'date_of_birth', type: 'date' })
  dateOfBirth!: string;

  /** The carers assessment, from which services start. */
  @Column({ name: 'start_date', type: 'date' })
  startDate!: string;

  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate!: string | null;

  @Column({ name: 'hours_per_week', type: 'int' })
  hoursPerWeek!: number;

  /** Main type of care given (care-type.codes.ts). */
  @Column({ name: 'care_type', type: 'varchar', length: 24 })
  careType!: string;

  /** The cared-for person's main need (cared-for-need.codes.ts). */
  @Column({ name: 'cared_for_need', type: 'varchar', length: 48 })
  caredForNeed!: string;

  @Column({ name: 'known_to_school', type: 'boolean' })
  knownToSchool!: boolean;

  @Column({ name: 'peer_support_offered', type: 'boolean' })
  peerSupportOffered!: boolean;

  @Column({ name: 'break_offered', type: 'boolean' })
  breakOffered!: boolean;

  /** What the carers assessment decided besides the service's support (carer-assessment-outcome.codes.ts). */
  @Column({ name: 'assessment_outcome', type: 'varchar', length: 40 })
  assessmentOutcome!: string;
}

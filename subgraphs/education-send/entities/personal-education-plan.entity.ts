import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A child in care's personal education plan (PEP) review: due on a date, completed on a date (in
 * timescale when completed on or before it is due), graded by the virtual school's quality
 * assurance. A PEP graded AMBER is returned to be improved and may be graded again: `firstGrade`
 * is its first grade, `grade` its grade now.
 */
@Entity('personal_education_plan')
@Index(['authorityCode', 'dueOn'])
@Index(['childId'])
export class PersonalEducationPlanRecord {
  @PrimaryColumn({ type: 'varchar', length: 48 })
  id!: string;

  @Column({ name: 'child_id', type: 'varchar', length: 40 })
  childId!: string;

  @Column({ name: 'authority_code', type: 'varchar', length: 9 })
  authorityCode!: string;

  @Column({ name: 'due_on', type: 'date' })
  dueOn!: string;

  @Column({ name: 'completed_on', type: 'date', nullable: true })
  completedOn!: string | null;

  /** AMBER, GREEN or GOLD at first quality assurance; null if not quality-assured. */
  @Column({ name: 'first_grade', type: 'varchar', length: 5, nullable: true })
  firstGrade!: string | null;

  /** AMBER, GREEN or GOLD now (GREEN and GOLD are "good or outstanding"); null if not quality-assured. */
  @Column({ type: 'varchar', length: 5, nullable: true })
  grade!: string | null;
}

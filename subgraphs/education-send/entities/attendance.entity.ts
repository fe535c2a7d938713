import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One pupil's attendance in one school term (school census attendance module): sessions possible
 * and missed (authorised or not), with the pupil's phase and SEN provision for the term. Whether
 * they were looked after comes from the virtual school's roll at the term's start, never a copy.
 */
@Entity('attendance')
@Index(['authorityCode', 'termStart'])
export class AttendanceRecord {
  @PrimaryColumn({ name: 'pupil_id', type: 'varchar', length: 40 })
  pupilId!: string;

  /** First day of the term; a term is counted in a period when it starts in it. */
  @PrimaryColumn({ name: 'term_start', type: 'date' })
  termStart!: string;

  @Column({ name: 'authority_code', type: 'varchar', length: 9 })
  authorityCode!: string;

  /** AUTUMN, SPRING or SUMMER, of the academic year `academicYear` ("2021/22"). */
  @Column({ type: 'varchar', length: 6 })
  term!: string;

  @Column({ name: 'academic_year', type: 'varchar', length: 7 })
  academicYear!: string;

  /** PRIMARY, SECONDARY or SPECIAL. */
  @Column({ type: 'varchar', length: 9 })
  phase!: string;

  /** NONE, SEN_SUPPORT or EHC_PLAN during the term. */
  @Column({ name: 'sen_status', type: 'varchar', length: 11 })
  senStatus!: string;

  @Column({ name: 'possible_sessions', type: 'int' })
  possibleSessions!: number;

  @Column({ name: 'missed_sessions', type: 'int' })
  missedSessions!: number;
}

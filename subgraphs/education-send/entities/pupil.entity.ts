import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A pupil on a council's school roll (school census), pseudonymised: the id is the council's GSS
 * code plus its own pseudonym; a child known to children's social care carries their hub-wide
 * `Child` id as well (the virtual school's children are fostering's children).
 */
@Entity('pupil')
@Index(['authorityCode'])
@Index(['childId'])
export class PupilRecord {
  /** e.g. `E06000003-P004211`. */
  @PrimaryColumn({ type: 'varchar', length: 40 })
  id!: string;

  @Column({ name: 'authority_code', type: 'varchar', length: 9 })
  authorityCode!: string;

  /** First day of the month of birth. */
  @Column({ name: 'date_of_birth', type: 'date' })
  dateOfBirth!: string;

  /** M or F. */
  @Column({ type: 'varchar', length: 1 })
  sex!: string;

  /** The hub-wide `Child` id, when the pupil is a child known to children's services (e.g. in care). */
  @Column({ name: 'child_id', type: 'varchar', length: 40, nullable: true })
  childId!: string | null;
}

import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A child on the virtual school's roll for one period of care: the same child (by `Child` id) and
 * the same period as the fostering subgraph's, so the roll at a date is the children in care then.
 * On the roll at D when joinedOn <= D and (leftOn is null or leftOn > D).
 */
@Entity('virtual_school_child')
@Index(['authorityCode', 'joinedOn'])
@Index(['childId'])
export class VirtualSchoolChildRecord {
  @PrimaryColumn({ type: 'varchar', length: 48 })
  id!: string;

  @Column({ name: 'child_id', type: 'varchar', length: 40 })
  childId!: string;

  @Column({ name: 'authority_code', type: 'varchar', length: 9 })
  authorityCode!: string;

  @Column({ name: 'date_of_birth', type: 'date' })
  dateOfBirth!: string;

  /** The start of the period of care. */
  @Column({ name: 'joined_on', type: 'date' })
  joinedOn!: string;

  /** The end of the period of care; null while in care. */
  @Column({ name: 'left_on', type: 'date', nullable: true })
  leftOn!: string | null;
}

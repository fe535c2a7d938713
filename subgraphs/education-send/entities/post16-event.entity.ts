import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Something that happened to a young person after 16: DROPOUT from college or training (with the
 * provider, and when they were interviewed about it), a TRANSITION_PLAN completed for one at risk
 * of NEET, or a spell in SEMH_PROVISION (social, emotional and mental health provision) from
 * `on` to `endOn`.
 */
@Entity('post16_event')
@Index(['authorityCode', 'kind', 'on'])
export class Post16EventRecord {
  @PrimaryColumn({ type: 'varchar', length: 48 })
  id!: string;

  @Column({ name: 'young_person_id', type: 'varchar', length: 40 })
  youngPersonId!: string;

  @Column({ name: 'authority_code', type: 'varchar', length: 9 })
  authorityCode!: string;

  /** DROPOUT, TRANSITION_PLAN or SEMH_PROVISION. */
  @Column({ type: 'varchar', length: 15 })
  kind!: string;

  @Column({ name: 'on_date', type: 'date' })
  on!: string;

  /** For SEMH_PROVISION: the end of the spell (null while engaged). */
  @Column({ name: 'end_on', type: 'date', nullable: true })
  endOn!: string | null;

  /** For DROPOUT: FE_COLLEGE, SIXTH_FORM, TRAINING_PROVIDER or APPRENTICESHIP. */
  @Column({ type: 'varchar', length: 17, nullable: true })
  provider!: string | null;

  /** For DROPOUT: when the young person was interviewed about leaving (null: not interviewed). */
  @Column({ name: 'interviewed_on', type: 'date', nullable: true })
  interviewedOn!: string | null;

  @Column({ type: 'boolean' })
  send!: boolean;
}

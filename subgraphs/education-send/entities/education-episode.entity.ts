import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A child out of school as the council records them: electively home educated (EHE) or missing
 * education (CME, Education Act 1996 s436A), from a start to an end, with their SEN status.
 * Open at a date D when startOn <= D and (endOn is null or endOn > D).
 */
@Entity('education_episode')
@Index(['authorityCode', 'kind', 'startOn'])
export class EducationEpisodeRecord {
  @PrimaryColumn({ type: 'varchar', length: 48 })
  id!: string;

  @Column({ name: 'pupil_id', type: 'varchar', length: 40 })
  pupilId!: string;

  @Column({ name: 'authority_code', type: 'varchar', length: 9 })
  authorityCode!: string;

  /** EHE (elective home education) or CME (child missing education). */
  @Column({ type: 'varchar', length: 3 })
  kind!: string;

  @Column({ name: 'start_on', type: 'date' })
  startOn!: string;

  @Column({ name: 'end_on', type: 'date', nullable: true })
  endOn!: string | null;

  /** NONE, SEN_SUPPORT or EHC_PLAN at the start. */
  @Column({ name: 'sen_status', type: 'varchar', length: 11 })
  senStatus!: string;
}

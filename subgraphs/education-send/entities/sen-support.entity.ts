import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A spell of SEN support on the school roll (school census SEN provision "K"; `ssd_send`, `ssd_sen_need`). */
@Entity('sen_support')
@Index(['authorityCode', 'startOn'])
@Index(['pupilId'])
export class SenSupportRecord {
  @PrimaryColumn({ type: 'varchar', length: 48 })
  id!: string;

  @Column({ name: 'pupil_id', type: 'varchar', length: 40 })
  pupilId!: string;

  @Column({ name: 'authority_code', type: 'varchar', length: 9 })
  authorityCode!: string;

  @Column({ name: 'start_on', type: 'date' })
  startOn!: string;

  @Column({ name: 'end_on', type: 'date', nullable: true })
  endOn!: string | null;

  /** SEN2 / school census primary need code (SEMH, ASD, SLCN, …). */
  @Column({ name: 'primary_need', type: 'varchar', length: 4 })
  primaryNeed!: string;
}

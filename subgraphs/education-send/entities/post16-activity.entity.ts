import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A young person of academic age 16–17 (Years 12–13) as the council's NCCIS (CCIS) tracking holds
 * them for a month: their activity then, SEND, and the Year 11 risk-of-NEET indicator.
 */
@Entity('post16_activity')
@Index(['authorityCode', 'month'])
export class Post16ActivityRecord {
  @PrimaryColumn({ name: 'young_person_id', type: 'varchar', length: 40 })
  youngPersonId!: string;

  /** The month's first day. */
  @PrimaryColumn({ type: 'date' })
  month!: string;

  @Column({ name: 'authority_code', type: 'varchar', length: 9 })
  authorityCode!: string;

  /** 12 or 13. */
  @Column({ name: 'year_group', type: 'int' })
  yearGroup!: number;

  /** EET, NEET or NOT_KNOWN. */
  @Column({ type: 'varchar', length: 9 })
  activity!: string;

  @Column({ type: 'boolean' })
  send!: boolean;

  /** Flagged at risk of NEET in Year 11. */
  @Column({ name: 'risk_of_neet', type: 'boolean' })
  riskOfNeet!: boolean;
}

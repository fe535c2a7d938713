import { Entity, Index, PrimaryColumn } from 'typeorm';

/** That a council's area and children passed to another when it was abolished (e.g. Cumbria → Cumberland). */
@Entity('authority_succession')
@Index(['successorCode'])
export class AuthoritySuccessionRecord {
  @PrimaryColumn({ name: 'predecessor_code', type: 'varchar', length: 9 })
  predecessorCode!: string;

  @PrimaryColumn({ name: 'successor_code', type: 'varchar', length: 9 })
  successorCode!: string;
}

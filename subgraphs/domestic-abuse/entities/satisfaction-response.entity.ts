import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One answer to a service's satisfaction survey, anonymous: the service, the support level, satisfied or not. */
@Entity('satisfaction_response')
@Index(['authorityCode', 'responseDate'])
export class SatisfactionResponseRecord {
  @PrimaryColumn({ type: 'varchar', length: 48 })
  id!: string;

  @Column({ name: 'authority_code', type: 'varchar', length: 9 })
  authorityCode!: string;

  @Column({ type: 'varchar', length: 12 })
  service!: string;

  /** The level of support the person received (referral.codes.ts SUPPORT_LEVEL). */
  @Column({ name: 'support_level', type: 'varchar', length: 20 })
  supportLevel!: string;

  @Column({ name: 'response_date', type: 'date' })
  responseDate!: string;

  @Column({ type: 'boolean' })
  satisfied!: boolean;
}

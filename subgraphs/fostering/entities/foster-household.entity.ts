import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A fostering household approved by the council (its own carers, not agency carers). */
@Entity('foster_household')
@Index(['authorityCode', 'approvedOn'])
export class FosterHouseholdRecord {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  id!: string;

  @Column({ name: 'authority_code', type: 'varchar', length: 9 })
  authorityCode!: string;

  /** MAINSTREAM (unrelated children), CONNECTED (family and friends) or SHORT_BREAK. */
  @Column({ name: 'household_type', type: 'varchar', length: 12 })
  householdType!: string;

  @Column({ name: 'approved_on', type: 'date' })
  approvedOn!: string;

  /** Approved places (children the household may care for at once). */
  @Column({ type: 'int' })
  places!: number;

  @Column({ name: 'deregistered_on', type: 'date', nullable: true })
  deregisteredOn!: string | null;

  /** RESIGNED, RETIRED, SGO_OR_ADOPTION (carers took an order for the child), TERMINATED. */
  @Column({ name: 'deregistration_reason', type: 'varchar', length: 20, nullable: true })
  deregistrationReason!: string | null;

  /** Hub carer in a Mockingbird constellation, if any. */
  @Column({ name: 'mockingbird_constellation', type: 'varchar', length: 40, nullable: true })
  mockingbirdConstellation!: string | null;
}

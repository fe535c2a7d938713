import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Support given in safe accommodation under Part 4 of the Domestic Abuse Act 2021 (the shape of
 * DLUHC's annual Part 4 return): the papers publish none, so no records are seeded.
 */
@Entity('safe_accommodation_support')
@Index(['authorityCode', 'startDate'])
export class SafeAccommodationSupportRecord {
  @PrimaryColumn({ type: 'varchar', length: 48 })
  id!: string;

  @Column({ name: 'authority_code', type: 'varchar', length: 9 })
  authorityCode!: string;

  /** REFUGE, SPECIALIST, DISPERSED, SANCTUARY_SCHEME, MOVE_ON or OTHER_EMERGENCY (the Part 4 return's kinds). */
  @Column({ name: 'accommodation_type', type: 'varchar', length: 20 })
  accommodationType!: string;

  @Column({ name: 'start_date', type: 'date' })
  startDate!: string;

  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate!: string | null;

  /** Children supported with the adult. */
  @Column({ type: 'int' })
  children!: number;

  /** The household was turned away for want of space (the return counts those not supported). */
  @Column({ name: 'declined_for_capacity', type: 'boolean' })
  declinedForCapacity!: boolean;
}

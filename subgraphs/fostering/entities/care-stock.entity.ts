import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Children in care at each quarter end (31 March, 30 June, 30 September, 31 December), by one
 * attribute at a time: derived from care_episode (and child, foster_household), never written by
 * hand, and rebuilt in the same transaction as every load of the records (see care-stock.ts).
 * A stock at any date is the nearest quarter end's, plus the episodes that started and minus
 * those that ended in between, so a figure reads rows in proportion to its answer, not to the
 * records. Only non-zero counts are kept.
 */
@Entity('care_stock')
export class CareStockRecord {
  /** The attribute counted by ('' for the total), as the care cube names it, e.g. `dateOfBirth`. */
  @PrimaryColumn({ type: 'varchar', length: 20 })
  attribute!: string;

  /** The quarter end counted at (end of the day). */
  @PrimaryColumn({ type: 'date' })
  at!: string;

  @PrimaryColumn({ name: 'authority_code', type: 'varchar', length: 9 })
  authorityCode!: string;

  /** The attribute's value as text ('' for none, e.g. no foster household; '1'/'0' for a flag). */
  @PrimaryColumn({ type: 'varchar', length: 12 })
  value!: string;

  /** Episodes open at the end of `at` with this value. */
  @Column({ type: 'int' })
  n!: number;
}

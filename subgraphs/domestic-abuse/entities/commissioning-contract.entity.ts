import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A contract the councils of a commissioning area let together, kept under the area's region code
 * (e.g. "STAFFS-STOKE"): the service, the provider, its term as it now runs (extensions included,
 * see contract_extension) and its annual value.
 */
@Entity('commissioning_contract')
@Index(['areaCode'])
export class CommissioningContractRecord {
  @PrimaryColumn({ type: 'varchar', length: 48 })
  id!: string;

  /** The commissioning area (a region code of the authorities subgraph). */
  @Column({ name: 'area_code', type: 'varchar', length: 20 })
  areaCode!: string;

  /** The name the services go by, e.g. "New Era". */
  @Column({ type: 'varchar', length: 100 })
  name!: string;

  /** What it buys, e.g. "Victim and perpetrator services". */
  @Column({ type: 'varchar', length: 200 })
  service!: string;

  @Column({ type: 'varchar', length: 200 })
  provider!: string;

  @Column({ name: 'start_date', type: 'date' })
  startDate!: string;

  /** The last day of the term as now extended. */
  @Column({ name: 'end_date', type: 'date' })
  endDate!: string;

  /** Pounds a year, as published. */
  @Column({ name: 'annual_value', type: 'decimal', precision: 12, scale: 2 })
  annualValue!: string;
}

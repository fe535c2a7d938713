import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * An extension of a contract, as the paper states it: the dates, and the length it says it is
 * (New Era's "two years from 30th September 2020 until 30th September 2023" is three by its dates).
 */
@Entity('contract_extension')
export class ContractExtensionRecord {
  @PrimaryColumn({ name: 'contract_id', type: 'varchar', length: 48 })
  contractId!: string;

  @PrimaryColumn({ name: 'from_date', type: 'date' })
  fromDate!: string;

  @Column({ name: 'to_date', type: 'date' })
  toDate!: string;

  @Column({ name: 'stated_years', type: 'int' })
  statedYears!: number;
}

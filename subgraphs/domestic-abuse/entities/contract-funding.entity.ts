import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A funder's annual contribution to a contract, with the share of the contract's value the paper
 * prints beside it (kept as published, even where the arithmetic disagrees: the hub shows its own
 * beside it).
 */
@Entity('contract_funding')
export class ContractFundingRecord {
  @PrimaryColumn({ name: 'contract_id', type: 'varchar', length: 48 })
  contractId!: string;

  /** funder.codes.ts */
  @PrimaryColumn({ type: 'varchar', length: 40 })
  funder!: string;

  @Column({ name: 'annual_amount', type: 'decimal', precision: 12, scale: 2 })
  annualAmount!: string;

  @Column({ name: 'published_share_pct', type: 'decimal', precision: 5, scale: 1, nullable: true })
  publishedSharePct!: string | null;
}

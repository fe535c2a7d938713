import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A council's share of a budget of its regional adoption agency under a funding agreement. */
@Entity('funding_share')
export class FundingShareRecord {
  @PrimaryColumn({ name: 'agency_code', type: 'varchar', length: 12 })
  agencyCode!: string;

  @PrimaryColumn({ name: 'authority_code', type: 'varchar', length: 9 })
  authorityCode!: string;

  /** core_running_costs, interagency_fees or support_costs. */
  @PrimaryColumn({ name: 'budget_line', type: 'varchar', length: 30 })
  budgetLine!: string;

  /** The years the agreement covers: `2018-22`, `2022-23`. */
  @PrimaryColumn({ type: 'varchar', length: 7 })
  period!: string;

  @Column({ type: 'double' })
  percent!: number;
}

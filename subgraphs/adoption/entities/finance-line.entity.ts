import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One line of a regional adoption agency's accounts for a financial year: budget and outturn
 * (variance is outturn − budget), for the agency, a locality hub or a member council, and for
 * income or expenditure where the papers split them. Income is negative, as the papers print it.
 */
@Entity('finance_line')
@Index(['agencyCode', 'period'])
export class FinanceLineRecord {
  @PrimaryColumn({ type: 'varchar', length: 60 })
  id!: string;

  @Column({ name: 'agency_code', type: 'varchar', length: 12 })
  agencyCode!: string;

  /** Whose line: the agency (T4C, ATV), a locality hub (staffs, stoke, joint-shrewsbury) or a council (GSS code). */
  @Column({ name: 'owner_code', type: 'varchar', length: 30 })
  ownerCode!: string;

  /** Financial year, `2021-22`. */
  @Column({ type: 'varchar', length: 7 })
  period!: string;

  /** The line (FinanceLineKind, lower case), e.g. `locality_hub`, `interagency`, `raa_employees`. */
  @Column({ type: 'varchar', length: 40 })
  line!: string;

  /** `expenditure`, `income`, or empty where the line is not split. */
  @Column({ type: 'varchar', length: 12 })
  flow!: string;

  @Column({ type: 'double', nullable: true })
  budget!: number | null;

  @Column({ type: 'double', nullable: true })
  outturn!: number | null;

  /** A comparator the papers set beside the line (e.g. the average cost per adoption of 14 agencies). */
  @Column({ type: 'double', nullable: true })
  comparator!: number | null;
}

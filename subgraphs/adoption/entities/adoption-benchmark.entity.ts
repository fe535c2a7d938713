import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * England's comparator for an adoption measure and period: the England average, the average of
 * the regional adoption agencies, or the government target (reference rows, as DESIGN.md asks:
 * a domain's England figures live in its own subgraph).
 */
@Entity('adoption_benchmark')
export class AdoptionBenchmarkRecord {
  /** The measure, as in FigureRow.measure, e.g. `a10_days_3yr_avg`. */
  @PrimaryColumn({ type: 'varchar', length: 60 })
  measure!: string;

  /** The period label (`2021-22`, `2019-22`, `2020-21-Q3`), or `*` for a target that holds for every period. */
  @PrimaryColumn({ type: 'varchar', length: 20 })
  period!: string;

  /** ENGLAND_AVERAGE, ENGLAND_RAA_AVERAGE or GOVERNMENT_TARGET. */
  @PrimaryColumn({ type: 'varchar', length: 24 })
  benchmark!: string;

  @Column({ type: 'double' })
  value!: number;

  /** Where the value was published (the published-figures.csv id). */
  @Column({ type: 'varchar', length: 120 })
  source!: string;
}

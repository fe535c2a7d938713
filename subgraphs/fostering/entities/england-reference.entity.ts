import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * England's figure for a measure at a date, the comparator beside every council's figure (e.g.
 * children looked after per 10,000 children at 31 March, from DfE's statistics).
 */
@Entity('england_reference')
export class EnglandReferenceRecord {
  /** The measure, as in FigureRow.measure, e.g. `children_looked_after_rate_per_10000`. */
  @PrimaryColumn({ type: 'varchar', length: 60 })
  measure!: string;

  @PrimaryColumn({ type: 'date' })
  date!: string;

  @Column({ type: 'double' })
  value!: number;

  @Column({ type: 'int', nullable: true })
  numerator!: number | null;

  @Column({ type: 'int', nullable: true })
  denominator!: number | null;
}

import { Directive, Field, Float, ObjectType } from 'type-graphql';
import { DateScalar } from '../../schema/vocabulary/date.scalar';
import { PeriodScalar } from '../../schema/vocabulary/period.scalar';
import { Figure, FigureUnit } from './figure.type';

/** A flat row as the kit builds it: identifying columns, dimension values by column, the figure. */
export interface FigureRowData extends Figure {
  measure: string;
  authorityCode: string;
  authorityName: string | null;
  date: string | null;
  period: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  breakdown: string;
  /** Dimension column (snake_case) → value; the generated row types read these. */
  dimensions: Record<string, string>;
  figure: Figure;
  /** The row's place in its table, set when the rows are paged (row-paging.ts). */
  cursor?: string;
}

/**
 * A flat row of scalars for BI tools: one figure with the authority, time and dimension values
 * that identify it. Column names are stable across every measure of every subgraph; each
 * measure's own row type adds one column per dimension it can be split by.
 */
@Directive('@shareable')
@ObjectType({
  description:
    'A flat table row for BI tools (Power BI, Excel, Grafana): one figure and what identifies it, all scalars.',
})
export class FigureRow {
  @Field({
    description: 'The measure, snake_case as in the councils\' published-figures file, e.g. "children_in_care_count".',
  })
  measure!: string;

  @Field({ description: 'GSS code of the authority the row is about.' })
  authorityCode!: string;

  @Field(() => String, { nullable: true, description: "The authority's name (from the authorities subgraph)." })
  authorityName!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'For snapshot measures: the date counted at.' })
  date!: string | null;

  @Field(() => PeriodScalar, { nullable: true, description: 'For flow measures: the period counted over, as asked.' })
  period!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'For flow measures: the first day of the period.' })
  periodStart!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'For flow measures: the last day of the period.' })
  periodEnd!: string | null;

  @Field({
    description:
      'The dimension values, "name=value" pairs joined by ";" (e.g. "age_band=0-5;sex=F"); empty for a total. Each is also its own column.',
  })
  breakdown!: string;

  @Field(() => Float, { nullable: true, description: 'The value; null when suppressed or when no records are held.' })
  value!: number | null;

  @Field(() => FigureUnit, { description: 'What the value measures.' })
  unit!: FigureUnit;

  @Field(() => Float, {
    nullable: true,
    description: 'For rates, percentages and averages: the numerator; null when suppressed.',
  })
  numerator!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'For rates, percentages and averages: the denominator; null when suppressed.',
  })
  denominator!: number | null;

  @Field({ description: 'True when the value is withheld.' })
  suppressed!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Why the value is withheld: CONFIDENTIAL or NO_DATA.',
  })
  suppressionReason!: string | null;

  @Field(() => Float, {
    nullable: true,
    description: 'The England average for the same measure and time, where published.',
  })
  englandAverage!: number | null;

  @Field(() => Float, { nullable: true, description: 'The government target for the measure, where one exists.' })
  target!: number | null;

  @Field(() => Figure, { description: 'The same figure as one object (value, unit, suppression).' })
  figure!: Figure;

  @Field({
    description:
      "An opaque cursor for the row's place in its table: pass the last row's as `after` (with `first`) to get the next page.",
  })
  cursor!: string;
}

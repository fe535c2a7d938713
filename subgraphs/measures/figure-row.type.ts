import { Directive, Field, ObjectType } from 'type-graphql';
import { DateScalar } from '../../schema/vocabulary/date.scalar';
import { Figure } from './figure.type';
import { PeriodScalar } from '../../schema/vocabulary/period.scalar';

/**
 * A flat row of scalars for BI tools: one figure with the authority, time and dimension values
 * that identify it. Column names are stable; `breakdown` uses the published-figures format.
 */
@Directive('@shareable')
@ObjectType({ description: 'A flat table row for BI tools (Power BI, Excel, Grafana): one figure and what identifies it, all scalars.' })
export class FigureRow {
  @Field({ description: 'The measure, snake_case, e.g. "children_in_care_count".' })
  measure!: string;

  @Field({ description: 'GSS code of the authority the row is about.' })
  authorityCode!: string;

  @Field(() => DateScalar, { nullable: true, description: 'For snapshot measures: the date counted at.' })
  date!: string | null;

  @Field(() => PeriodScalar, { nullable: true, description: 'For flow measures: the period counted over.' })
  period!: string | null;

  @Field({ description: 'The dimension values, "name=value" pairs joined by ";" (e.g. "age_band=0-5;sex=F"); empty for a total.' })
  breakdown!: string;

  @Field(() => Figure, { description: 'The figure (value, unit, suppression).' })
  figure!: Figure;
}

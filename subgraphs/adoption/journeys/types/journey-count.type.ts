import { Field, ObjectType } from 'type-graphql';
import { PeriodScalar } from '../../../../schema/vocabulary/period.scalar';
import { JourneyCount } from '../journey-count';

@ObjectType('JourneyCount', { description: 'Children for whom one step of the adoption journey happened in a period (e.g. adoption orders granted in 2021-22): total, breakdowns, shares and flat rows.' })
export class JourneyCountType {
  @Field(() => PeriodScalar, { description: 'The period counted over.' })
  period!: string;

  @Field({ description: 'The measure, as in flat rows and published-figures.csv, e.g. "adoption_orders_count".' })
  measure!: string;

  count!: JourneyCount;
}

export function journeyCountType(count: JourneyCount): JourneyCountType {
  return Object.assign(new JourneyCountType(), { period: count.period.label, measure: count.measure, count });
}

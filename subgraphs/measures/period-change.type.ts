import { Field, ObjectType } from 'type-graphql';
import { DateScalar } from '../../schema/vocabulary/date.scalar';
import { PeriodScalar } from '../../schema/vocabulary/period.scalar';
import { Figure } from './figure.type';

@ObjectType({
  description:
    'A flow count compared with an earlier period: the earlier count and the change to this one ("144 ↑ 30" on the previous quarter).',
})
export class PeriodChange {
  @Field(() => PeriodScalar, { description: 'The earlier period compared with, e.g. "2020-21-Q3".' })
  earlierPeriod!: string;

  @Field(() => DateScalar, { description: 'Its first day.' })
  earlierStart!: string;

  @Field(() => DateScalar, { description: 'Its last day.' })
  earlierEnd!: string;

  @Field(() => Figure, { description: 'The count in the earlier period.' })
  earlier!: Figure;

  @Field(() => Figure, {
    description: 'This count less the earlier one (negative for a fall); withheld wherever either count is suppressed.',
  })
  change!: Figure;

  @Field(() => Figure, {
    description:
      'The change as a percentage of the earlier count, one decimal place (numerator the change, denominator the earlier count).',
  })
  percentChange!: Figure;
}

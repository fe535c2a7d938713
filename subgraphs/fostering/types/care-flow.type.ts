import { Field, ObjectType } from 'type-graphql';
import { PeriodScalar } from '../../../schema/vocabulary/period.scalar';
import { CountMeasure } from '../../measures/count-measure';
import { CareRow } from '../data/care-cube.queries';

@ObjectType({ description: 'Children starting, or ceasing, to be looked after during a period (periods of care, not episodes).' })
export class CareFlow {
  @Field(() => PeriodScalar, { description: 'The period counted over, as asked.' })
  period!: string;

  measure!: CountMeasure<CareRow>;
  ceasing!: boolean;
}

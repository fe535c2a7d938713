import { Field, ObjectType } from 'type-graphql';
import { DateScalar } from '../../../schema/vocabulary/date.scalar';
import { CountMeasure } from '../../measures/count-measure';
import { CareRow } from '../data/care-cube.queries';

@ObjectType({ description: 'Children looked after at the end of a day, for an authority or a region, with the ways to split them.' })
export class ChildrenInCare {
  @Field(() => DateScalar, { description: 'The date counted at.' })
  at!: string;

  /** Not in the schema: the measure the fields are computed from. */
  measure!: CountMeasure<CareRow>;
}

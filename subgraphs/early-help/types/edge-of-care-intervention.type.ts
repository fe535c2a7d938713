import { Field, ID, ObjectType } from 'type-graphql';
import { DateScalar } from '../../../schema/vocabulary/date.scalar';

@ObjectType('EdgeOfCareIntervention', {
  description: 'Edge-of-care support for the young person (record-level).',
})
export class EdgeOfCareIntervention {
  @Field(() => ID, { description: 'Pseudonymous id of the intervention.' })
  id!: string;

  @Field({ description: 'The service, as the council names it, e.g. NO_WRONG_DOOR.' })
  service!: string;

  @Field(() => DateScalar, { description: 'The day support started.' })
  startDate!: string;

  @Field(() => DateScalar, { nullable: true, description: 'The day it ended; null while ongoing.' })
  endDate!: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'The day the young person came into care (their period of care in the fostering subgraph starts then).',
  })
  cameIntoCareDate!: string | null;
}

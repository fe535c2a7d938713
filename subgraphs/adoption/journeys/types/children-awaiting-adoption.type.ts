import { Field, ObjectType } from 'type-graphql';
import { DateScalar } from '../../../../schema/vocabulary/date.scalar';
import { WaitingChildren } from '../waiting-children';

@ObjectType({ description: 'Children waiting for adoption at the end of a day: with a plan (decision) or a placement order, not yet placed, plan not ceased.' })
export class ChildrenAwaitingAdoption {
  @Field(() => DateScalar, { description: 'The date counted at.' })
  at!: string;

  waiting!: WaitingChildren;
}

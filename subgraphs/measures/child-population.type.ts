import { Directive, Field, Int, ObjectType } from 'type-graphql';

@Directive('@shareable')
@ObjectType({ description: 'The under-18 population estimate DfE uses for rates in the year ending 31 March `year`.' })
export class ChildPopulation {
  @Field(() => Int, {
    description: 'The year of the 31 March the estimate is used for (2022 = the year ending 31 March 2022).',
  })
  year!: number;

  @Field(() => Int, { description: 'Children aged under 18.' })
  count!: number;
}

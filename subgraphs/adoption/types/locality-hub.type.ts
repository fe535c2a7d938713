import { Field, ID, ObjectType } from 'type-graphql';
import { LocalAuthorityStub, RegionStub } from '../adoption.stubs';

@ObjectType({
  description:
    'A locality hub of a regional adoption agency: the team serving some of its councils. Support, non-agency adoptions and finance are reported by hub.',
})
export class LocalityHub {
  @Field(() => ID, { description: 'Hub code, e.g. "staffs", "stoke", "joint-shrewsbury", "atv".' })
  code!: string;

  @Field({ description: "The hub's name." })
  name!: string;

  @Field(() => RegionStub, { description: 'The regional adoption agency the hub belongs to.' })
  agency!: RegionStub;

  @Field(() => [LocalAuthorityStub], { description: 'The councils the hub serves.' })
  authorities!: LocalAuthorityStub[];
}

import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { RegionKind } from './region-kind.enum';

@Directive('@key(fields: "code")')
@ObjectType({
  description:
    'A group of authorities a board reports on: a regional adoption agency (T4C, ATV), a government region (E12000005), or a custom group.',
})
export class Region {
  @Field(() => ID, {
    description: 'Region code: "T4C", "ATV", a GSS region code such as "E12000005", or a custom code.',
  })
  code!: string;

  @Field({ description: 'Name, e.g. "Together4Children".' })
  name!: string;

  @Field(() => RegionKind, { description: 'What kind of grouping this is.' })
  kind!: RegionKind;
}

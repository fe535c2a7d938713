import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    "A lower-tier district within a county council's area (e.g. Staffordshire's eight), used for sub-authority figures.",
})
export class District {
  @Field(() => ID, { description: 'ONS GSS code, e.g. "E07000197" (Stafford).' })
  code!: string;

  @Field({ description: 'Name, e.g. "Stafford".' })
  name!: string;

  authorityCode!: string;
}

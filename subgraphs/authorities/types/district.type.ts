import { Directive, Field, ID, ObjectType } from 'type-graphql';

@Directive('@key(fields: "code")')
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

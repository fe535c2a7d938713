import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { DateScalar } from '../../../schema/vocabulary/date.scalar';
import { ChildPopulation } from '../../measures/child-population.type';

@Directive('@key(fields: "code")')
@ObjectType({
  description: "A council with children's services (upper tier or unitary), identified by its ONS GSS code.",
})
export class LocalAuthority {
  @Field(() => ID, { description: 'ONS GSS code, e.g. "E10000028" (Staffordshire).' })
  code!: string;

  @Field({ description: 'DfE\'s three-digit local authority number, e.g. "860".' })
  dfeCode!: string;

  // Shareable: each domain subgraph provides these three for a region's members (its Region.members).
  @Directive('@shareable')
  @Field({ description: 'Official name, e.g. "Telford and Wrekin".' })
  name!: string;

  @Directive('@shareable')
  @Field({
    description: 'The short name councils use in board papers, e.g. "T&W", "R&CBC"; the name where none is in use.',
  })
  shortName!: string;

  /** Loaded by a field resolver (batched); declared here so other subgraphs can @require it. */
  @Directive('@shareable')
  @Field(() => [ChildPopulation], {
    nullable: true,
    description: 'Under-18 population estimates by year, for rates per 10,000.',
  })
  childPopulation?: ChildPopulation[] | null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'The first day the council had children\'s services, e.g. "2023-04-01" for Cumberland; null when it had them before April 2020, where the reference data begins.',
  })
  existedFrom!: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'The last day the council had children\'s services before it was abolished, e.g. "2023-03-31" for Cumbria (see `successors`); null while it still has them.',
  })
  existedUntil!: string | null;

  governmentRegionCode!: string;
}

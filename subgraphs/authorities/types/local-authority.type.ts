import { Directive, Field, ID, ObjectType } from 'type-graphql';
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

  governmentRegionCode!: string;
}

import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { ChildPopulation } from '../child-population.type';

/**
 * A domain subgraph's view of `LocalAuthority` (owned by the authorities subgraph): the key, and
 * the population as an external field that rate figures `@requires`. Domain subgraphs add their
 * figures to it with field resolvers.
 */
@Directive('@key(fields: "code")')
@ObjectType('LocalAuthority', { description: 'A council with children\'s services (upper tier or unitary), identified by its ONS GSS code.' })
export class LocalAuthorityStub {
  @Field(() => ID, { description: 'ONS GSS code, e.g. "E10000028" (Staffordshire).' })
  code!: string;

  @Directive('@external')
  @Field(() => [ChildPopulation], { nullable: true, description: 'Under-18 population estimates by year (owned by the authorities subgraph).' })
  childPopulation?: ChildPopulation[] | null;
}

/** Select this in `@requires` to receive member populations with the authority. */
export const REQUIRES_POPULATION = '@requires(fields: "childPopulation { year count }")';

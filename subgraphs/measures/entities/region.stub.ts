import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { LocalAuthorityStub } from './local-authority.stub';

/**
 * A domain subgraph's view of `Region` (owned by the authorities subgraph): the key, and the
 * members as an external field. Region figures `@requires` the members, so they are always
 * computed over the region's current membership, never over a copy.
 */
@Directive('@key(fields: "code")')
@ObjectType('Region', { description: 'A group of authorities a board reports on: a regional adoption agency (T4C, ATV), a government region (E12000005), or a custom group.' })
export class RegionStub {
  @Field(() => ID, { description: 'Region code: "T4C", "ATV", a GSS region code such as "E12000005", or a custom code.' })
  code!: string;

  @Directive('@external')
  @Field(() => [LocalAuthorityStub], { description: 'The member authorities (owned by the authorities subgraph).' })
  members!: LocalAuthorityStub[];
}

/** Select this in `@requires` to receive the members (and their populations) with the region. */
export const REQUIRES_MEMBERS = '@requires(fields: "members { code childPopulation { year count } }")';

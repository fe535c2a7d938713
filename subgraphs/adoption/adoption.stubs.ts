import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { AuthorityStub, entityStubs, RegionStubShape } from '../measures/entity-stubs';

/** The LocalAuthority and Region stubs the adoption subgraph extends (its own classes, see entity-stubs.ts). */
export const adoptionStubs = entityStubs();
export const LocalAuthorityStub = adoptionStubs.LocalAuthority;
export type LocalAuthorityStub = AuthorityStub;
export const RegionStub = adoptionStubs.Region;
export type RegionStub = RegionStubShape;
export { REQUIRES_AUTHORITY, REQUIRES_MEMBERS } from '../measures/entity-stubs';

/**
 * The adoption subgraph's part of a child's record: their adoption journey (see the fostering
 * subgraph for their care).
 */
@Directive('@key(fields: "id")')
@ObjectType('Child', {
  description:
    "A child known to children's services, pseudonymised (id = council GSS code + the council's pseudonym; date of birth as the first of the month). Record-level: only the child's own council's analysts may read it, and every read is audit-logged. Each subgraph adds its part of the child's record.",
})
export class ChildStub {
  @Field(() => ID, { description: 'Hub-wide pseudonymous id, e.g. "E06000002-CA00012".' })
  id!: string;
}

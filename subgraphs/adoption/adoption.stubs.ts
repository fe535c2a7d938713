import { AuthorityStub, ChildStubShape, childStub, entityStubs, RegionStubShape } from '../measures/entity-stubs';

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
export const ChildStub = childStub();
export type ChildStub = ChildStubShape;

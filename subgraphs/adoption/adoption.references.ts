import { ChildStub, LocalAuthorityStub, RegionStub } from './adoption.stubs';

/**
 * `_entities` for LocalAuthority and Region. They do no I/O: the representation already carries
 * the key and the fields this subgraph `@requires`; figures are loaded by the field resolvers,
 * batched per request, so N representations cost the same statements as one.
 */
export const adoptionReferenceResolvers = {
  LocalAuthority: {
    __resolveReference: (reference: LocalAuthorityStub) => Object.assign(new LocalAuthorityStub(), reference),
  },
  Region: {
    __resolveReference: (reference: RegionStub) => Object.assign(new RegionStub(), reference),
  },
  // No I/O and no record here: the journey is read (access-checked, audit-logged) by its field.
  Child: {
    __resolveReference: (reference: ChildStub) => Object.assign(new ChildStub(), { id: reference.id }),
  },
};

import { LocalAuthorityStub } from '../measures/entities/local-authority.stub';
import { RegionStub } from '../measures/entities/region.stub';
import { RequestContext } from '../platform/request-context';
import { readChildren } from './resolvers/child.resolver';

/**
 * `_entities` for LocalAuthority and Region. They do no I/O: the representation already carries
 * the key and the fields this subgraph `@requires`; figures are loaded by the field resolvers,
 * batched per request, so N representations cost the same statements as one.
 */
export const fosteringReferenceResolvers = {
  LocalAuthority: {
    __resolveReference: (reference: LocalAuthorityStub) => Object.assign(new LocalAuthorityStub(), reference),
  },
  Region: {
    __resolveReference: (reference: RegionStub) => Object.assign(new RegionStub(), reference),
  },
  // Children are record-level: the access check runs here too (reference resolvers bypass
  // type-graphql middleware), and all representations of a request share one load.
  Child: {
    __resolveReference: async (reference: { id: string }, context: RequestContext) => (await readChildren(context, [reference.id]))[0],
  },
};

import { RequestContext } from '../platform/request-context';
import { authorityByCode, districtByCode, regionByCode } from './data/authorities.loaders';

/**
 * `_entities` for the types this subgraph owns, through the same per-request loaders as queries:
 * N representations cost one statement. An unknown code resolves to null, as federation expects.
 */
export const authoritiesReferenceResolvers = {
  LocalAuthority: {
    __resolveReference: (reference: { code: string }, context: RequestContext) =>
      authorityByCode(context).load(reference.code),
  },
  Region: {
    __resolveReference: (reference: { code: string }, context: RequestContext) =>
      regionByCode(context).load(reference.code),
  },
  District: {
    __resolveReference: (reference: { code: string }, context: RequestContext) =>
      districtByCode(context).load(reference.code),
  },
};

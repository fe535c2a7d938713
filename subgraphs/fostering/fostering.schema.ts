import { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '../platform/build-subgraph-schema';
import { stubReferenceResolvers } from '../measures/entity-stubs';
import { fosteringStubs as stubs } from './fostering.stubs';
import { measureResolvers } from '../measures/measure-fields';
import { RequestContext } from '../platform/request-context';
import { FOSTERING_MEASURES } from './fostering.measures';
import { FOSTER_CARER_RECRUITMENT } from './recruitment.measures';
import { ChildResolver, readChildren } from './resolvers/child.resolver';

export function buildFosteringSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [ChildResolver, ...measureResolvers(stubs, [...FOSTERING_MEASURES, FOSTER_CARER_RECRUITMENT])],
      orphanedTypes: [stubs.LocalAuthority, stubs.Region],
    },
    {
      ...stubReferenceResolvers(stubs),
      // Children are record-level: the access check runs here too (reference resolvers bypass
      // type-graphql middleware), and all representations of a request share one load.
      Child: { __resolveReference: async (reference: { id: string }, context: RequestContext) => (await readChildren(context, [reference.id]))[0] },
    },
  );
}

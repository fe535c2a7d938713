import { GraphQLSchema } from 'graphql';
import { buildDomainSchema } from '../measures/domain-schema';
import { RequestContext } from '../platform/request-context';
import { FOSTERING_MEASURES } from './fostering.measures';
import { fosteringStubs } from './fostering.stubs';
import { FOSTER_CARER_RECRUITMENT } from './recruitment.measures';
import { ChildResolver, readChildren } from './resolvers/child.resolver';

export function buildFosteringSchema(): Promise<GraphQLSchema> {
  return buildDomainSchema({
    stubs: fosteringStubs,
    measures: [...FOSTERING_MEASURES, FOSTER_CARER_RECRUITMENT],
    resolvers: [ChildResolver],
    references: {
      // Children are record-level: the access check runs here too (reference resolvers bypass
      // type-graphql middleware), and all representations of a request share one load.
      Child: {
        __resolveReference: async (reference: { id: string }, context: RequestContext) =>
          (await readChildren(context, [reference.id]))[0],
      },
    },
  });
}

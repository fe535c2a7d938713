import { GraphQLSchema } from 'graphql';
import { LocalAuthorityStub } from '../measures/entities/local-authority.stub';
import { RegionStub } from '../measures/entities/region.stub';
import { buildFederatedSchema } from '../platform/build-subgraph-schema';
import { fosteringReferenceResolvers } from './fostering.references';
import { CareFlowResolver } from './resolvers/care-flow.resolver';
import { ChildResolver } from './resolvers/child.resolver';
import { ChildrenInCareResolver } from './resolvers/children-in-care.resolver';
import { FosterHouseholdCountResolver } from './resolvers/foster-household-count.resolver';
import { LocalAuthorityFosteringResolver } from './resolvers/local-authority-fostering.resolver';
import { RegionFosteringResolver } from './resolvers/region-fostering.resolver';

export function buildFosteringSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [ChildResolver, LocalAuthorityFosteringResolver, RegionFosteringResolver, ChildrenInCareResolver, CareFlowResolver, FosterHouseholdCountResolver],
      orphanedTypes: [LocalAuthorityStub, RegionStub],
    },
    fosteringReferenceResolvers,
  );
}

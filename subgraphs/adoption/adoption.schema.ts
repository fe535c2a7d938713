import { GraphQLSchema } from 'graphql';
import { adoptionStubs, ChildStub, LocalAuthorityStub, RegionStub } from './adoption.stubs';
import { buildFederatedSchema } from '../platform/build-subgraph-schema';
import { adoptionReferenceResolvers } from './adoption.references';
import { AGENCY_WORK_MEASURES } from './agency-work';
import { financeLineResolvers } from './finance-lines';
import { journeyResolvers } from './journeys';
import { measureResolvers } from '../measures/measure-fields';
import { LocalAuthorityHubResolver, LocalityHubResolver } from './resolvers/locality-hub.resolver';

export function buildAdoptionSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [LocalityHubResolver, LocalAuthorityHubResolver, ...journeyResolvers, ...measureResolvers(adoptionStubs, [...AGENCY_WORK_MEASURES]), ...financeLineResolvers],
      orphanedTypes: [LocalAuthorityStub, RegionStub, ChildStub],
    },
    adoptionReferenceResolvers,
  );
}

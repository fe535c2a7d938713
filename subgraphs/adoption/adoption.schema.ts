import { GraphQLSchema } from 'graphql';
import { ChildStub, LocalAuthorityStub, RegionStub } from './adoption.stubs';
import { buildFederatedSchema } from '../platform/build-subgraph-schema';
import { adoptionReferenceResolvers } from './adoption.references';
import { agencyWorkResolvers } from './agency-work';
import { financeLineResolvers } from './finance-lines';
import { journeyResolvers } from './journeys';
import { LocalAuthorityHubResolver, LocalityHubResolver } from './resolvers/locality-hub.resolver';

export function buildAdoptionSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [LocalityHubResolver, LocalAuthorityHubResolver, ...journeyResolvers, ...agencyWorkResolvers, ...financeLineResolvers],
      orphanedTypes: [LocalAuthorityStub, RegionStub, ChildStub],
    },
    adoptionReferenceResolvers,
  );
}

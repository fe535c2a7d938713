import { GraphQLSchema } from 'graphql';
import { adoptionStubs, ChildStub, LocalAuthorityStub, RegionStub } from './adoption.stubs';
import { buildFederatedSchema } from '../platform/build-subgraph-schema';
import { adoptionReferenceResolvers } from './adoption.references';
import { agencyWorkResolvers } from './agency-work';
import { ADOPTION_FINANCE } from './finance-lines';
import { measureResolvers } from '../measures/measure-fields';
import { journeyResolvers } from './journeys';
import { CHILDREN_AWAITING_ADOPTION } from './journeys/waiting-children.measures';
import { LocalAuthorityHubResolver, LocalityHubResolver } from './resolvers/locality-hub.resolver';

export function buildAdoptionSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [LocalityHubResolver, LocalAuthorityHubResolver, ...journeyResolvers, ...agencyWorkResolvers, ...measureResolvers(adoptionStubs, [ADOPTION_FINANCE, CHILDREN_AWAITING_ADOPTION])],
      orphanedTypes: [LocalAuthorityStub, RegionStub, ChildStub],
    },
    adoptionReferenceResolvers,
  );
}

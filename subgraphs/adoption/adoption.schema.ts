import { GraphQLSchema } from 'graphql';
import { ChildStub, LocalAuthorityStub, RegionStub } from './adoption.stubs';
import { buildFederatedSchema } from '../platform/build-subgraph-schema';
import { adoptionReferenceResolvers } from './adoption.references';
import { agencyWorkResolvers } from './agency-work';
import { financeLineResolvers } from './finance-lines';
import { journeyResolvers } from './journeys';
import { LocalAuthorityHubResolver, LocalityHubResolver } from './resolvers/locality-hub.resolver';
import { measureResolvers } from '../measures/measure-fields';
import { adoptionStubs } from './adoption.stubs';
import { ADOPTION_ACTIVITY } from './journeys/adoption-activity.measures';
import { ADOPTION_TIMELINESS } from './journeys/adoption-timeliness.measures';

/** The adoption measures declared against the kit. */
const ADOPTION_MEASURES = [ADOPTION_ACTIVITY, ADOPTION_TIMELINESS];

export function buildAdoptionSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [LocalityHubResolver, LocalAuthorityHubResolver, ...journeyResolvers, ...agencyWorkResolvers, ...financeLineResolvers, ...measureResolvers(adoptionStubs, ADOPTION_MEASURES)],
      orphanedTypes: [LocalAuthorityStub, RegionStub, ChildStub],
    },
    adoptionReferenceResolvers,
  );
}

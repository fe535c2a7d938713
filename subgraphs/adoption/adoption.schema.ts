import { childStubReference } from '../measures/entity-stubs';
import { GraphQLSchema } from 'graphql';
import { buildDomainSchema } from '../measures/domain-schema';
import { adoptionStubs, ChildStub } from './adoption.stubs';
import { AGENCY_WORK_MEASURES } from './agency-work.measures';
import { ADOPTION_FINANCE } from './finance.measures';
import { AdoptionJourneyResolver, ChildAdoptionResolver } from './resolvers/adoption-journey.resolver';
import { ADOPTION_ACTIVITY } from './adoption-activity.measures';
import { ADOPTION_TIMELINESS } from './adoption-timeliness.measures';
import { CHILDREN_AWAITING_ADOPTION } from './waiting-children.measures';
import { LocalAuthorityHubResolver, LocalityHubResolver } from './resolvers/locality-hub.resolver';

/** The adoption measures declared against the kit. */
const ADOPTION_MEASURES = [
  ADOPTION_ACTIVITY,
  ADOPTION_TIMELINESS,
  CHILDREN_AWAITING_ADOPTION,
  ...AGENCY_WORK_MEASURES,
  ADOPTION_FINANCE,
];

export function buildAdoptionSchema(): Promise<GraphQLSchema> {
  return buildDomainSchema({
    stubs: adoptionStubs,
    measures: ADOPTION_MEASURES,
    resolvers: [LocalityHubResolver, LocalAuthorityHubResolver, AdoptionJourneyResolver, ChildAdoptionResolver],
    orphanedTypes: [ChildStub],
    references: {
      Child: childStubReference(ChildStub),
    },
  });
}

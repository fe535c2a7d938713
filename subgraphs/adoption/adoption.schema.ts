import { GraphQLSchema } from 'graphql';
import { buildDomainSchema } from '../measures/domain-schema';
import { adoptionStubs, ChildStub } from './adoption.stubs';
import { AGENCY_WORK_MEASURES } from './agency-work';
import { financeLineResolvers } from './finance-lines';
import { journeyResolvers } from './journeys';
import { ADOPTION_ACTIVITY } from './journeys/adoption-activity.measures';
import { ADOPTION_TIMELINESS } from './journeys/adoption-timeliness.measures';
import { LocalAuthorityHubResolver, LocalityHubResolver } from './resolvers/locality-hub.resolver';

/** The adoption measures declared against the kit. */
const ADOPTION_MEASURES = [ADOPTION_ACTIVITY, ADOPTION_TIMELINESS, ...AGENCY_WORK_MEASURES];

export function buildAdoptionSchema(): Promise<GraphQLSchema> {
  return buildDomainSchema({
    stubs: adoptionStubs,
    measures: ADOPTION_MEASURES,
    resolvers: [LocalityHubResolver, LocalAuthorityHubResolver, ...journeyResolvers, ...financeLineResolvers],
    orphanedTypes: [ChildStub],
    references: {
      // No I/O and no record here: the journey is read (access-checked, audit-logged) by its field.
      Child: { __resolveReference: (reference: ChildStub) => Object.assign(new ChildStub(), { id: reference.id }) },
    },
  });
}

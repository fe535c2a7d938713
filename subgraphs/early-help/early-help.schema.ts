import { childStubReference } from '../measures/entity-stubs';
import { GraphQLSchema } from 'graphql';
import { buildDomainSchema } from '../measures/domain-schema';
import { EARLY_HELP_MEASURES } from './early-help.measures';
import { ChildStub, earlyHelpStubs } from './early-help.stubs';
import { EDGE_OF_CARE_MEASURES } from './edge-of-care.measures';
import { FRONT_DOOR_MEASURES } from './front-door.measures';
import { ChildEarlyHelpResolver } from './resolvers/child-early-help.resolver';
import { YOUNG_CARER_MEASURES } from './young-carers.measures';
import { YOUTH_SURVEY_MEASURES } from './youth-survey.measures';

export function buildEarlyHelpSchema(): Promise<GraphQLSchema> {
  return buildDomainSchema({
    stubs: earlyHelpStubs,
    measures: [
      ...FRONT_DOOR_MEASURES,
      ...EARLY_HELP_MEASURES,
      ...EDGE_OF_CARE_MEASURES,
      ...YOUNG_CARER_MEASURES,
      ...YOUTH_SURVEY_MEASURES,
    ],
    resolvers: [ChildEarlyHelpResolver],
    orphanedTypes: [ChildStub],
    references: {
      Child: childStubReference(ChildStub),
    },
  });
}

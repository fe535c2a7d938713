import { childStubReference } from '../measures/entity-stubs';
import { GraphQLSchema } from 'graphql';
import { buildDomainSchema } from '../measures/domain-schema';
import { EHC_NEEDS_ASSESSMENTS, EHC_PLAN_MEASURES } from './ehc-plans.measures';
import { ChildStub, educationSendStubs } from './education-send.stubs';
import { EDUCATION_SUPPORT } from './education-support.measures';
import { EXCLUSIONS } from './exclusions.measures';
import { OUT_OF_SCHOOL_MEASURES } from './out-of-school.measures';
import { POST16_MEASURES, POST16_SUPPORT } from './post16.measures';
import { ChildEducationResolver } from './resolvers/child-education.resolver';
import { SCHOOL_ABSENCE } from './school-absence.measures';
import { PERSONAL_EDUCATION_PLANS, VIRTUAL_SCHOOL_MEASURES } from './virtual-school.measures';

/** The education/SEND measures declared against the kit. */
const EDUCATION_SEND_MEASURES = [
  ...EHC_PLAN_MEASURES,
  EHC_NEEDS_ASSESSMENTS,
  SCHOOL_ABSENCE,
  EXCLUSIONS,
  ...OUT_OF_SCHOOL_MEASURES,
  ...VIRTUAL_SCHOOL_MEASURES,
  PERSONAL_EDUCATION_PLANS,
  ...POST16_MEASURES,
  POST16_SUPPORT,
  EDUCATION_SUPPORT,
];

export function buildEducationSendSchema(): Promise<GraphQLSchema> {
  return buildDomainSchema({
    stubs: educationSendStubs,
    measures: EDUCATION_SEND_MEASURES,
    resolvers: [ChildEducationResolver],
    orphanedTypes: [ChildStub],
    references: {
      Child: childStubReference(ChildStub),
    },
  });
}

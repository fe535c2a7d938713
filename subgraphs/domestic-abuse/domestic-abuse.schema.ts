import { GraphQLSchema } from 'graphql';
import { buildDomainSchema } from '../measures/domain-schema';
import { COMMISSIONING_MEASURES } from './commissioning.measures';
import { domesticAbuseStubs } from './domestic-abuse.stubs';
import { REFERRAL_MEASURES } from './referrals.measures';
import { REVIEW_MEASURES } from './reviews.measures';
import { SATISFACTION_MEASURES } from './satisfaction.measures';
import { SHAPE_MEASURES } from './shapes.measures';

/**
 * Figures only: no resolver here returns a record. Domestic abuse records never leave the
 * subgraph, not even to a council's own analysts (unlike every other domain's Child fields).
 */
export function buildDomesticAbuseSchema(): Promise<GraphQLSchema> {
  return buildDomainSchema({
    stubs: domesticAbuseStubs,
    measures: [
      ...REFERRAL_MEASURES,
      ...SATISFACTION_MEASURES,
      ...REVIEW_MEASURES,
      ...COMMISSIONING_MEASURES,
      ...SHAPE_MEASURES,
    ],
  });
}

import {
  CommissioningContractRecord,
  ContractExtensionRecord,
  ContractFundingRecord,
  DomesticAbuseReferralRecord,
  DomesticHomicideReviewRecord,
  RecordCoverageRecord,
  ReviewStageRecord,
  SatisfactionResponseRecord,
} from '../../subgraphs/domestic-abuse/entities';
import { RecordSet } from '../shared/record-set';
import { SeedScope } from '../shared/seed-scope';
import { generateContracts } from './contracts.seed';
import { RECORDS_FROM, RECORDS_TO, REVIEWS_FROM, REVIEWS_TO } from './domestic-abuse-span';
import { domesticAbuseTargets, STAFFORDSHIRE, STOKE } from './domestic-abuse-targets';
import { generateReferrals } from './referrals.seed';
import { generateReviews } from './reviews.seed';
import { generateSatisfaction } from './satisfaction.seed';

/**
 * The domestic abuse records of the one area whose papers the hub holds, Staffordshire and
 * Stoke-on-Trent, in every scope: no other council's domestic abuse services are modelled (their
 * figures are NO_DATA, never zeros).
 */
export function seedRecords(_scope: SeedScope = 'pilot'): RecordSet[] {
  const targets = domesticAbuseTargets();
  const reviews = generateReviews(targets);
  const contracts = generateContracts(targets);
  const covered = (authorityCode: string, records: string, recordsFrom: string, recordsTo: string) =>
    Object.assign(new RecordCoverageRecord(), { authorityCode, records, recordsFrom, recordsTo });
  const coverage = [
    ...[STAFFORDSHIRE, STOKE].flatMap((code) => [
      covered(code, 'referrals', RECORDS_FROM, RECORDS_TO),
      covered(code, 'satisfaction', RECORDS_FROM, RECORDS_TO),
    ]),
    covered(STAFFORDSHIRE, 'reviews', REVIEWS_FROM, REVIEWS_TO),
  ];
  return [
    [DomesticAbuseReferralRecord, generateReferrals(targets)],
    [SatisfactionResponseRecord, generateSatisfaction(targets)],
    [DomesticHomicideReviewRecord, reviews.reviews],
    [ReviewStageRecord, reviews.stages],
    [CommissioningContractRecord, contracts.contracts],
    [ContractExtensionRecord, contracts.extensions],
    [ContractFundingRecord, contracts.funding],
    [RecordCoverageRecord, coverage],
  ];
}

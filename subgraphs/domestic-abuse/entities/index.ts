import { RecordCoverageRecord } from '../../measures/record-coverage.entity';
import { HubMetaRecord } from '../../platform/hub-meta.entity';
import { CommissioningContractRecord } from './commissioning-contract.entity';
import { ContractExtensionRecord } from './contract-extension.entity';
import { ContractFundingRecord } from './contract-funding.entity';
import { DomesticAbuseReferralRecord } from './domestic-abuse-referral.entity';
import { DomesticHomicideReviewRecord } from './domestic-homicide-review.entity';
import { MaracCaseRecord } from './marac-case.entity';
import { ReviewStageRecord } from './review-stage.entity';
import { SafeAccommodationSupportRecord } from './safe-accommodation-support.entity';
import { SatisfactionResponseRecord } from './satisfaction-response.entity';

export {
  CommissioningContractRecord,
  ContractExtensionRecord,
  ContractFundingRecord,
  DomesticAbuseReferralRecord,
  DomesticHomicideReviewRecord,
  MaracCaseRecord,
  RecordCoverageRecord,
  ReviewStageRecord,
  SafeAccommodationSupportRecord,
  SatisfactionResponseRecord,
};

export const domesticAbuseEntities = [
  DomesticAbuseReferralRecord,
  SatisfactionResponseRecord,
  DomesticHomicideReviewRecord,
  ReviewStageRecord,
  CommissioningContractRecord,
  ContractExtensionRecord,
  ContractFundingRecord,
  MaracCaseRecord,
  SafeAccommodationSupportRecord,
  RecordCoverageRecord,
  HubMetaRecord,
];

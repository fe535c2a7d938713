import { RecordCoverageRecord } from '../../measures/record-coverage.entity';
import { HubMetaRecord } from '../../platform/hub-meta.entity';
import { RecordAccessLogRecord } from '../../platform/record-access-log.entity';
import { ContactRecord } from './contact.entity';
import { EarlyHelpEpisodeRecord } from './early-help-episode.entity';
import { EdgeOfCareInterventionRecord } from './edge-of-care-intervention.entity';
import { ReferralRecord } from './referral.entity';
import { SocialCareAssessmentRecord } from './social-care-assessment.entity';
import { YoungCarerRecord } from './young-carer.entity';
import { YouthSurveyWaveRecord } from './youth-survey-wave.entity';
import { YouthSurveyResponseRecord } from './youth-survey-response.entity';

export {
  ContactRecord,
  EarlyHelpEpisodeRecord,
  EdgeOfCareInterventionRecord,
  RecordCoverageRecord,
  ReferralRecord,
  SocialCareAssessmentRecord,
  YoungCarerRecord,
  YouthSurveyWaveRecord,
  YouthSurveyResponseRecord,
};

export const earlyHelpEntities = [
  ContactRecord,
  ReferralRecord,
  SocialCareAssessmentRecord,
  EarlyHelpEpisodeRecord,
  EdgeOfCareInterventionRecord,
  YoungCarerRecord,
  YouthSurveyResponseRecord,
  YouthSurveyWaveRecord,
  RecordCoverageRecord,
  RecordAccessLogRecord,
  HubMetaRecord,
];

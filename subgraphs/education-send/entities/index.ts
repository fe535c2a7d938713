import { HubMetaRecord } from '../../platform/hub-meta.entity';
import { RecordAccessLogRecord } from '../../platform/record-access-log.entity';
import { AttendanceRecord } from './attendance.entity';
import { EducationCoverageRecord } from './education-coverage.entity';
import { EducationEpisodeRecord } from './education-episode.entity';
import { EducationSupportCaseRecord } from './education-support-case.entity';
import { EhcPlanRecord } from './ehc-plan.entity';
import { EhcRequestRecord } from './ehc-request.entity';
import { ExclusionRecord } from './exclusion.entity';
import { PersonalEducationPlanRecord } from './personal-education-plan.entity';
import { Post16ActivityRecord } from './post16-activity.entity';
import { Post16EventRecord } from './post16-event.entity';
import { PupilRecord } from './pupil.entity';
import { SchoolTrainingRecord } from './school-training.entity';
import { SenSupportRecord } from './sen-support.entity';
import { VirtualSchoolChildRecord } from './virtual-school-child.entity';

export {
  AttendanceRecord,
  EducationCoverageRecord,
  EducationEpisodeRecord,
  EducationSupportCaseRecord,
  EhcPlanRecord,
  EhcRequestRecord,
  ExclusionRecord,
  PersonalEducationPlanRecord,
  Post16ActivityRecord,
  Post16EventRecord,
  PupilRecord,
  SchoolTrainingRecord,
  SenSupportRecord,
  VirtualSchoolChildRecord,
};

/**
 * The education/SEND subgraph's tables: the school roll, EHC requests and plans, SEN support,
 * attendance, exclusions, children out of school, the virtual school and its PEPs, post-16
 * tracking, an adoption agency's education support to adopted children, coverage and the
 * record-access log.
 */
export const educationSendEntities = [
  PupilRecord,
  EhcRequestRecord,
  EhcPlanRecord,
  SenSupportRecord,
  AttendanceRecord,
  ExclusionRecord,
  EducationEpisodeRecord,
  VirtualSchoolChildRecord,
  PersonalEducationPlanRecord,
  Post16ActivityRecord,
  Post16EventRecord,
  EducationSupportCaseRecord,
  SchoolTrainingRecord,
  EducationCoverageRecord,
  RecordAccessLogRecord,
  HubMetaRecord,
];

import {
  AttendanceRecord,
  EducationCoverageRecord,
  EhcPlanRecord,
  EhcRequestRecord,
  PersonalEducationPlanRecord,
  PupilRecord,
  VirtualSchoolChildRecord,
} from './entities';

/**
 * Hand-made records of one council (Redcar, E06000003) for the measures' tests: each test works
 * out its expected figures from these dates and sessions by hand, in its comments.
 */
export const CODE = 'E06000003';

export const coverage = (records: string, from: string, to: string) =>
  Object.assign(new EducationCoverageRecord(), { authorityCode: CODE, records, recordsFrom: from, recordsTo: to });

export const pupil = (id: string, childId: string | null = null, dateOfBirth = '2012-01-01') =>
  Object.assign(new PupilRecord(), { id: `${CODE}-${id}`, authorityCode: CODE, dateOfBirth, sex: 'F', childId });

export const request = (id: string, pupilId: string, receivedOn: string) =>
  Object.assign(new EhcRequestRecord(), {
    id: `${CODE}-${id}`,
    pupilId: `${CODE}-${pupilId}`,
    authorityCode: CODE,
    receivedOn,
    decision: 'ASSESS',
    decidedOn: receivedOn,
  });

export const plan = (id: string, pupilId: string, requestId: string | null, issuedOn: string, exception = false) =>
  Object.assign(new EhcPlanRecord(), {
    id: `${CODE}-${id}`,
    pupilId: `${CODE}-${pupilId}`,
    authorityCode: CODE,
    requestId: requestId && `${CODE}-${requestId}`,
    issuedOn,
    exception,
    primaryNeed: 'SEMH',
    setting: 'MAINSTREAM',
    ceasedOn: null,
    ceasedReason: null,
  });

export const attendance = (
  pupilId: string,
  termStart: string,
  possibleSessions: number,
  missedSessions: number,
  phase = 'PRIMARY',
  senStatus = 'NONE',
) =>
  Object.assign(new AttendanceRecord(), {
    pupilId: `${CODE}-${pupilId}`,
    termStart,
    authorityCode: CODE,
    term: termStart.slice(5, 7) === '09' ? 'AUTUMN' : termStart.slice(5, 7) === '01' ? 'SPRING' : 'SUMMER',
    academicYear: '2021/22',
    phase,
    senStatus,
    possibleSessions,
    missedSessions,
  });

export const onRoll = (childId: string, joinedOn: string, leftOn: string | null = null) =>
  Object.assign(new VirtualSchoolChildRecord(), {
    id: `${childId}-VS`,
    childId,
    authorityCode: CODE,
    dateOfBirth: '2012-01-01',
    joinedOn,
    leftOn,
  });

export const pep = (
  id: string,
  childId: string,
  dueOn: string,
  completedOn: string | null,
  firstGrade: string | null = null,
  grade: string | null = firstGrade,
) =>
  Object.assign(new PersonalEducationPlanRecord(), {
    id: `${childId}-${id}`,
    childId,
    authorityCode: CODE,
    dueOn,
    completedOn,
    firstGrade,
    grade,
  });

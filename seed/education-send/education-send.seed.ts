import {
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
} from '../../subgraphs/education-send/entities';
import { readChildrenInCare } from '../shared/children-in-care';
import { ATV_MEMBERS, PILOT_COUNCILS } from '../shared/pilot-councils';
import { Random } from '../shared/random';
import { RecordSet } from '../shared/record-set';
import { englandLas, publishedFigures } from '../shared/reference-data';
import { SeedScope } from '../shared/seed-scope';
import { educationTargets } from './calibration-targets';
import { SPANS } from './education-calendar';
import { EDUCATION_SUPPORT_SPAN, generateEducationSupport } from './education-support.seed';
import { generateOutOfSchool } from './out-of-school.seed';
import { generatePost16 } from './post16.seed';
import { calibrateAbsence, calibrateAllWithin20Weeks, calibratePlanChange } from './send-calibration';
import { generateSchoolRoll, REGISTER_SCALE, SAMPLE_OF_REGISTER, SchoolRecords } from './school-roll.seed';
import { generateVirtualSchool } from './virtual-school.seed';

export interface EducationRecords extends SchoolRecords {
  episodes: EducationEpisodeRecord[];
  roll: VirtualSchoolChildRecord[];
  peps: PersonalEducationPlanRecord[];
  activity: Post16ActivityRecord[];
  events: Post16EventRecord[];
  supportCases: EducationSupportCaseRecord[];
  training: SchoolTrainingRecord[];
  coverage: EducationCoverageRecord[];
}

/**
 * The education/SEND subgraph's synthetic records. `pilot`: the nine T4C and ATV councils, whose
 * virtual schools hold the fostering seed's children in care; `national`: every council (those
 * outside the nine have no virtual school records, so their virtual school figures are NO_DATA).
 */
export function generateEducationSend(scope: SeedScope, only?: readonly string[]): EducationRecords {
  const published = publishedFigures();
  const inCare = readChildrenInCare();
  const las = englandLas().filter(
    (la) => la.population.has(2022) && (scope === 'national' || PILOT_COUNCILS.includes(la.gss)),
  );
  const records: EducationRecords = {
    pupils: [],
    requests: [],
    plans: [],
    support: [],
    attendance: [],
    exclusions: [],
    episodes: [],
    roll: [],
    peps: [],
    activity: [],
    events: [],
    supportCases: [],
    training: [],
    coverage: [],
  };
  for (const la of las.filter((l) => !only || only.includes(l.gss))) {
    const random = new Random(`education-send|${la.gss}`);
    const population = la.population.get(2022)!;
    const targets = educationTargets(la.gss, published);
    const periods = inCare.filter((p) => p.authorityCode === la.gss);
    const school = generateSchoolRoll(la.gss, population, periods, random, (registers) => {
      if (targets.planChange)
        calibratePlanChange(registers, targets.planChange.from, targets.planChange.to, targets.planChange.pct, random);
      for (const window of targets.allWithin20Weeks)
        calibrateAllWithin20Weeks(registers, window.from, window.to, random);
    });
    for (const { year, pct } of targets.secondaryAbsence)
      calibrateAbsence(
        school.attendance.filter(
          (a) => a.phase === 'SECONDARY' && a.academicYear === `${year}/${String(year + 1).slice(2)}`,
        ),
        pct,
      );
    const outOfSchool = generateOutOfSchool(la.gss, Math.round((population * 0.62) / REGISTER_SCALE), random);
    const post16 = generatePost16(la.gss, population, REGISTER_SCALE * SAMPLE_OF_REGISTER, random, targets.post16);
    const vs = periods.length ? generateVirtualSchool(la.gss, periods, random, targets.peps) : { roll: [], peps: [] };
    for (const key of ['pupils', 'requests', 'plans', 'support', 'attendance', 'exclusions'] as const)
      (records[key] as unknown[]).push(...school[key]);
    records.pupils.push(...outOfSchool.pupils);
    records.episodes.push(...outOfSchool.episodes);
    records.activity.push(...post16.activity);
    records.events.push(...post16.events);
    records.roll.push(...vs.roll);
    records.peps.push(...vs.peps);
    const kinds = [
      'SCHOOL_CENSUS',
      'SEN2',
      'POST16',
      ...(periods.length ? ['VIRTUAL_SCHOOL', 'PEP', 'PEP_QUALITY'] : []),
    ];
    for (const kind of kinds as (keyof typeof SPANS)[])
      records.coverage.push(
        Object.assign(new EducationCoverageRecord(), {
          authorityCode: la.gss,
          records: kind,
          recordsFrom: SPANS[kind].from,
          recordsTo: SPANS[kind].to,
        }),
      );
  }
  // The adoption agency whose education support the papers report (ATV), with its own coverage.
  if (!only || only.includes('ATV')) {
    const support = generateEducationSupport('ATV', ATV_MEMBERS, published, new Random('education-support|ATV'));
    records.supportCases.push(...support.cases);
    records.training.push(...support.training);
    records.coverage.push(
      Object.assign(new EducationCoverageRecord(), {
        authorityCode: 'ATV',
        records: 'EDUCATION_SUPPORT',
        recordsFrom: EDUCATION_SUPPORT_SPAN.from,
        recordsTo: EDUCATION_SUPPORT_SPAN.to,
      }),
    );
  }
  verify(records);
  return records;
}

/** Checks the records hang together; generation fails rather than write records that contradict each other. */
function verify(records: EducationRecords): void {
  const pupils = new Set(records.pupils.map((p) => p.id));
  if (pupils.size !== records.pupils.length) throw new Error('seed: a pupil id is repeated');
  for (const list of [records.plans, records.support, records.attendance, records.exclusions, records.episodes])
    for (const r of list as { pupilId: string }[])
      if (!pupils.has(r.pupilId)) throw new Error(`seed: a record of unknown pupil ${r.pupilId}`);
  const onRoll = new Set(records.roll.map((r) => r.childId));
  for (const pep of records.peps)
    if (!onRoll.has(pep.childId)) throw new Error(`seed: PEP of ${pep.childId}, not on the roll`);
  for (const a of records.attendance)
    if (a.missedSessions < 0 || a.missedSessions > a.possibleSessions) throw new Error(`seed: ${a.pupilId} sessions`);
}

export function seedRecords(scope: SeedScope): RecordSet[] {
  const r = generateEducationSend(scope);
  return [
    [PupilRecord, r.pupils],
    [EhcRequestRecord, r.requests],
    [EhcPlanRecord, r.plans],
    [SenSupportRecord, r.support],
    [AttendanceRecord, r.attendance],
    [ExclusionRecord, r.exclusions],
    [EducationEpisodeRecord, r.episodes],
    [VirtualSchoolChildRecord, r.roll],
    [PersonalEducationPlanRecord, r.peps],
    [Post16ActivityRecord, r.activity],
    [Post16EventRecord, r.events],
    [EducationSupportCaseRecord, r.supportCases],
    [SchoolTrainingRecord, r.training],
    [EducationCoverageRecord, r.coverage],
  ];
}

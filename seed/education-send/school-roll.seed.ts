import { addDays } from '../../schema/vocabulary/dates';
import {
  AttendanceRecord,
  EhcPlanRecord,
  EhcRequestRecord,
  ExclusionRecord,
  PupilRecord,
  SenSupportRecord,
} from '../../subgraphs/education-send/entities';
import { ChildInCarePeriod } from '../shared/children-in-care';
import { Random } from '../shared/random';
import { dayIn, ncYear, ofSchoolAge, SPANS, Term, TERMS } from './education-calendar';
import { planNeed, planSetting, supportNeed } from './send-needs';

/**
 * One council's school roll and SEND registers (see CALIBRATION.md, "Education and SEND"): the
 * pupils not in care at one in `REGISTER_SCALE` of the real roll (their SEN support, EHC requests
 * and plans), attendance and exclusions for one in `SAMPLE_OF_REGISTER` of those, and every child
 * in care of school age (the virtual school's pupils) in full.
 */
export const REGISTER_SCALE = 10;
export const SAMPLE_OF_REGISTER = 10;
/** Pupils of Reception to Year 11 per child under 18 (DfE school census over ONS estimates, about 0.62). */
const PUPILS_PER_CHILD = 0.62;

export interface SchoolRecords {
  pupils: PupilRecord[];
  requests: EhcRequestRecord[];
  plans: EhcPlanRecord[];
  support: SenSupportRecord[];
  attendance: AttendanceRecord[];
  exclusions: ExclusionRecord[];
}

interface Draft {
  pupil: PupilRecord;
  attends: boolean;
  /** The terms attendance is held for (children in care: those they are looked after at the start of). */
  terms: (term: Term) => boolean;
  inCare: boolean;
  absence: number;
}

const id = (prefix: string, n: number) => `${prefix}${String(n).padStart(6, '0')}`;

/** A day of birth (the first of a month) for a pupil in Reception to Year 11 at some time in 2019/20 to 2021/22. */
function schoolDateOfBirth(random: Random): string {
  const months = random.int(0, 14 * 12 - 1);
  const year = 2003 + Math.floor((months + 8) / 12);
  const month = ((months + 8) % 12) + 1;
  return `${year}-${String(month).padStart(2, '0')}-01`;
}

export function generateSchoolRoll(
  gss: string,
  population: number,
  inCare: ChildInCarePeriod[],
  random: Random,
  calibrateRegisters: (records: SchoolRecords) => void = () => {},
): SchoolRecords {
  const records: SchoolRecords = { pupils: [], requests: [], plans: [], support: [], attendance: [], exclusions: [] };
  const drafts: Draft[] = [];
  let requestNo = 0;
  const addSend = (pupil: PupilRecord, child: boolean) => {
    const u = random.next();
    const planShare = child ? 0.28 : 0.04;
    const supportShare = child ? 0.27 : 0.13;
    const schoolStart = `${Number(pupil.dateOfBirth.slice(0, 4)) + 4}-09-01`;
    if (u < planShare) {
      const issuedOn = dayIn(addDays(pupil.dateOfBirth, 3 * 365), addDays(pupil.dateOfBirth, 16 * 365), random.next());
      if (issuedOn > SPANS.SEN2.to) return;
      const planId = `${pupil.id}-EHCP1`;
      let requestId: string | null = null;
      let exception = false;
      if (issuedOn >= addDays(SPANS.SEN2.from, 200)) {
        exception = random.chance(0.08);
        // Most plans within 20 weeks (England about 60% in 2021); exceptions and some others later.
        const weeks = exception || random.chance(0.3) ? random.int(21, 40) : random.int(12, 20);
        const receivedOn = addDays(issuedOn, -weeks * 7 + random.int(0, 6) - (weeks === 20 ? 6 : 0));
        requestNo += 1;
        requestId = id(`${gss}-R`, requestNo);
        records.requests.push(
          Object.assign(new EhcRequestRecord(), {
            id: requestId,
            pupilId: pupil.id,
            authorityCode: gss,
            receivedOn,
            decision: 'ASSESS',
            decidedOn: addDays(receivedOn, random.int(30, 42)),
          }),
        );
      }
      const ceases = random.chance(0.08);
      const ceasedOn = ceases ? dayIn(issuedOn, '2024-12-31', random.next()) : null;
      records.plans.push(
        Object.assign(new EhcPlanRecord(), {
          id: planId,
          pupilId: pupil.id,
          authorityCode: gss,
          requestId,
          issuedOn,
          exception,
          primaryNeed: planNeed(random, child),
          setting: planSetting(random),
          ceasedOn: ceasedOn && ceasedOn <= SPANS.SEN2.to ? ceasedOn : null,
          ceasedReason: ceasedOn && ceasedOn <= SPANS.SEN2.to ? random.pick(['MOVED_LA', 'NEEDS_MET', 'OTHER']) : null,
        }),
      );
      // Most children with a plan were on SEN support before it.
      if (random.chance(0.7) && issuedOn > schoolStart)
        records.support.push(
          Object.assign(new SenSupportRecord(), {
            id: `${pupil.id}-SS1`,
            pupilId: pupil.id,
            authorityCode: gss,
            startOn: dayIn(schoolStart, issuedOn, random.next() * 0.5),
            endOn: issuedOn,
            primaryNeed: supportNeed(random),
          }),
        );
    } else if (u < planShare + supportShare) {
      const startOn = dayIn(schoolStart, addDays(schoolStart, 9 * 365), random.next());
      if (startOn > SPANS.SCHOOL_CENSUS.to) return;
      const endOn = random.chance(0.35) ? addDays(startOn, random.int(180, 1200)) : null;
      records.support.push(
        Object.assign(new SenSupportRecord(), {
          id: `${pupil.id}-SS1`,
          pupilId: pupil.id,
          authorityCode: gss,
          startOn,
          endOn,
          primaryNeed: supportNeed(random),
        }),
      );
      // Some requests are refused, or assessed without a plan following yet.
      if (random.chance(0.1)) {
        const receivedOn = dayIn(SPANS.SEN2.from, SPANS.SEN2.to, random.next());
        requestNo += 1;
        const refused = random.chance(0.75);
        records.requests.push(
          Object.assign(new EhcRequestRecord(), {
            id: id(`${gss}-R`, requestNo),
            pupilId: pupil.id,
            authorityCode: gss,
            receivedOn,
            decision: refused || random.chance(0.5) ? (refused ? 'NOT_ASSESS' : 'ASSESS') : null,
            decidedOn: refused ? addDays(receivedOn, random.int(28, 42)) : null,
          }),
        );
      }
    }
  };

  // Pupils not in care: the register scale of the roll; rows only for those with SEN records or in the sample.
  const roll = Math.round((population * PUPILS_PER_CHILD) / REGISTER_SCALE);
  for (let i = 1; i <= roll; i += 1) {
    const pupil = Object.assign(new PupilRecord(), {
      id: id(`${gss}-P`, i),
      authorityCode: gss,
      dateOfBirth: schoolDateOfBirth(random),
      sex: random.chance(0.51) ? 'M' : 'F',
      childId: null,
    });
    const before = records.plans.length + records.support.length + records.requests.length;
    addSend(pupil, false);
    const attends = random.next() < 1 / SAMPLE_OF_REGISTER;
    const hasSend = records.plans.length + records.support.length + records.requests.length > before;
    if (attends || hasSend) {
      records.pupils.push(pupil);
      drafts.push({ pupil, attends, terms: () => true, inCare: false, absence: absenceLevel(random) });
    }
  }

  // Children in care of school age while in the virtual school's records: the same children, in full.
  const periodsByChild = new Map<string, ChildInCarePeriod[]>();
  for (const p of inCare) {
    const list = periodsByChild.get(p.childId);
    if (list) list.push(p);
    else periodsByChild.set(p.childId, [p]);
  }
  for (const [childId, periods] of periodsByChild) {
    const { dateOfBirth, sex } = periods[0];
    const inCareAt = (day: string) => periods.some((p) => p.started <= day && (p.ended === null || p.ended > day));
    const schoolTerms = TERMS.filter(
      (t) => t.start >= SPANS.VIRTUAL_SCHOOL.from && ofSchoolAge(dateOfBirth, t.year) && inCareAt(t.start),
    );
    // A pupil record (for SEN2) also for a child in care in the roll's span who is of school age
    // in 2021/22 but looked after at no term's start.
    const schoolAgeInCare = periods.some(
      (p) => (p.ended ?? '9999') > SPANS.VIRTUAL_SCHOOL.from && ofSchoolAge(dateOfBirth, 2021),
    );
    if (schoolTerms.length === 0 && !schoolAgeInCare) continue;
    const pupil = Object.assign(new PupilRecord(), {
      id: `${gss}-P${childId.slice(gss.length + 1)}`,
      authorityCode: gss,
      dateOfBirth,
      sex,
      childId,
    });
    records.pupils.push(pupil);
    addSend(pupil, true);
    const termStarts = new Set(schoolTerms.map((t) => t.start));
    drafts.push({
      pupil,
      attends: true,
      terms: (t) => termStarts.has(t.start),
      inCare: true,
      absence: absenceLevel(random),
    });
  }

  // The registers are calibrated before attendance is drawn, so each term's SEN status is the final one.
  calibrateRegisters(records);
  const senStatusAt = senStatuses(records);
  let exclusionNo = 0;
  for (const draft of drafts) {
    if (!draft.attends) continue;
    for (const term of TERMS) {
      const nc = ncYear(draft.pupil.dateOfBirth, term.year);
      if (nc < 0 || nc > 11 || !draft.terms(term)) continue;
      const senStatus = senStatusAt(draft.pupil.id, term.start);
      const special = senStatus.status === 'EHC_PLAN' && senStatus.setting === 'SPECIAL';
      const phase = special ? 'SPECIAL' : nc <= 6 ? 'PRIMARY' : 'SECONDARY';
      const missed = termAbsence(draft, term, phase, senStatus.status, random);
      records.attendance.push(
        Object.assign(new AttendanceRecord(), {
          pupilId: draft.pupil.id,
          termStart: term.start,
          authorityCode: gss,
          term: term.term,
          academicYear: term.academicYear,
          phase,
          senStatus: senStatus.status,
          possibleSessions: term.possible,
          missedSessions: missed,
        }),
      );
      for (const kind of exclusionsInTerm(draft, term, phase, senStatus.status, random)) {
        exclusionNo += 1;
        records.exclusions.push(
          Object.assign(new ExclusionRecord(), {
            id: id(`${gss}-X`, exclusionNo),
            pupilId: draft.pupil.id,
            authorityCode: gss,
            kind,
            startOn: addDays(term.start, random.int(7, 70)),
            daysLost: kind === 'PERMANENT' ? random.int(20, 50) : random.int(1, 10) / 2,
            reason: random.weighted({
              PERSISTENT_DISRUPTION: 35,
              VERBAL_ABUSE: 20,
              PHYSICAL_ASSAULT_PUPIL: 15,
              PHYSICAL_ASSAULT_ADULT: 8,
              DRUGS: 6,
              DAMAGE: 4,
              OTHER: 12,
            }),
            phase,
            senStatus: senStatus.status,
          }),
        );
      }
    }
  }
  return records;
}

/** A pupil's own propensity to miss school: most a little, a few a lot (a skewed spread). */
function absenceLevel(random: Random): number {
  const u = random.next();
  return 0.02 + 0.05 * u * u * u * 6 * random.next();
}

/** Absence rises in secondary, with SEN, and after the pandemic (2021/22 was England's worst year). */
function termAbsence(draft: Draft, term: Term, phase: string, sen: string, random: Random): number {
  const year = { 2019: 0.85, 2020: 1.0, 2021: 1.35 }[term.year] ?? 1;
  const rate =
    draft.absence *
    year *
    (phase === 'PRIMARY' ? 0.85 : 1.15) *
    (sen === 'EHC_PLAN' ? 1.5 : sen === 'SEN_SUPPORT' ? 1.3 : 1) *
    (0.6 + 0.8 * random.next());
  return Math.min(term.possible, Math.round(term.possible * rate));
}

/** Suspensions (a few pupils, more in secondary, with SEN and in care) and, rarely, a permanent exclusion. */
function exclusionsInTerm(draft: Draft, term: Term, phase: string, sen: string, random: Random): string[] {
  const base = phase === 'PRIMARY' ? 0.012 : 0.05;
  const factor =
    (sen === 'NONE' ? 1 : 2.2) * (draft.inCare ? 2.5 : 1) * ({ 2019: 0.8, 2020: 0.9, 2021: 1.3 }[term.year] ?? 1);
  const out: string[] = [];
  if (random.chance(base * factor)) {
    const n = random.chance(0.3) ? 2 : 1;
    for (let i = 0; i < n; i += 1) out.push('SUSPENSION');
  }
  if (phase !== 'PRIMARY' && random.chance(0.0012 * factor)) out.push('PERMANENT');
  return out;
}

/** A pupil's SEN provision on a day, and the setting of the plan they then hold. */
export function senStatuses(records: { plans: EhcPlanRecord[]; support: SenSupportRecord[] }) {
  const plans = new Map<string, EhcPlanRecord[]>();
  for (const p of records.plans) plans.set(p.pupilId, [...(plans.get(p.pupilId) ?? []), p]);
  const support = new Map<string, SenSupportRecord[]>();
  for (const s of records.support) support.set(s.pupilId, [...(support.get(s.pupilId) ?? []), s]);
  return (pupilId: string, day: string): { status: string; setting: string | null } => {
    const plan = (plans.get(pupilId) ?? []).find((p) => p.issuedOn <= day && (p.ceasedOn === null || p.ceasedOn > day));
    if (plan) return { status: 'EHC_PLAN', setting: plan.setting };
    const spell = (support.get(pupilId) ?? []).find((s) => s.startOn <= day && (s.endOn === null || s.endOn > day));
    return { status: spell ? 'SEN_SUPPORT' : 'NONE', setting: null };
  };
}

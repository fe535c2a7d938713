import { ageInYears } from '../../schema/vocabulary/dates';
import {
  AuthorityCoverageRecord,
  CareEpisodeRecord,
  ChildRecord,
  EnglandReferenceRecord,
  FosteringEnquiryRecord,
  FosterHouseholdRecord,
} from '../../subgraphs/fostering/entities';
import { CareTargets, careTargets, FosteringTargets, fosteringTargets } from './calibration-targets';
import { adoptionCareEpisodes, childrenInAdoption } from './adoption-care-episodes';
import { readAdoptionJourneyChildren } from '../shared/adoption-journey-children';
import { careEpisodes } from './care-episodes';
import { RECORDS_TO, simulateCare } from './care-timeline';
import { generateHouseholds } from './foster-households.seed';
import {
  calibratePlacements,
  childrenNewlyPlaced,
  childrenWithConnectedCarers,
  placeWithHouseholds,
} from './foster-placements';
import { PILOT_COUNCILS } from '../shared/pilot-councils';
import { Random } from '../shared/random';
import { generateEnquiries } from './recruitment.seed';
import { EnglandLa, englandLas, publishedFigures } from '../shared/reference-data';
import { RecordSet } from '../shared/record-set';
import { SeedScope } from '../shared/seed-scope';
import { englandReferences } from './england-reference.seed';

export interface FosteringRecords {
  children: ChildRecord[];
  episodes: CareEpisodeRecord[];
  households: FosterHouseholdRecord[];
  enquiries: FosteringEnquiryRecord[];
  coverage: AuthorityCoverageRecord[];
}

/** The councils a scope generates: the nine pilot councils, or every council with a published count. */
export function councilsInScope(scope: SeedScope): EnglandLa[] {
  return englandLas().filter(
    (la) => la.childrenLookedAfter.size > 0 && (scope === 'national' || PILOT_COUNCILS.includes(la.gss)),
  );
}

/**
 * The fostering subgraph's synthetic records. `pilot`: the nine T4C and ATV councils; `national`:
 * every council with a published count (the nine included, generated identically: each council
 * has its own random stream, seeded by its GSS code).
 */
export function generateFostering(scope: SeedScope, only?: readonly string[]): FosteringRecords {
  const published = publishedFigures();
  // `only` picks some of the scope's councils (for quick tests): their records are the same as in the full run.
  const las = councilsInScope(scope).filter((la) => !only || only.includes(la.gss));
  const records: FosteringRecords = { children: [], episodes: [], households: [], enquiries: [], coverage: [] };
  const journeyChildren = readAdoptionJourneyChildren();
  for (const la of las) {
    const random = new Random(`fostering|${la.gss}`);
    const care = careTargets(la, published);
    const fostering = fosteringTargets(la.gss, published);
    // The nine councils' children on adoption journeys are given (the adoption seed writes them):
    // the simulation fills in the rest.
    const journeys = journeyChildren.filter((j) => j.authorityCode === la.gss);
    const adopting = childrenInAdoption(journeys, new Random(`adoption-care|${la.gss}`));
    const simulated = simulateCare(
      care,
      random,
      adopting.map((a) => a.child),
    );
    const drafts = [...simulated, ...adopting.map((a) => a.child)];
    const episodes = [
      ...simulated.flatMap((child) => careEpisodes(child, random, journeys.length === 0)),
      ...adopting.flatMap((a) => adoptionCareEpisodes(a, random)),
    ];
    const cla2022 = la.childrenLookedAfter.get(2022) ?? [...la.childrenLookedAfter.values()][0];
    const households = generateHouseholds(la.gss, care.recordsFrom, care.recordsTo, cla2022, fostering, random);
    placeWithHouseholds(episodes, households, random);
    calibratePlacements(episodes, households, fostering, random);
    const enquiries = generateEnquiries(la.gss, care.recordsFrom, care.recordsTo, households, fostering, random);
    const children = drafts.map(({ id, authorityCode, dateOfBirth, sex, ethnicity, uasc }) =>
      Object.assign(new ChildRecord(), { id, authorityCode, dateOfBirth, sex, ethnicity, uasc }),
    );
    verifyCalibration(care, fostering, children, episodes, households, enquiries);
    records.children.push(...children);
    records.episodes.push(...episodes);
    records.households.push(...households);
    records.enquiries.push(...enquiries);
    records.coverage.push(
      Object.assign(new AuthorityCoverageRecord(), {
        authorityCode: la.gss,
        recordsFrom: care.recordsFrom,
        recordsTo: care.recordsTo,
      }),
    );
  }
  return records;
}

/** Every calibrated figure recomputed from the records; generation fails rather than drift. */
function verifyCalibration(
  care: CareTargets,
  fostering: FosteringTargets,
  children: ChildRecord[],
  episodes: CareEpisodeRecord[],
  householdList: FosterHouseholdRecord[],
  enquiries: FosteringEnquiryRecord[],
): void {
  const fail = (what: string, got: number, expected: number) => {
    if (got !== expected) throw new Error(`seed calibration: ${care.code} ${what} is ${got}, expected ${expected}`);
  };
  const byId = new Map(children.map((c) => [c.id, c]));
  const inCare = (date: string) =>
    [
      ...new Set(
        episodes.filter((e) => e.startDate <= date && (e.endDate === null || e.endDate > date)).map((e) => e.childId),
      ),
    ].map((id) => byId.get(id)!);
  for (const checkpoint of care.checkpoints) {
    const present = inCare(checkpoint.date);
    fail(`children in care at ${checkpoint.date}`, present.length, checkpoint.total);
    if (checkpoint.aged0to5 !== undefined)
      fail(
        `aged 0-5 at ${checkpoint.date}`,
        present.filter((c) => ageInYears(c.dateOfBirth, checkpoint.date) <= 5).length,
        checkpoint.aged0to5,
      );
  }
  for (const change of care.changes) {
    const [before, after] = [inCare(change.from).length, inCare(change.to).length];
    fail(
      `change in children in care ${change.from} to ${change.to} (${before} to ${after}, whole percent)`,
      Math.round(((after - before) / before) * 100),
      change.pct,
    );
  }
  if (care.uasc)
    fail(`UASC at ${care.uasc.date}`, inCare(care.uasc.date).filter((c) => c.uasc).length, care.uasc.count);
  for (const c of children) {
    if (!c.dateOfBirth.endsWith('-01')) throw new Error(`seed: ${c.id} date of birth is not the first of a month`);
  }
  const households = new Map(householdList.map((h) => [h.id, h]));
  const fy = (date: string | null, year: number) =>
    date !== null && date >= `${year}-04-01` && date <= `${year + 1}-03-31`;
  if (fostering.householdsAt) {
    const { date, mainstream, connected } = fostering.householdsAt;
    const active = (type: string) =>
      householdList.filter(
        (h) =>
          h.householdType === type && h.approvedOn <= date && (h.deregisteredOn === null || h.deregisteredOn > date),
      ).length;
    fail(`mainstream households at ${date}`, active('MAINSTREAM'), mainstream);
    fail(`connected households at ${date}`, active('CONNECTED'), connected);
  }
  for (const [year, count] of fostering.mainstreamApprovals)
    fail(
      `mainstream approvals ${year}`,
      householdList.filter((h) => h.householdType === 'MAINSTREAM' && fy(h.approvedOn, year)).length,
      count,
    );
  for (const [year, count] of fostering.mainstreamResignations)
    fail(
      `mainstream resignations ${year}`,
      householdList.filter(
        (h) => h.householdType === 'MAINSTREAM' && h.deregistrationReason === 'RESIGNED' && fy(h.deregisteredOn, year),
      ).length,
      count,
    );
  for (const [year, count] of fostering.childrenPlaced)
    fail(
      `children newly placed with mainstream carers ${year}`,
      childrenNewlyPlaced(episodes, households, year).size,
      count,
    );
  if (fostering.childrenWithConnectedCarersAt) {
    const { date, count } = fostering.childrenWithConnectedCarersAt;
    fail(
      `children with connected carers at ${date}`,
      childrenWithConnectedCarers(episodes, households, date).length,
      count,
    );
  }
  for (const [year, target] of fostering.recruitment) {
    const cohort = enquiries.filter((e) => fy(e.enquiryDate, year));
    if (target.enquiries !== undefined) fail(`enquiries ${year}`, cohort.length, target.enquiries);
    if (target.invited !== undefined)
      fail(`invited to training ${year}`, cohort.filter((e) => e.trainingInvitedOn).length, target.invited);
    if (target.assessed !== undefined)
      fail(`assessments started ${year}`, cohort.filter((e) => e.assessmentStartedOn).length, target.assessed);
    // The same figures read as events dated in the year (see CALIBRATION.md): they must agree.
    if (target.invited !== undefined)
      fail(
        `training invitations dated in ${year}`,
        enquiries.filter((e) => fy(e.trainingInvitedOn, year)).length,
        target.invited,
      );
    if (target.assessed !== undefined)
      fail(
        `assessments dated in ${year}`,
        enquiries.filter((e) => fy(e.assessmentStartedOn, year)).length,
        target.assessed,
      );
  }
  for (const e of enquiries) {
    if (e.approvedOn !== null && (e.householdId === null || households.get(e.householdId)?.approvedOn !== e.approvedOn))
      throw new Error(`seed: ${e.id} approved without its household`);
  }
  verifyPeriodsOfCare(care.code, children, episodes);
}

/** SSDA903 shape: contiguous episodes, S first, X1 between, a real reason last, out of care by 18. */
function verifyPeriodsOfCare(code: string, children: ChildRecord[], episodes: CareEpisodeRecord[]): void {
  const byChild = new Map<string, CareEpisodeRecord[]>();
  for (const e of episodes) {
    const list = byChild.get(e.childId);
    if (list) list.push(e);
    else byChild.set(e.childId, [e]);
  }
  for (const child of children) {
    const list = (byChild.get(child.id) ?? []).sort((x, y) => x.startDate.localeCompare(y.startDate));
    const problem = (what: string) => new Error(`seed: ${code} ${child.id} ${what}`);
    if (list.length === 0) throw problem('has no episodes');
    list.forEach((e, i) => {
      if (e.endDate !== null && e.endDate <= e.startDate) throw problem(`episode ${e.id} ends before it starts`);
      if (i === 0 ? e.reasonNewEpisode !== 'S' : !'PLTUB'.includes(e.reasonNewEpisode))
        throw problem(`episode ${e.id} reason for new episode ${e.reasonNewEpisode}`);
      const next = list[i + 1];
      if (next && (e.endDate !== next.startDate || e.reasonCeased !== 'X1'))
        throw problem(`episode ${e.id} is not followed on contiguously`);
      if (!next && (e.endDate === null) !== (e.reasonCeased === null))
        throw problem(`episode ${e.id} end and reason disagree`);
      if (!next && e.reasonCeased === 'X1') throw problem(`period of care ends with X1`);
    });
    const last = list[list.length - 1];
    const eighteen = `${Number(child.dateOfBirth.slice(0, 4)) + 18}${child.dateOfBirth.slice(4)}`;
    if ((last.endDate ?? '9999-12-31') > eighteen && eighteen <= RECORDS_TO)
      throw problem(`is in care past 18 (${eighteen})`);
    if (last.endDate === null && eighteen <= RECORDS_TO) throw problem('is still in care at 18');
  }
}

/** The fostering database's rows: the records, and England's comparators (from DfE's file, whatever the scope). */
export function seedRecords(scope: SeedScope): RecordSet[] {
  const r = generateFostering(scope);
  return [
    [ChildRecord, r.children],
    [CareEpisodeRecord, r.episodes],
    [FosterHouseholdRecord, r.households],
    [FosteringEnquiryRecord, r.enquiries],
    [AuthorityCoverageRecord, r.coverage],
    [EnglandReferenceRecord, englandReferences()],
  ];
}

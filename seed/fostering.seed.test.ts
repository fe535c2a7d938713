import { ageInYears } from '../schema/vocabulary/dates';
import { englandLas, publishedFigures } from '../tests/support/reference-figures';
import { generateFostering } from './fostering.seed';

/**
 * The generated records themselves, checked with counts written here (not the generator's own
 * verification): they reproduce the published figures, and they are well-formed SSDA903 data.
 */
describe('fostering seed (pilot scope)', () => {
  const records = generateFostering('pilot');
  const children = new Map(records.children.map((c) => [c.id, c]));
  const inCare = (code: string, date: string) =>
    new Set(records.episodes.filter((e) => e.authorityCode === code && e.startDate <= date && (e.endDate === null || e.endDate > date)).map((e) => e.childId));

  it('reproduces DfE\'s 31 March counts for the nine councils (the papers win on the two dates they differ)', () => {
    const paper: Record<string, number> = { 'E06000051|2022': 608, 'E06000021|2022': 1021 };
    for (const row of englandLas().filter((r) => records.coverage.some((c) => c.authorityCode === r.gss))) {
      for (const year of [2021, 2022, 2023, 2024, 2025]) {
        expect([row.gss, year, inCare(row.gss, `${year}-03-31`).size]).toEqual([row.gss, year, paper[`${row.gss}|${year}`] ?? Number(row[`cla_31_march_${year}`])]);
      }
    }
  });

  it('reproduces every dated children-in-care count and 0-5 count the papers give', () => {
    const rows = publishedFigures().filter((f) => f.measure === 'children_in_care_count' && /^E\d{8}$/.test(f.authority));
    expect(rows.length).toBeGreaterThanOrEqual(19);
    for (const f of rows) {
      const date = f.asOf.length === 7 ? `${f.asOf}-${new Date(Date.UTC(Number(f.asOf.slice(0, 4)), Number(f.asOf.slice(5, 7)), 0)).getUTCDate()}` : f.asOf;
      const present = [...inCare(f.authority, date)];
      const value = f.breakdown === 'age_band=0-5' ? present.filter((id) => ageInYears(children.get(id)!.dateOfBirth, date) <= 5).length : present.length;
      expect([f.id, value]).toEqual([f.id, f.value]);
    }
  });

  it('gives Redcar and Cleveland its published carers and placements', () => {
    const redcar = records.households.filter((h) => h.authorityCode === 'E06000003');
    const active = (type: string) => redcar.filter((h) => h.householdType === type && h.approvedOn <= '2022-03-31' && (h.deregisteredOn === null || h.deregisteredOn > '2022-03-31')).length;
    expect([active('MAINSTREAM'), active('CONNECTED')]).toEqual([108, 27]);
    const approved = (from: string, to: string) => redcar.filter((h) => h.householdType === 'MAINSTREAM' && h.approvedOn >= from && h.approvedOn <= to).length;
    expect([approved('2020-04-01', '2021-03-31'), approved('2021-04-01', '2022-03-31')]).toEqual([18, 16]);
    expect(redcar.filter((h) => h.householdType === 'MAINSTREAM' && h.deregistrationReason === 'RESIGNED' && h.deregisteredOn! >= '2021-04-01' && h.deregisteredOn! <= '2022-03-31')).toHaveLength(11);
    const connectedIds = new Set(redcar.filter((h) => h.householdType === 'CONNECTED').map((h) => h.id));
    const withConnected = records.episodes.filter((e) => e.fosterHouseholdId && connectedIds.has(e.fosterHouseholdId) && e.startDate <= '2022-03-31' && (e.endDate === null || e.endDate > '2022-03-31'));
    expect(withConnected).toHaveLength(48);
    const cohort = records.enquiries.filter((e) => e.authorityCode === 'E06000003' && e.enquiryDate >= '2021-04-01' && e.enquiryDate <= '2022-03-31');
    expect([cohort.length, cohort.filter((e) => e.trainingInvitedOn).length, cohort.filter((e) => e.assessmentStartedOn).length]).toEqual([63, 30, 16]);
  });

  it('holds Staffordshire\'s 40 unaccompanied children on 17 June 2021', () => {
    expect([...inCare('E10000028', '2021-06-17')].filter((id) => children.get(id)!.uasc)).toHaveLength(40);
  });

  it('is pseudonymous: ids carry the council code, dates of birth are the first of a month', () => {
    const bad = records.children.filter((c) => !c.id.startsWith(`${c.authorityCode}-C`) || !c.dateOfBirth.endsWith('-01'));
    expect(bad).toEqual([]);
    expect(records.children.length).toBeGreaterThan(10_000);
  });

  it('forms SSDA903 periods of care: contiguous episodes, S first, X1 between, nobody in care past 18', () => {
    const byChild = new Map<string, typeof records.episodes>();
    for (const e of records.episodes) byChild.set(e.childId, [...(byChild.get(e.childId) ?? []), e]);
    const problems: string[] = [];
    for (const [childId, episodes] of byChild) {
      const sorted = [...episodes].sort((a, b) => a.startDate.localeCompare(b.startDate));
      if (sorted[0].reasonNewEpisode !== 'S') problems.push(`${childId} first episode not S`);
      for (let i = 1; i < sorted.length; i += 1) {
        if (sorted[i].startDate !== sorted[i - 1].endDate) problems.push(`${childId} gap or overlap`);
        if (sorted[i - 1].reasonCeased !== 'X1') problems.push(`${childId} earlier episode not X1`);
        if (sorted[i].reasonNewEpisode === 'S') problems.push(`${childId} second S`);
      }
      const last = sorted[sorted.length - 1];
      if ((last.reasonCeased === null) !== (last.endDate === null) || last.reasonCeased === 'X1') problems.push(`${childId} last episode reason`);
      if (ageInYears(children.get(childId)!.dateOfBirth, last.endDate ?? '2025-03-31') > 18) problems.push(`${childId} in care past 18`);
    }
    expect(problems).toEqual([]);
    expect(byChild.size).toBe(records.children.length);
  });

  it('is deterministic', () => {
    const again = generateFostering('pilot');
    expect(again.episodes.length).toBe(records.episodes.length);
    expect(again.episodes[1234]).toEqual(records.episodes[1234]);
    expect(again.children[999]).toEqual(records.children[999]);
  });
});

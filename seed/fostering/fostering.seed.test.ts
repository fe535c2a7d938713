import { ageInYears } from '../../schema/vocabulary/dates';
import { CareEpisodeRecord } from '../../subgraphs/fostering/entities';
import { englandLas, publishedFigures } from '../../tests/support/reference-figures';
import { publishedDate } from '../shared/reference-data';
import { generateFostering } from './fostering.seed';

/**
 * The generated records themselves, checked with counts written here (not the generator's own
 * verification): they reproduce the published figures, and they are well-formed SSDA903 data.
 */
// One generation shared by the blocks below (read only).
const records = generateFostering('pilot');
const children = new Map(records.children.map((c) => [c.id, c]));
const inCare = (code: string, date: string) =>
  new Set(
    records.episodes
      .filter((e) => e.authorityCode === code && e.startDate <= date && (e.endDate === null || e.endDate > date))
      .map((e) => e.childId),
  );
const figure = (id: string) => {
  const f = publishedFigures().find((row) => row.id === id);
  if (!f) throw new Error(`no published figure ${id}`);
  return f.value;
};
const inYear = (date: string | null, year: number) =>
  date !== null && date >= `${year}-04-01` && date <= `${year + 1}-03-31`;
const byChild = new Map<string, CareEpisodeRecord[]>();
for (const e of records.episodes) byChild.set(e.childId, [...(byChild.get(e.childId) ?? []), e]);
for (const list of byChild.values()) list.sort((a, b) => a.startDate.localeCompare(b.startDate));

describe('fostering seed (pilot scope)', () => {
  it('covers the nine councils from 1 April 2020 to 31 March 2025', () => {
    expect(records.coverage.map((c) => [c.authorityCode, c.recordsFrom, c.recordsTo]).sort()).toEqual(
      [
        'E06000001',
        'E06000002',
        'E06000003',
        'E06000004',
        'E06000005',
        'E06000020',
        'E06000021',
        'E06000051',
        'E10000028',
      ].map((code) => [code, '2020-04-01', '2025-03-31']),
    );
  });

  it("reproduces DfE's 31 March counts for the nine councils (the papers win on the two dates they differ)", () => {
    const paper: Record<string, number> = { 'E06000051|2022': 608, 'E06000021|2022': 1021 };
    for (const row of englandLas().filter((r) => records.coverage.some((c) => c.authorityCode === r.gss))) {
      for (const year of [2021, 2022, 2023, 2024, 2025]) {
        expect([row.gss, year, inCare(row.gss, `${year}-03-31`).size]).toEqual([
          row.gss,
          year,
          paper[`${row.gss}|${year}`] ?? Number(row[`cla_31_march_${year}`]),
        ]);
      }
    }
  });

  it('reproduces every dated children-in-care count and 0-5 count the papers give', () => {
    const rows = publishedFigures().filter(
      (f) => f.measure === 'children_in_care_count' && /^E\d{8}$/.test(f.authority),
    );
    expect(rows.length).toBeGreaterThanOrEqual(19);
    for (const f of rows) {
      const date = publishedDate(f.asOf);
      const present = [...inCare(f.authority, date)];
      const value =
        f.breakdown === 'age_band=0-5'
          ? present.filter((id) => ageInYears(children.get(id)!.dateOfBirth, date) <= 5).length
          : present.length;
      expect([f.id, value]).toEqual([f.id, f.value]);
    }
    // Spelled out, the dates that are not a 31 March.
    expect([
      inCare('E10000028', '2021-05-31').size,
      inCare('E06000002', '2020-08-31').size,
      inCare('E06000002', '2021-02-15').size,
    ]).toEqual([1220, 702, 609]);
  });

  it("gives Redcar and Cleveland's 5% rise in children in care from Q4 21/22 to Q1 22/23 (341 to 358)", () => {
    const [march, june] = [inCare('E06000003', '2022-03-31').size, inCare('E06000003', '2022-06-30').size];
    expect([march, june]).toEqual([341, 358]);
    expect(Math.round(((june - march) / march) * 100)).toBe(figure('rc22-cic-chg-pct-redcar-2022-23-q1-2021-22-q4'));
  });

  it("holds Staffordshire's 40 unaccompanied children on 17 June 2021", () => {
    expect([...inCare('E10000028', '2021-06-17')].filter((id) => children.get(id)!.uasc)).toHaveLength(40);
  });

  describe('Redcar and Cleveland foster carers', () => {
    const redcar = records.households.filter((h) => h.authorityCode === 'E06000003');
    const type = new Map(redcar.map((h) => [h.id, h.householdType]));

    it('has the published households at March 2022, approvals and resignations', () => {
      const active = (t: string) =>
        redcar.filter(
          (h) =>
            h.householdType === t &&
            h.approvedOn <= '2022-03-31' &&
            (h.deregisteredOn === null || h.deregisteredOn > '2022-03-31'),
        ).length;
      expect([active('MAINSTREAM'), active('CONNECTED')]).toEqual([
        figure('rc22-foster-carers-redcar-2022-03-mainstream-unrelated'),
        figure('rc22-foster-carers-redcar-2022-03-connected'),
      ]);
      const approved = (year: number) =>
        redcar.filter((h) => h.householdType === 'MAINSTREAM' && inYear(h.approvedOn, year)).length;
      expect([approved(2020), approved(2021)]).toEqual([
        figure('rc22-foster-carer-approvals-redcar-2020-21'),
        figure('rc22-foster-carer-approvals-redcar-2021-22'),
      ]);
      const resigned = redcar.filter(
        (h) =>
          h.householdType === 'MAINSTREAM' && h.deregistrationReason === 'RESIGNED' && inYear(h.deregisteredOn, 2021),
      );
      expect(resigned).toHaveLength(figure('rc22-foster-carer-resignations-redcar-2021-22'));
    });

    it('has 48 children in care with connected carers at 31 March 2022', () => {
      const withConnected = records.episodes.filter(
        (e) =>
          e.fosterHouseholdId &&
          type.get(e.fosterHouseholdId) === 'CONNECTED' &&
          e.startDate <= '2022-03-31' &&
          (e.endDate === null || e.endDate > '2022-03-31'),
      );
      expect(new Set(withConnected.map((e) => e.childId)).size).toBe(figure('rc22-cw-connected-carers-redcar-2022-03'));
    });

    it('placed 35 children with its mainstream carers in 2020-21 and in 2021-22', () => {
      // An episode starting in the year with a mainstream household other than the child's previous episode's.
      const placed = (year: number) => {
        const ids = new Set<string>();
        for (const list of byChild.values()) {
          list.forEach((e, i) => {
            const previous = i > 0 ? list[i - 1].fosterHouseholdId : null;
            if (
              e.authorityCode === 'E06000003' &&
              inYear(e.startDate, year) &&
              e.fosterHouseholdId &&
              type.get(e.fosterHouseholdId) === 'MAINSTREAM' &&
              e.fosterHouseholdId !== previous
            )
              ids.add(e.childId);
          });
        }
        return ids.size;
      };
      expect([placed(2020), placed(2021)]).toEqual([
        figure('rc22-children-placed-with-foster-carers-redcar-2020-21'),
        figure('rc22-children-placed-with-foster-carers-redcar-2021-22'),
      ]);
    });

    it('has the 2021-22 recruitment funnel, read as a cohort and as events dated in the year', () => {
      const enquiries = records.enquiries.filter((e) => e.authorityCode === 'E06000003');
      const expected = [
        figure('rc22-foster-carer-enquiries-redcar-2021-22'),
        figure('rc22-skills-to-foster-invitations-redcar-2021-22'),
        figure('rc22-foster-applicants-progressing-redcar-2021-22'),
      ];
      expect(expected).toEqual([63, 30, 16]);
      const cohort = enquiries.filter((e) => inYear(e.enquiryDate, 2021));
      expect([
        cohort.length,
        cohort.filter((e) => e.trainingInvitedOn).length,
        cohort.filter((e) => e.assessmentStartedOn).length,
      ]).toEqual(expected);
      expect([
        cohort.length,
        enquiries.filter((e) => inYear(e.trainingInvitedOn, 2021)).length,
        enquiries.filter((e) => inYear(e.assessmentStartedOn, 2021)).length,
      ]).toEqual(expected);
    });
  });
});

describe('fostering seed records (pilot scope)', () => {
  it('links approved enquiries to the households they became, and places children only with active households of their council', () => {
    const households = new Map(records.households.map((h) => [h.id, h]));
    const badEnquiries = records.enquiries.filter(
      (e) =>
        (e.approvedOn === null) !== (e.householdId === null) ||
        (e.householdId && households.get(e.householdId)?.approvedOn !== e.approvedOn),
    );
    expect(badEnquiries).toEqual([]);
    expect(records.enquiries.filter((e) => e.approvedOn).length).toBeGreaterThan(100);
    const badPlacements = records.episodes.filter((e) => {
      if (!e.fosterHouseholdId) return false;
      const h = households.get(e.fosterHouseholdId);
      return (
        !h ||
        h.authorityCode !== e.authorityCode ||
        h.approvedOn > e.startDate ||
        (h.deregisteredOn !== null && h.deregisteredOn <= e.startDate) ||
        e.placementProvider !== 'PR1' ||
        !e.placementType.startsWith('U')
      );
    });
    expect(badPlacements).toEqual([]);
    for (const code of new Set(records.coverage.map((c) => c.authorityCode))) {
      expect([
        code,
        records.households.some((h) => h.authorityCode === code),
        records.enquiries.some((q) => q.authorityCode === code),
      ]).toEqual([code, true, true]);
    }
  });

  it('is pseudonymous: ids carry the council code, dates of birth are the first of a month', () => {
    // Children on adoption journeys keep the adoption seed's pseudonyms (-CA00012).
    const bad = records.children.filter(
      (c) =>
        !/^E\d{8}-(C\d{6}|CA\d{5})$/.test(c.id) ||
        !c.id.startsWith(`${c.authorityCode}-C`) ||
        !/^\d{4}-\d{2}-01$/.test(c.dateOfBirth),
    );
    expect(bad).toEqual([]);
    expect(records.episodes.filter((e) => !new RegExp(`^${e.childId}-E\\d+$`).test(e.id))).toEqual([]);
    expect(records.households.filter((h) => !new RegExp(`^${h.authorityCode}-H\\d{4}$`).test(h.id))).toEqual([]);
    expect(records.enquiries.filter((q) => !new RegExp(`^${q.authorityCode}-Q\\d{4}$`).test(q.id))).toEqual([]);
    expect(records.children.length).toBeGreaterThan(10_000);
  });

  it('forms SSDA903 periods of care: no overlaps, contiguous episodes, S first, X1 between, nobody in care at 18', () => {
    const problems: string[] = [];
    for (const [childId, sorted] of byChild) {
      if (sorted[0].reasonNewEpisode !== 'S') problems.push(`${childId} first episode not S`);
      for (let i = 1; i < sorted.length; i += 1) {
        if (sorted[i].startDate !== sorted[i - 1].endDate) problems.push(`${childId} gap or overlap`);
        if (sorted[i - 1].reasonCeased !== 'X1') problems.push(`${childId} earlier episode not X1`);
        if (!['P', 'L', 'T', 'U', 'B'].includes(sorted[i].reasonNewEpisode))
          problems.push(`${childId} later episode ${sorted[i].reasonNewEpisode}`);
      }
      for (const e of sorted)
        if (e.endDate !== null && e.endDate <= e.startDate) problems.push(`${e.id} empty or reversed`);
      const last = sorted[sorted.length - 1];
      if ((last.reasonCeased === null) !== (last.endDate === null) || last.reasonCeased === 'X1')
        problems.push(`${childId} last episode reason`);
      // In care at D means end > D; so care must end on or before the 18th birthday.
      const dob = children.get(childId)!.dateOfBirth;
      const eighteenth = `${Number(dob.slice(0, 4)) + 18}${dob.slice(4)}`;
      if (eighteenth <= '2025-03-31' && (last.endDate === null || last.endDate > eighteenth))
        problems.push(`${childId} in care at 18`);
      if (dob > sorted[0].startDate) problems.push(`${childId} in care before birth`);
    }
    expect(problems).toEqual([]);
    expect(byChild.size).toBe(records.children.length);
  });

  it('looks like England at a snapshot (age, sex, UASC, legal status, placement)', () => {
    const open = records.episodes.filter(
      (e) => e.startDate <= '2024-03-31' && (e.endDate === null || e.endDate > '2024-03-31'),
    );
    const share = (test: (e: CareEpisodeRecord) => boolean) => open.filter(test).length / open.length;
    const age = (e: CareEpisodeRecord) => ageInYears(children.get(e.childId)!.dateOfBirth, '2024-03-31');
    expect(share((e) => age(e) >= 10 && age(e) <= 15)).toBeGreaterThan(0.3);
    expect(share((e) => age(e) >= 16)).toBeGreaterThan(0.17);
    expect(share((e) => children.get(e.childId)!.sex === 'M')).toBeGreaterThan(0.5);
    expect(share((e) => e.legalStatus === 'C2')).toBeGreaterThan(0.5);
    expect(share((e) => e.placementType.startsWith('U'))).toBeGreaterThan(0.6);
    expect(share((e) => children.get(e.childId)!.uasc)).toBeLessThan(0.12);
  });

  it('is deterministic: a second run gives the same records', () => {
    const again = generateFostering('pilot');
    expect(JSON.stringify(again)).toBe(JSON.stringify(records));
  });
});

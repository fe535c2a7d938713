import { AdoptionJourneyRecord } from '../../subgraphs/adoption/entities';
import { publishedFigures } from '../shared/reference-data';
import { generateJourneys } from './journeys.seed';

/**
 * The generated journeys, recounted here with code written separately from the generator (plain
 * date arithmetic on the records), against the published figures; and their shape.
 */
const journeys = generateJourneys().find(([entity]) => entity === AdoptionJourneyRecord)![1] as AdoptionJourneyRecord[];
const published = publishedFigures();
const value = (id: string) => published.find((f) => f.id === id)!.value;
const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;
const inYear = (date: string | null, fy: string) =>
  date !== null && date >= `${fy.slice(0, 4)}-04-01` && date <= `${Number(fy.slice(0, 4)) + 1}-03-31`;

describe('adoption journeys (pilot)', () => {
  it('reproduces decisions, orders and placements of Telford and Wrekin in 2021-22', () => {
    const tw = journeys.filter((j) => j.authorityCode === 'E06000020');
    expect(tw.filter((j) => inYear(j.decisionDate, '2021-22')).length).toBe(value('s22-adm-tw-2021-22'));
    expect(tw.filter((j) => inYear(j.placementOrderDate, '2021-22')).length).toBe(value('s22-po-tw-2021-22'));
    expect(tw.filter((j) => inYear(j.placedDate, '2021-22')).length).toBe(value('s22-placed-tw-2021-22'));
  });

  it("reproduces Staffordshire's three-year A10 and A2 for 2019-22", () => {
    const adopted = journeys.filter(
      (j) =>
        j.authorityCode === 'E10000028' &&
        j.adoptionOrderDate !== null &&
        j.adoptionOrderDate >= '2019-04-01' &&
        j.adoptionOrderDate <= '2022-03-31',
    );
    const a10 = adopted.map((j) =>
      days(j.enteredCare, j.adoptedByFosterCarer && j.fosterPlacementStart ? j.fosterPlacementStart : j.placedDate!),
    );
    const a2 = adopted.map((j) => Math.max(0, days(j.placementOrderDate!, j.matchDate!)));
    expect(Math.round(a10.reduce((s, d) => s + d, 0) / a10.length)).toBe(value('s22-a10-d-3y-staffs-2019-22'));
    expect(Math.round(a2.reduce((s, d) => s + d, 0) / a2.length)).toBe(value('s22-a2-d-3y-staffs-2019-22'));
  });

  it("reproduces ATV's adoption orders per council in 2021-22", () => {
    for (const [code, id] of [
      ['E06000005', 'rc22-ao-darl-2021-22'],
      ['E06000001', 'rc22-ao-hart-2021-22'],
      ['E06000002', 'rc22-ao-mbro-2021-22'],
      ['E06000003', 'rc22-ao-redcar-2021-22'],
      ['E06000004', 'rc22-ao-stockton-2021-22'],
    ]) {
      expect([
        code,
        journeys.filter((j) => j.authorityCode === code && inYear(j.adoptionOrderDate, '2021-22')).length,
      ]).toEqual([code, value(id)]);
    }
  });

  it('keeps each journey in order, and siblings placed together', () => {
    for (const j of journeys) {
      const steps = [j.enteredCare, j.decisionDate, j.placementOrderDate, j.placedDate, j.adoptionOrderDate].filter(
        (d): d is string => d !== null,
      );
      expect([j.id, [...steps].sort()]).toEqual([j.id, steps]);
      if (j.matchDate && j.placedDate) expect(j.matchDate <= j.placedDate).toBe(true);
    }
    const groups = new Map<string, AdoptionJourneyRecord[]>();
    for (const j of journeys.filter((x) => x.siblingGroupId))
      groups.set(j.siblingGroupId!, [...(groups.get(j.siblingGroupId!) ?? []), j]);
    for (const members of groups.values()) {
      expect(new Set(members.map((m) => m.placedDate)).size).toBe(1);
      expect(members.every((m) => m.siblingGroupSize === members.length)).toBe(true);
    }
  });

  it('is pseudonymous: ids carry the council code, dates of birth are the first of a month, born before entering care', () => {
    for (const j of journeys) {
      expect(j.childId.startsWith(`${j.authorityCode}-CA`)).toBe(true);
      expect(j.dateOfBirth.endsWith('-01')).toBe(true);
      expect(j.dateOfBirth <= j.enteredCare).toBe(true);
    }
  });
});

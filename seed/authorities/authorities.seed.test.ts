import { englandLas } from '../../tests/support/reference-figures';
import { generateAuthorities } from './authorities.seed';

describe('authorities seed', () => {
  const records = generateAuthorities();
  const members = (region: string) =>
    records.memberships
      .filter((m) => m.regionCode === region)
      .map((m) => m.authorityCode)
      .sort();

  it("holds every council in DfE's file with its codes and population", () => {
    const csv = englandLas();
    expect(records.authorities).toHaveLength(csv.length);
    const telford = records.authorities.find((a) => a.code === 'E06000020')!;
    expect([telford.dfeCode, telford.name, telford.shortName, telford.governmentRegionCode]).toEqual([
      '894',
      'Telford and Wrekin',
      'T&W',
      'E12000005',
    ]);
    const numericPopulations = csv.flatMap((r) =>
      [2021, 2022, 2023, 2024, 2025].filter((y) => /^\d+$/.test(r[`pop_under18_${y}`])),
    );
    expect(records.populations).toHaveLength(numericPopulations.length);
  });

  it('has the two partnerships, the pilot group and every government region', () => {
    expect(members('T4C')).toEqual(['E06000020', 'E06000021', 'E06000051', 'E10000028']);
    expect(members('ATV')).toEqual(['E06000001', 'E06000002', 'E06000003', 'E06000004', 'E06000005']);
    expect(members('PILOT')).toEqual([...members('T4C'), ...members('ATV')].sort());
    expect(members('E12000005')).toEqual(
      englandLas()
        .filter((r) => r.region_code === 'E12000005')
        .map((r) => r.gss)
        .sort(),
    );
    expect(records.districts.map((d) => d.code)).toEqual([
      'E07000192',
      'E07000193',
      'E07000194',
      'E07000195',
      'E07000196',
      'E07000197',
      'E07000198',
      'E07000199',
    ]);
    expect(records.districts.every((d) => d.authorityCode === 'E10000028')).toBe(true);
  });

  it('uses the short names the papers use for the nine, the name elsewhere', () => {
    const short = Object.fromEntries(records.authorities.map((a) => [a.code, a.shortName]));
    expect([
      short.E10000028,
      short.E06000051,
      short.E06000021,
      short.E06000020,
      short.E06000005,
      short.E06000001,
      short.E06000002,
      short.E06000003,
      short.E06000004,
    ]).toEqual(['Staffs', 'Shrops', 'Stoke', 'T&W', 'Darlington', 'Hartlepool', 'MBC', 'R&CBC', 'Stockton']);
    expect(short.E10000016).toBe('Kent');
  });

  it('puts every council in exactly one government region, London split inner and outer', () => {
    const kinds = new Map(records.regions.map((r) => [r.code, r.kind]));
    const government = records.memberships.filter((m) => kinds.get(m.regionCode) === 'GOVERNMENT_REGION');
    expect(government.map((m) => m.authorityCode).sort()).toEqual(
      englandLas()
        .map((r) => r.gss)
        .sort(),
    );
    const names = Object.fromEntries(records.regions.map((r) => [r.code, r.name]));
    expect([names.E13000001, names.E13000002, names.T4C, names.ATV, kinds.get('PILOT')]).toEqual([
      'Inner London',
      'Outer London',
      'Together4Children',
      'Adoption Tees Valley',
      'CUSTOM',
    ]);
    const population = records.populations.find((p) => p.authorityCode === 'E06000003' && p.year === 2022)!;
    expect(population.count).toBe(Number(englandLas().find((r) => r.gss === 'E06000003')!.pop_under18_2022));
  });
});

import { backends } from '../../tests/support/backends';
import { englandLas } from '../../tests/support/reference-figures';
import { SubgraphHarness, subgraphHarness } from '../../tests/support/subgraph-harness';
import { subgraph as definition } from './authorities.subgraph';

describe.each(backends())('authorities subgraph on %s', (backend) => {
  let subgraph: SubgraphHarness;
  beforeAll(async () => {
    subgraph = await subgraphHarness(definition, backend);
  });
  afterAll(() => subgraph.stop());

  it('knows a council by GSS code, with its DfE code, short name and population from the DfE file', async () => {
    const result = await subgraph.execute(
      `{ localAuthority(code: "E06000020") { code dfeCode name shortName childPopulation { year count } governmentRegion { code } } }`,
    );
    const csv = englandLas().find((r) => r.gss === 'E06000020')!;
    expect(result.data!.localAuthority).toEqual({
      code: 'E06000020',
      dfeCode: '894',
      name: 'Telford and Wrekin',
      shortName: 'T&W',
      childPopulation: [2021, 2022, 2023, 2024, 2025].map((year) => ({
        year,
        count: Number(csv[`pop_under18_${year}`]),
      })),
      governmentRegion: { code: 'E12000005' },
    });
  });

  it("lists the partnerships' members and Staffordshire's districts", async () => {
    const result = await subgraph.execute(`{ t4c: region(code: "T4C") { name kind members { shortName } }
      atv: region(code: "ATV") { members { code } }
      staffs: localAuthority(code: "E10000028") { districts { code name } regions { code } } }`);
    expect(result.data!.t4c).toEqual({
      name: 'Together4Children',
      kind: 'REGIONAL_ADOPTION_AGENCY',
      members: [{ shortName: 'T&W' }, { shortName: 'Stoke' }, { shortName: 'Shrops' }, { shortName: 'Staffs' }],
    });
    expect(result.data!.atv.members.map((m: { code: string }) => m.code)).toEqual([
      'E06000001',
      'E06000002',
      'E06000003',
      'E06000004',
      'E06000005',
    ]);
    expect(result.data!.staffs.districts).toHaveLength(8);
    expect(result.data!.staffs.districts[5]).toEqual({ code: 'E07000197', name: 'Stafford' });
    expect(result.data!.staffs.regions.map((r: { code: string }) => r.code)).toEqual(
      expect.arrayContaining(['T4C', 'E12000005']),
    );
  });

  it('holds all 151 councils and every government region with all its members', async () => {
    const result = await subgraph.execute(
      `{ localAuthorities { code } regions(kind: GOVERNMENT_REGION) { code members { code } } }`,
    );
    const csv = englandLas();
    expect(result.data!.localAuthorities).toHaveLength(csv.length);
    const members = new Map<string, number>();
    for (const row of csv) members.set(row.region_code, (members.get(row.region_code) ?? 0) + 1);
    for (const region of result.data!.regions) expect(region.members).toHaveLength(members.get(region.code)!);
    expect(result.data!.regions).toHaveLength(members.size);
  });

  it('resolves _entities in one statement for any number of representations', async () => {
    const query = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on LocalAuthority { code name } } }`;
    const codes = [
      'E06000001',
      'E06000002',
      'E06000003',
      'E06000004',
      'E06000005',
      'E06000020',
      'E06000021',
      'E06000051',
      'E10000028',
    ];
    const r = codes.map((code) => ({ __typename: 'LocalAuthority', code }));
    expect(await subgraph.statementsFor(query, { r: r.slice(0, 1) })).toBe(1);
    expect(await subgraph.statementsFor(query, { r })).toBe(1);
    const result = await subgraph.execute(query, { r });
    expect(result.data!._entities.map((e: { code: string }) => e.code)).toEqual(codes);
  });

  it.each([
    ['{ localAuthority(code: "E99999999") { name } }', 'code'],
    ['{ region(code: "NOPE") { name } }', 'code'],
    ['{ localAuthorities(codes: ["E06000020", "X"]) { name } }', 'codes'],
    ['{ localAuthorities(regionCode: "NOPE") { name } }', 'regionCode'],
  ])('rejects an unknown code: %s', async (query, argument) => {
    const result = await subgraph.execute(query);
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toContain(`"${argument}"`);
  });
});

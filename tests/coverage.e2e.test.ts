import { openDatabase } from '../subgraphs/platform/database';
import { loadSubgraphs } from '../subgraphs/platform/subgraph-definition';
import { backends, testTarget, Backend } from './support/backends';
import { englandLas, PILOT_COUNCILS } from './support/reference-figures';
import { boardToken } from './support/board-token';
import { Stack, startStackWithTokens } from './support/stack';

/** Each council's span of records in a subgraph's authority_coverage, read with SQL written here. */
async function coverageRows(backend: Backend, subgraph: string, table: string) {
  const definition = loadSubgraphs().find((d) => d.name === subgraph)!;
  const database = await openDatabase(testTarget(backend, subgraph), definition.entities);
  try {
    const rows: Record<string, unknown>[] = await database.dataSource.query(
      `SELECT c.authority_code, c.records_from, c.records_to FROM authority_coverage c
       WHERE EXISTS (SELECT 1 FROM ${table} r WHERE r.authority_code = c.authority_code)`,
    );
    return new Map(
      rows.map((r) => [String(r.authority_code), { from: String(r.records_from), to: String(r.records_to) }]),
    );
  } finally {
    await database.dataSource.destroy();
  }
}

const dayBefore = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

interface Coverage {
  measure: string;
  field: string;
  time: string;
  from: string | null;
  to: string | null;
  yearEnds: string[];
  financialYears: string[];
  authorities: { authorityCode: string; from: string | null; to: string | null }[];
}

describe.each(backends())('coverage and reference metadata through the gateway on %s', (backend) => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStackWithTokens(backend);
  });
  afterAll(() => stack.stop());

  it('says which dates each council holds children in care for, as its coverage rows do, and that is where NO_DATA starts', async () => {
    const spans = await coverageRows(backend, 'fostering', 'care_episode');
    const answer = await stack.query(
      `{ region(code: "PILOT") { childrenInCareCoverage { measure field time from to yearEnds authorities { authorityCode from to } } } }`,
    );
    expect(answer.errors).toBeUndefined();
    const [coverage] = answer.data!.region.childrenInCareCoverage as Coverage[];
    expect(coverage).toMatchObject({ measure: 'children_in_care_count', field: 'childrenInCare', time: 'SNAPSHOT' });
    expect(coverage.authorities.map((a) => a.authorityCode).sort()).toEqual([...PILOT_COUNCILS].sort());
    for (const a of coverage.authorities) expect({ from: a.from, to: a.to }).toEqual(spans.get(a.authorityCode));
    // Children in care: every 31 March from 2021 to 2025, as the board expects.
    expect(coverage.yearEnds).toEqual(['2021-03-31', '2022-03-31', '2023-03-31', '2024-03-31', '2025-03-31']);
    const figures = await stack.query(
      `query ($in: Date!, $out: Date!) { localAuthority(code: "E06000003") {
      inside: childrenInCare(at: $in) { total { value suppressionReason } }
      before: childrenInCare(at: $out) { total { value suppressionReason } } } }`,
      { in: coverage.from, out: dayBefore(coverage.from!) },
      // Any day (not only a month's last) is a board member's question.
      boardToken('ATV'),
    );
    expect(figures.data!.localAuthority.inside.total.value).toEqual(expect.any(Number));
    expect(figures.data!.localAuthority.before.total).toEqual({ value: null, suppressionReason: 'NO_DATA' });
  });

  it('says which financial years adoption activity covers, each member measure of the group', async () => {
    const spans = await coverageRows(backend, 'adoption', 'adoption_journey');
    const answer = await stack.query(
      `{ localAuthority(code: "E06000002") { adoptionActivityCoverage { field time from to financialYears } } }`,
    );
    const coverage = answer.data!.localAuthority.adoptionActivityCoverage as Coverage[];
    expect(coverage.map((c) => c.field)).toEqual(
      expect.arrayContaining(['adoptionActivity.decisions', 'adoptionActivity.adoptionOrders']),
    );
    const span = spans.get('E06000002')!;
    const years: string[] = [];
    for (let y = Number(span.from.slice(0, 4)); `${y + 1}-03-31` <= span.to; y++)
      if (`${y}-04-01` >= span.from) years.push(`${y}-${String(y + 1).slice(2)}`);
    expect(years.length).toBeGreaterThan(2);
    for (const c of coverage)
      expect(c).toMatchObject({ time: 'FLOW', from: span.from, to: span.to, financialYears: years });
    const [first] = years;
    const before = `${Number(first.slice(0, 4)) - 1}-${first.slice(2, 4)}`;
    const figures = await stack.query(
      `query ($first: Period!, $before: Period!) { localAuthority(code: "E06000002") {
      first: adoptionActivity(period: $first) { decisions { total { suppressionReason } } }
      before: adoptionActivity(period: $before) { decisions { total { suppressionReason } } } } }`,
      { first, before },
    );
    expect(figures.data!.localAuthority.first.decisions.total.suppressionReason).not.toBe('NO_DATA');
    expect(figures.data!.localAuthority.before.decisions.total.suppressionReason).toBe('NO_DATA');
  });

  it("marks each council with the dates it existed, from the years DfE's file has it, and its successors", async () => {
    const answer = await stack.query(
      `{ localAuthorities { code name existedFrom existedUntil successors { code } predecessors { code } } }`,
    );
    const councils = answer.data!.localAuthorities as {
      code: string;
      name: string;
      existedFrom: string | null;
      existedUntil: string | null;
      successors: { code: string }[];
      predecessors: { code: string }[];
    }[];
    const file = englandLas();
    expect(councils).toHaveLength(file.length);
    for (const la of file) {
      // DfE's "x" (not available) in a year's population column: the council did not exist at that 31 March.
      const held = [2021, 2022, 2023, 2024, 2025].filter((y) => la[`pop_under18_${y}`] !== 'x');
      const council = councils.find((c) => c.code === la.gss)!;
      expect([la.name, council.existedFrom]).toEqual([la.name, held[0] === 2021 ? null : `${held[0] - 1}-04-01`]);
      expect([la.name, council.existedUntil]).toEqual([
        la.name,
        held[held.length - 1] === 2025 ? null : `${held[held.length - 1]}-03-31`,
      ]);
    }
    const by = (name: string) => councils.find((c) => c.name === name)!;
    const codes = (...names: string[]) => names.map((n) => ({ code: by(n).code }));
    expect(by('Cumbria')).toMatchObject({
      existedUntil: '2023-03-31',
      successors: codes('Cumberland', 'Westmorland and Furness'),
    });
    expect(by('Northamptonshire')).toMatchObject({
      existedUntil: '2021-03-31',
      successors: codes('North Northamptonshire', 'West Northamptonshire'),
    });
    expect(by('Cumberland')).toMatchObject({ existedFrom: '2023-04-01', predecessors: codes('Cumbria') });
    expect(by('Staffordshire')).toMatchObject({
      existedFrom: null,
      existedUntil: null,
      successors: [],
      predecessors: [],
    });

    const at = await stack.query(
      `{ y2022: localAuthorities(at: "2022-03-31") { name } y2024: localAuthorities(regionCode: "E12000002", at: "2024-03-31") { name } }`,
    );
    const names2022 = at.data!.y2022.map((c: { name: string }) => c.name);
    expect(names2022).toContain('Cumbria');
    expect(names2022).not.toContain('Cumberland');
    expect(names2022).not.toContain('Northamptonshire');
    expect(names2022).toHaveLength(file.filter((la) => la.pop_under18_2022 !== 'x').length);
    const northWest2024 = at.data!.y2024.map((c: { name: string }) => c.name);
    expect(northWest2024).toEqual(expect.arrayContaining(['Cumberland', 'Westmorland and Furness']));
    expect(northWest2024).not.toContain('Cumbria');
    const bad = await stack.query(`{ localAuthorities(at: "2024-02-30") { code } }`);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'at' });
  });

  it("holds England as an area: every council of DfE's file", async () => {
    const answer = await stack.query(
      `{ region(code: "E92000001") { name kind members { code } } regions(kind: COUNTRY) { code } }`,
    );
    expect(answer.data!.region).toMatchObject({ name: 'England', kind: 'COUNTRY' });
    expect(answer.data!.region.members.map((m: { code: string }) => m.code).sort()).toEqual(
      englandLas()
        .map((la) => la.gss)
        .sort(),
    );
    expect(answer.data!.regions).toEqual([{ code: 'E92000001' }]);
  });
});

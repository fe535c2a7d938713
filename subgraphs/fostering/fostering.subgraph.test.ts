import { backends } from '../../tests/support/backends';
import { PILOT_COUNCILS } from '../../tests/support/reference-figures';
import { EXACT_VIEWER, SubgraphHarness, subgraphHarness } from '../../tests/support/subgraph-harness';
import { subgraph as definition } from './fostering.subgraph';

const ENTITIES = `query ($representations: [_Any!]!, $at: Date!) {
  _entities(representations: $representations) {
    ... on LocalAuthority {
      code
      childrenInCare(at: $at) {
        total { value }
        ratePer10000 { value numerator denominator }
        breakdown(by: AGE_BAND, ageBands: ["0-5"]) { key figure { value } }
        sex: breakdown(by: SEX) { key figure { value } }
      }
    }
  }
}`;

const population = [{ year: 2022, count: 168962 }];
const reps = (codes: string[]) =>
  codes.map((code) => ({ __typename: 'LocalAuthority', code, childPopulation: population }));

describe.each(backends())('fostering subgraph on %s', (backend) => {
  let subgraph: SubgraphHarness;
  beforeAll(async () => {
    subgraph = await subgraphHarness(definition, backend);
  });
  afterAll(() => subgraph.stop());

  /** Independent SQL: distinct children with an episode open at the end of `at`. */
  async function sqlInCare(code: string, at: string, bornAfter?: string): Promise<number> {
    const rows: { n: unknown }[] = await subgraph.database.dataSource.query(
      `SELECT COUNT(DISTINCT e.child_id) AS n FROM care_episode e JOIN child c ON c.id = e.child_id
       WHERE e.authority_code = ? AND e.start_date <= ? AND (e.end_date IS NULL OR e.end_date > ?)${bornAfter ? ' AND c.date_of_birth > ?' : ''}`,
      bornAfter ? [code, at, at, bornAfter] : [code, at, at],
    );
    return Number(rows[0].n);
  }

  it('resolves LocalAuthority entities with figures equal to independent SQL', async () => {
    const result = await subgraph.execute(
      ENTITIES,
      { representations: reps(['E10000028', 'E06000003']), at: '2022-03-31' },
      EXACT_VIEWER,
    );
    expect(result.errors).toBeUndefined();
    const [staffs, redcar] = result.data!._entities;
    expect(staffs.code).toBe('E10000028');
    expect(staffs.childrenInCare.total.value).toBe(await sqlInCare('E10000028', '2022-03-31'));
    expect(redcar.childrenInCare.total.value).toBe(await sqlInCare('E06000003', '2022-03-31'));
    // Aged 0-5 at 31 March 2022 = born after 31 March 2016.
    expect(staffs.childrenInCare.breakdown[0]).toEqual({
      key: '0-5',
      figure: { value: await sqlInCare('E10000028', '2022-03-31', '2016-03-31') },
    });
    const sexes = staffs.childrenInCare.sex.map((c: { figure: { value: number } }) => c.figure.value);
    expect(sexes[0] + sexes[1]).toBe(staffs.childrenInCare.total.value);
    expect(staffs.childrenInCare.ratePer10000).toEqual({
      value: Math.round((staffs.childrenInCare.total.value / 168962) * 100000) / 10,
      numerator: staffs.childrenInCare.total.value,
      denominator: 168962,
    });
  });

  it('costs the same SQL statements for nine authorities as for one (no N+1 in _entities)', async () => {
    const one = await subgraph.statementsFor(
      ENTITIES,
      { representations: reps(['E06000020']), at: '2022-03-31' },
      EXACT_VIEWER,
    );
    const nine = await subgraph.statementsFor(
      ENTITIES,
      { representations: reps(PILOT_COUNCILS), at: '2022-03-31' },
      EXACT_VIEWER,
    );
    expect(nine).toBe(one);
    // One coverage lookup, England's rate for the comparator, then one grouped count per distinct
    // grouping: the total (also the rate's numerator), by date of birth (age bands), by sex.
    expect(one).toBe(5);
  });

  it('counts placement moves (the smallest declared measure) equal to independent SQL, by age at the move and as a series', async () => {
    const query = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on LocalAuthority {
      placementMoves(period: "2021-22") { total { value } breakdown(by: SEX) { key figure { value } } }
      placementMovesSeries(periods: ["2020-21", "2021-22"]) { period total { value } rows { measure value } } } } }`;
    const result = await subgraph.execute(query, { representations: reps(['E10000028']) }, EXACT_VIEWER);
    expect(result.errors).toBeUndefined();
    const [staffs] = result.data!._entities;
    const sqlMoves = async (from: string, to: string) => {
      const rows: { n: unknown }[] = await subgraph.database.dataSource.query(
        "SELECT COUNT(*) AS n FROM care_episode WHERE authority_code = 'E10000028' AND reason_new_episode IN ('P', 'T', 'B') AND start_date BETWEEN ? AND ?",
        [from, to],
      );
      return Number(rows[0].n);
    };
    const moves2122 = await sqlMoves('2021-04-01', '2022-03-31');
    expect(moves2122).toBeGreaterThan(100);
    expect(staffs.placementMoves.total.value).toBe(moves2122);
    expect(
      staffs.placementMoves.breakdown.reduce((s: number, c: { figure: { value: number } }) => s + c.figure.value, 0),
    ).toBe(moves2122);
    expect(
      staffs.placementMovesSeries.map((p: { period: string; total: { value: number } }) => [p.period, p.total.value]),
    ).toEqual([
      ['2020-21', await sqlMoves('2020-04-01', '2021-03-31')],
      ['2021-22', moves2122],
    ]);
    expect(staffs.placementMovesSeries[1].rows).toEqual([{ measure: 'placement_moves_count', value: moves2122 }]);
  });

  it('computes a region over the members it is sent', async () => {
    const query = `query ($representations: [_Any!]!) { _entities(representations: $representations) {
      ... on Region { code childrenInCare(at: "2022-03-31") { total { value } } } } }`;
    const members = ['E06000051', 'E10000028'].map((code) => ({ code, childPopulation: population }));
    const result = await subgraph.execute(
      query,
      { representations: [{ __typename: 'Region', code: 'X', members }] },
      EXACT_VIEWER,
    );
    expect(result.data!._entities[0].childrenInCare.total.value).toBe(
      (await sqlInCare('E06000051', '2022-03-31')) + (await sqlInCare('E10000028', '2022-03-31')),
    );
  });

  it('reports no data (not zero) for an authority or date it holds no records for', async () => {
    const result = await subgraph.execute(
      ENTITIES,
      { representations: reps(['E09000001', 'E06000020']), at: '2022-03-31' },
      EXACT_VIEWER,
    );
    expect(result.data!._entities[0].childrenInCare.total.value).toBeNull();
    const early = await subgraph.execute(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on LocalAuthority {
      childrenInCare(at: "2010-03-31") { total { value suppressed suppressionReason } } } } }`,
      { r: reps(['E06000020']) },
    );
    expect(early.data!._entities[0].childrenInCare.total).toEqual({
      value: null,
      suppressed: true,
      suppressionReason: 'NO_DATA',
    });
  });

  it.each([
    ['childrenInCare(at: "2022-02-30") { total { value } }', 'at'],
    ['childrenInCare(at: "31/03/2022") { total { value } }', 'at'],
    ['childrenStartingCare(period: "2021-23") { total { value } }', 'period'],
    ['childrenCeasingCare(period: "2021-22-Q5") { total { value } }', 'period'],
    ['childrenInCare(at: "2022-03-31") { breakdown(by: AGE_BAND, ageBands: ["teenagers"]) { key } }', 'ageBands'],
    ['childrenStartingCare(period: "2021-22") { breakdown(by: REASON_CEASED) { key } }', 'by'],
  ])('rejects bad input %s with BAD_USER_INPUT naming "%s"', async (field, argument) => {
    const result = await subgraph.execute(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on LocalAuthority { ${field} } } }`,
      { r: reps(['E06000020']) },
    );
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toContain(`"${argument}"`);
  });

  it('counts starts and ceases in a period equal to independent SQL, ceases split by reason', async () => {
    const query = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on LocalAuthority {
      childrenStartingCare(period: "2021-22") { total { value } }
      childrenCeasingCare(period: "2021-22") { total { value } breakdown(by: REASON_CEASED) { key figure { value } } } } } }`;
    const result = await subgraph.execute(query, { r: reps(['E10000028']) }, EXACT_VIEWER);
    const la = result.data!._entities[0];
    const [starts] = await subgraph.database.dataSource.query(
      `SELECT COUNT(*) AS n FROM care_episode WHERE authority_code = 'E10000028' AND reason_new_episode = 'S' AND start_date >= '2021-04-01' AND start_date <= '2022-03-31'`,
    );
    const [ceases] = await subgraph.database.dataSource.query(
      `SELECT COUNT(*) AS n FROM care_episode WHERE authority_code = 'E10000028' AND reason_ceased <> 'X1' AND end_date >= '2021-04-01' AND end_date <= '2022-03-31'`,
    );
    expect(la.childrenStartingCare.total.value).toBe(Number(starts.n));
    expect(la.childrenCeasingCare.total.value).toBe(Number(ceases.n));
    expect(Number(starts.n)).toBeGreaterThan(100);
    const byReason = la.childrenCeasingCare.breakdown.reduce(
      (s: number, c: { figure: { value: number | null } }) => s + (c.figure.value ?? 0),
      0,
    );
    expect(byReason).toBeLessThanOrEqual(Number(ceases.n));
    expect(byReason).toBeGreaterThan(Number(ceases.n) * 0.9);
  });
});

import { ATV_MEMBERS, T4C_MEMBERS } from '../../seed/shared/pilot-councils';
import { backends } from '../../tests/support/backends';
import { SubgraphHarness, subgraphHarness } from '../../tests/support/subgraph-harness';
import { Viewer } from '../platform/identity';
import { subgraph as definition } from './adoption.subgraph';

/**
 * The adoption subgraph on its own, through Apollo Server's `executeOperation` over the seeded test
 * database: `_entities` for LocalAuthority, Region and Child, figures against SQL written here,
 * batching by statement count, bad input and record-level access.
 */
const MIDDLESBROUGH = 'E06000002';
const population = [{ year: 2022, count: 30000 }];
const la = (code: string) => ({ __typename: 'LocalAuthority', code, childPopulation: population });
const region = (code: string, members: string[]) => ({
  __typename: 'Region',
  code,
  members: members.map((m) => ({ code: m, childPopulation: population })),
});

const board = (agency: 'T4C' | 'ATV'): Viewer => ({
  kind: 'BOARD_MEMBER',
  regionCode: agency,
  authorityCodes: agency === 'T4C' ? T4C_MEMBERS : ATV_MEMBERS,
});
const analyst = (authorityCode: string): Viewer => ({
  kind: 'ANALYST',
  authorityCode,
  subject: `${authorityCode}-analyst`,
});

const ACTIVITY = `query ($r: [_Any!]!, $period: Period!) { _entities(representations: $r) {
  ... on LocalAuthority { code adoptionActivity(period: $period) { adoptionOrders { total { value suppressed } } decisions { total { value } } } }
  ... on Region { code adoptionActivity(period: $period) { adoptionOrders { total { value suppressed } } decisions { total { value } } } }
} }`;

describe.each(backends())('adoption subgraph on %s', (backend) => {
  let subgraph: SubgraphHarness;
  beforeAll(async () => {
    subgraph = await subgraphHarness(definition, backend);
  });
  afterAll(() => subgraph.stop());

  /** Independent SQL: children whose adoption order was granted between two days (inclusive), for some councils. */
  async function sqlAdoptionOrders(codes: string[], from: string, to: string): Promise<number> {
    const rows: { n: unknown }[] = await subgraph.database.dataSource.query(
      `SELECT COUNT(*) AS n FROM adoption_journey WHERE authority_code IN (${codes.map(() => '?').join(', ')}) AND adoption_order_date >= ? AND adoption_order_date <= ?`,
      [...codes, from, to],
    );
    return Number(rows[0].n);
  }

  it('resolves LocalAuthority entities with adoption orders equal to SQL written here (as a board member)', async () => {
    const result = await subgraph.execute(
      ACTIVITY,
      { r: [la(MIDDLESBROUGH), la('E06000004')], period: '2021-22' },
      board('ATV'),
    );
    expect(result.errors).toBeUndefined();
    const [middlesbrough, stockton] = result.data!._entities;
    expect(middlesbrough.code).toBe(MIDDLESBROUGH);
    const expected = await sqlAdoptionOrders([MIDDLESBROUGH], '2021-04-01', '2022-03-31');
    expect(expected).toBeGreaterThan(0);
    expect(middlesbrough.adoptionActivity.adoptionOrders.total).toEqual({ value: expected, suppressed: false });
    expect(stockton.adoptionActivity.adoptionOrders.total.value).toBe(
      await sqlAdoptionOrders(['E06000004'], '2021-04-01', '2022-03-31'),
    );
  });

  it('computes a Region over the members its representation carries', async () => {
    const result = await subgraph.execute(
      ACTIVITY,
      { r: [region('ATV', ATV_MEMBERS), region('X', [MIDDLESBROUGH, 'E06000001'])], period: '2021-22' },
      board('ATV'),
    );
    expect(result.errors).toBeUndefined();
    const [atv, custom] = result.data!._entities;
    expect(atv.code).toBe('ATV');
    expect(atv.adoptionActivity.adoptionOrders.total.value).toBe(
      await sqlAdoptionOrders(ATV_MEMBERS, '2021-04-01', '2022-03-31'),
    );
    expect(custom.adoptionActivity.adoptionOrders.total.value).toBe(
      await sqlAdoptionOrders([MIDDLESBROUGH, 'E06000001'], '2021-04-01', '2022-03-31'),
    );
    // The members sent decide: one member fewer, a smaller count.
    const fewer = await subgraph.execute(
      ACTIVITY,
      {
        r: [
          region(
            'ATV',
            ATV_MEMBERS.filter((c) => c !== MIDDLESBROUGH),
          ),
        ],
        period: '2021-22',
      },
      board('ATV'),
    );
    expect(fewer.data!._entities[0].adoptionActivity.adoptionOrders.total.value).toBe(
      atv.adoptionActivity.adoptionOrders.total.value -
        (await sqlAdoptionOrders([MIDDLESBROUGH], '2021-04-01', '2022-03-31')),
    );
  });

  it('costs the same SQL statements for nine authorities as for one, and for two regions as for one (no N+1 in _entities)', async () => {
    const one = await subgraph.statementsFor(ACTIVITY, { r: [la('E06000020')], period: '2021-22' });
    const nine = await subgraph.statementsFor(ACTIVITY, {
      r: [...T4C_MEMBERS, ...ATV_MEMBERS].map(la),
      period: '2021-22',
    });
    expect(one).toBeGreaterThan(0);
    expect(nine).toBe(one);
    const oneRegion = await subgraph.statementsFor(ACTIVITY, { r: [region('T4C', T4C_MEMBERS)], period: '2021-22' });
    const twoRegions = await subgraph.statementsFor(ACTIVITY, {
      r: [region('T4C', T4C_MEMBERS), region('ATV', ATV_MEMBERS)],
      period: '2021-22',
    });
    expect(twoRegions).toBe(oneRegion);
  });

  it('suppresses a small count for anonymous callers that a board member of the region sees', async () => {
    // A council and month with 1 to 4 adoption orders, found by SQL.
    const rows: { authority_code: string; m: unknown; n: unknown }[] = await subgraph.database.dataSource.query(
      `SELECT authority_code, SUBSTR(adoption_order_date, 1, 7) AS m, COUNT(*) AS n FROM adoption_journey WHERE adoption_order_date >= '2019-04-01' AND adoption_order_date <= '2022-03-31' GROUP BY authority_code, SUBSTR(adoption_order_date, 1, 7) ORDER BY authority_code, m`,
    );
    const small = rows.find((r) => Number(r.n) >= 1 && Number(r.n) <= 4);
    expect(small).toBeDefined();
    const period = String(small!.m);
    const agency = T4C_MEMBERS.includes(small!.authority_code) ? 'T4C' : 'ATV';
    const anonymous = await subgraph.execute(ACTIVITY, { r: [la(small!.authority_code)], period });
    expect(anonymous.data!._entities[0].adoptionActivity.adoptionOrders.total).toEqual({
      value: null,
      suppressed: true,
    });
    const member = await subgraph.execute(ACTIVITY, { r: [la(small!.authority_code)], period }, board(agency));
    expect(member.data!._entities[0].adoptionActivity.adoptionOrders.total).toEqual({
      value: Number(small!.n),
      suppressed: false,
    });
  });

  describe('Child entities (record-level)', () => {
    const CHILD = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Child { id adoptionJourney { id authority { code } adoptionOrderDate } } } }`;
    async function childIds(code: string, n: number): Promise<string[]> {
      const rows: { child_id: string }[] = await subgraph.database.dataSource.query(
        `SELECT child_id FROM adoption_journey WHERE authority_code = ? ORDER BY child_id`,
        [code],
      );
      expect(rows.length).toBeGreaterThanOrEqual(n);
      return rows.slice(0, n).map((r) => r.child_id);
    }
    const children = (ids: string[]) => ids.map((id) => ({ __typename: 'Child', id }));

    it("gives the council's analyst each child's journey, as SQL written here has it", async () => {
      const [id] = await childIds(MIDDLESBROUGH, 1);
      const result = await subgraph.execute(CHILD, { r: children([id]) }, analyst(MIDDLESBROUGH));
      expect(result.errors).toBeUndefined();
      const [row]: { id: string; adoption_order_date: string | Date | null }[] =
        await subgraph.database.dataSource.query(
          `SELECT id, adoption_order_date FROM adoption_journey WHERE child_id = ?`,
          [id],
        );
      const day =
        row.adoption_order_date instanceof Date
          ? row.adoption_order_date.toISOString().slice(0, 10)
          : row.adoption_order_date;
      expect(result.data!._entities[0]).toEqual({
        id,
        adoptionJourney: { id: row.id, authority: { code: MIDDLESBROUGH }, adoptionOrderDate: day },
      });
    });

    it('reads many children in as many statements as one', async () => {
      const ids = await childIds(MIDDLESBROUGH, 20);
      const one = await subgraph.statementsFor(CHILD, { r: children(ids.slice(0, 1)) }, analyst(MIDDLESBROUGH));
      const twenty = await subgraph.statementsFor(CHILD, { r: children(ids) }, analyst(MIDDLESBROUGH));
      expect(one).toBeGreaterThan(0);
      expect(twenty).toBe(one);
    });

    it.each([
      ['an anonymous caller', undefined],
      ['a board member of the region', board('ATV')],
      ["another council's analyst", analyst('E06000001')],
    ])('refuses record-level reads to %s with FORBIDDEN', async (_who, viewer) => {
      const [id] = await childIds(MIDDLESBROUGH, 1);
      const entity = await subgraph.execute(CHILD, { r: children([id]) }, viewer);
      expect(entity.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(entity.data?._entities?.[0]?.adoptionJourney ?? null).toBeNull();
      const list = await subgraph.execute(
        `{ adoptionJourneys(authorityCode: "${MIDDLESBROUGH}") { id } }`,
        undefined,
        viewer,
      );
      expect(list.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(list.data ?? null).toBeNull();
    });
  });

  it.each([
    ['adoptionActivity(period: "2021-23") { adoptionOrders { total { value } } }', 'period'],
    ['adoptionTimeliness(period: "2021-22-Q5") { a10 { value } }', 'period'],
    ['childrenAwaitingAdoption(at: "2022-02-30") { withAdoptionPlan { value } }', 'at'],
    ['agencyWork(period: "2021-22", kind: ADOPTER_APPROVAL, detail: "fast track") { count { value } }', 'detail'],
    ['adoptionFinance(period: "2021-22-Q1") { total(line: CENTRAL_HUB) { budget { value } } }', 'period'],
  ])('rejects bad input %s with BAD_USER_INPUT naming "%s"', async (field, argument) => {
    const result = await subgraph.execute(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Region { ${field} } } }`,
      { r: [region('ATV', ATV_MEMBERS)] },
    );
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toContain(`"${argument}"`);
  });

  it("rejects a bad adoptedIn for the council's own analyst with BAD_USER_INPUT naming it", async () => {
    const result = await subgraph.execute(
      `{ adoptionJourneys(authorityCode: "${MIDDLESBROUGH}", adoptedIn: "last year") { id } }`,
      undefined,
      analyst(MIDDLESBROUGH),
    );
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toContain('"adoptedIn"');
  });
});

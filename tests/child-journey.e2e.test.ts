import { signToken } from '../subgraphs/platform/identity';
import { backends } from './support/backends';
import { boardToken, TEST_JWT_SECRET } from './support/board-token';
import { Stack, startStackWithTokens } from './support/stack';

/**
 * One child's journey across subgraphs, through the gateway: a council analyst reads their
 * adoption journeys (adoption subgraph) and each child's care episodes (fostering subgraph) in one
 * request; the day the child entered care agrees; record-level reads are the council's analysts'
 * only, and each is audit-logged in the subgraph that served it.
 */
const MIDDLESBROUGH = 'E06000002';
const analyst = (authority: string) =>
  signToken(
    { sub: `${authority}-analyst`, role: 'analyst', authority, exp: Math.floor(Date.now() / 1000) + 3600 },
    TEST_JWT_SECRET,
  );

const JOURNEYS = `query ($code: String!, $period: Period) {
  adoptionJourneys(authorityCode: $code, adoptedIn: $period) {
    id enteredCare placedDate adoptionOrderDate adoptedByFosterCarer fosterPlacementStart
    child { id inCareRecords enteredCare careEpisodes { startDate endDate placementType legalStatus reasonCeased } }
  }
}`;

/* eslint-disable @typescript-eslint/no-explicit-any */
describe.each(backends())("a child's journey across subgraphs on %s", (backend) => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStackWithTokens(backend);
  });
  afterAll(() => stack.stop());

  it("gives a council analyst each journey with the child's care, and the day they entered care agrees", async () => {
    const result = await stack.query(JOURNEYS, { code: MIDDLESBROUGH }, analyst(MIDDLESBROUGH));
    expect(result.errors).toBeUndefined();
    const journeys: any[] = result.data!.adoptionJourneys;
    const inBoth = journeys.filter((j) => j.child.inCareRecords);
    expect(journeys.length).toBeGreaterThan(100);
    expect(inBoth.length).toBeGreaterThan(50);
    for (const j of inBoth) expect([j.id, j.child.enteredCare]).toEqual([j.id, j.enteredCare]);
    // Children adopted while the fostering records run leave care on the day of the order, adopted (E11/E12).
    const adopted = inBoth.filter((j) => j.adoptionOrderDate !== null && j.adoptionOrderDate <= '2022-03-31');
    expect(adopted.length).toBeGreaterThan(10);
    for (const j of adopted) {
      const last = j.child.careEpisodes[j.child.careEpisodes.length - 1];
      expect([j.id, last.endDate, last.reasonCeased, last.legalStatus]).toEqual([
        j.id,
        j.adoptionOrderDate,
        expect.stringMatching(/^E1[12]$/),
        'E1',
      ]);
      // The placement for adoption is an episode of its own, starting on the day the journey says.
      expect(
        j.child.careEpisodes.some((e: any) => e.startDate === j.placedDate && /^A[356]$/.test(e.placementType)),
      ).toBe(true);
    }
  });

  it('resolves a child from the fostering side to their adoption journey', async () => {
    const list = await stack.query(JOURNEYS, { code: MIDDLESBROUGH, period: '2021-22' }, analyst(MIDDLESBROUGH));
    const some = (list.data!.adoptionJourneys as any[]).find((j) => j.child.inCareRecords)!;
    const result = await stack.query(
      `{ child(id: "${some.child.id}") { id enteredCare adoptionJourney { id enteredCare adoptionOrderDate } } }`,
      undefined,
      analyst(MIDDLESBROUGH),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.child).toEqual({
      id: some.child.id,
      enteredCare: some.enteredCare,
      adoptionJourney: { id: some.id, enteredCare: some.enteredCare, adoptionOrderDate: some.adoptionOrderDate },
    });
  });

  it.each([
    ['anonymous callers', undefined],
    ['a board member', () => boardToken('ATV')],
    ["another council's analyst", () => analyst('E06000001')],
  ])('refuses record-level reads to %s with FORBIDDEN', async (_who, token) => {
    const result = await stack.query(JOURNEYS, { code: MIDDLESBROUGH }, token?.());
    expect(result.data?.adoptionJourneys ?? null).toBeNull();
    expect(result.errors![0].extensions?.code).toBe('FORBIDDEN');
    expect(result.errors![0].message).toContain(MIDDLESBROUGH);
  });

  it("reads 25 children's care in as many statements as 7 (one batch for every `_entities` representation)", async () => {
    const fostering = stack.subgraphs.fostering.database.statements;
    const cost = async (code: string) => {
      const before = fostering.count;
      const result = await stack.query(JOURNEYS, { code, period: '2020-21' }, analyst(code));
      expect(result.errors).toBeUndefined();
      return { children: result.data!.adoptionJourneys.length, statements: fostering.count - before };
    };
    const middlesbrough = await cost(MIDDLESBROUGH);
    const darlington = await cost('E06000005');
    expect([middlesbrough.children, darlington.children]).toEqual([25, 7]);
    expect(middlesbrough.statements).toBe(darlington.statements);
  });

  it('audit-logs every record read, in the subgraph that served it', async () => {
    const count = async (subgraph: 'adoption' | 'fostering', type: string) => {
      const rows: { n: unknown }[] = await stack.subgraphs[subgraph].database.dataSource.query(
        `SELECT COUNT(*) AS n FROM record_access_log WHERE record_type = ? AND authority_code = ? AND subject = ?`,
        [type, MIDDLESBROUGH, `${MIDDLESBROUGH}-analyst`],
      );
      return Number(rows[0].n);
    };
    const [journeys0, children0] = [await count('adoption', 'AdoptionJourney'), await count('fostering', 'Child')];
    const result = await stack.query(JOURNEYS, { code: MIDDLESBROUGH, period: '2020-21' }, analyst(MIDDLESBROUGH));
    const read: any[] = result.data!.adoptionJourneys;
    expect(read.length).toBe(25);
    expect(await count('adoption', 'AdoptionJourney')).toBe(journeys0 + 25);
    expect(await count('fostering', 'Child')).toBe(children0 + 25);
  });
});

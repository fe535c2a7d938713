import { signToken } from '../subgraphs/platform/identity';
import { signedHeaders } from '../subgraphs/platform/subgraph-signature';
import { backends } from './support/backends';
import { Stack, startStack } from './support/stack';

/**
 * Disclosure control through the gateway: anonymous callers get small numbers suppressed; a
 * board member sees their region's members in full; an analyst sees their own council in full.
 */
const SECRET = 'disclosure-test-secret';
const exp = () => Math.floor(Date.now() / 1000) + 3600;
const ATV = ['E06000001', 'E06000002', 'E06000003', 'E06000004', 'E06000005'];
const boardToken = () =>
  signToken({ sub: 'atv-board', role: 'board_member', region: 'ATV', authorities: ATV, exp: exp() }, SECRET);
const t4cBoardToken = () =>
  signToken(
    {
      sub: 't4c-board',
      role: 'board_member',
      region: 'T4C',
      authorities: ['E06000051', 'E10000028', 'E06000021', 'E06000020'],
      exp: exp(),
    },
    SECRET,
  );
const analystToken = () =>
  signToken({ sub: 'hartlepool-analyst', role: 'analyst', authority: 'E06000001', exp: exp() }, SECRET);

const QUERY = `{
  hartlepool: localAuthority(code: "E06000001") { childrenInCare(at: "2022-03-31") { breakdown(by: PLACEMENT_TYPE) { key figure { value suppressed suppressionReason } } } }
  middlesbrough: localAuthority(code: "E06000002") { childrenInCare(at: "2022-03-31") { breakdown(by: PLACEMENT_TYPE) { key figure { value suppressed } } } }
  t4c: region(code: "T4C") { childrenInCare(at: "2022-03-31") { breakdown(by: PLACEMENT_TYPE) { key figure { value suppressed } } } }
}`;

type Cell = { key: string; figure: { value: number | null; suppressed: boolean; suppressionReason?: string } };
const suppressed = (cells: Cell[]) => cells.filter((c) => c.figure.suppressed).length;

describe.each(backends())('disclosure control on %s', (backend) => {
  let stack: Stack;
  let previous: string | undefined;
  beforeAll(async () => {
    previous = process.env.JWT_SECRET;
    process.env.JWT_SECRET = SECRET;
    stack = await startStack(backend);
  });
  afterAll(async () => {
    await stack.stop();
    process.env.JWT_SECRET = previous;
  });

  const ask = async (token?: string) => {
    const response = await fetch(stack.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: QUERY }),
    });
    return {
      status: response.status,
      body: (await response.json()) as {
        data: Record<string, { childrenInCare: { breakdown: Cell[] } }>;
        errors?: { extensions: { code: string } }[];
      },
    };
  };

  /** Independent SQL: Hartlepool's children in care at the date, by placement type. */
  async function hartlepoolByPlacement(): Promise<Map<string, number>> {
    const rows: { placement_type: string; n: unknown }[] = await stack.subgraphs.fostering.database.dataSource.query(
      `SELECT placement_type, COUNT(*) AS n FROM care_episode WHERE authority_code = 'E06000001' AND start_date <= '2022-03-31' AND (end_date IS NULL OR end_date > '2022-03-31') GROUP BY placement_type`,
    );
    return new Map(rows.map((r) => [r.placement_type, Number(r.n)]));
  }

  // Secondary suppression (one small cell hidden, so the next smallest is too) is checked on a
  // fixture with exactly one small cell: tests/secondary-suppression.test.ts.
  it('suppresses small numbers for anonymous callers', async () => {
    const { body } = await ask();
    const cells = body.data.hartlepool.childrenInCare.breakdown;
    const small = [...(await hartlepoolByPlacement()).entries()]
      .filter(([, n]) => n >= 1 && n <= 4)
      .map(([code]) => code);
    expect(small.length).toBeGreaterThan(0);
    for (const code of small)
      expect(cells.find((c) => c.key === code)!.figure).toMatchObject({
        value: null,
        suppressionReason: 'CONFIDENTIAL',
      });
  });

  it("shows a board member their region's members in full, and nothing more", async () => {
    const { body } = await ask(boardToken());
    const counts = await hartlepoolByPlacement();
    for (const cell of body.data.hartlepool.childrenInCare.breakdown)
      expect([cell.key, cell.figure.value]).toEqual([cell.key, counts.get(cell.key) ?? 0]);
    expect(suppressed(body.data.middlesbrough.childrenInCare.breakdown)).toBe(0);
    // Another region's small cells stay hidden from them: exactly those T4C's own board sees as 1 to 4.
    const t4cRows = async (token: string) => {
      const response = await fetch(stack.gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({
          query:
            '{ region(code: "T4C") { childrenInCare(at: "2022-03-31") { rows(by: [AGE_BAND, PLACEMENT_TYPE]) { authorityCode breakdown figure { value suppressed } } } } }',
        }),
      });
      return (
        (await response.json()) as {
          data: {
            region: {
              childrenInCare: { rows: { authorityCode: string; breakdown: string; figure: Cell['figure'] }[] };
            };
          };
        }
      ).data.region.childrenInCare.rows;
    };
    const inFull = await t4cRows(t4cBoardToken());
    const asAtv = await t4cRows(boardToken());
    const small = inFull.filter((r) => r.figure.value !== null && r.figure.value >= 1 && r.figure.value <= 4);
    expect(small.length).toBeGreaterThan(0);
    for (const row of small)
      expect(
        asAtv.find((r) => r.authorityCode === row.authorityCode && r.breakdown === row.breakdown)!.figure.suppressed,
      ).toBe(true);
  });

  it('shows an analyst their own council in full, and other councils suppressed', async () => {
    const { body } = await ask(analystToken());
    expect(suppressed(body.data.hartlepool.childrenInCare.breakdown)).toBe(0);
    expect(suppressed(body.data.middlesbrough.childrenInCare.breakdown)).toBeGreaterThan(0);
  });

  it('rejects a bad token with 401 UNAUTHENTICATED, at the gateway and at a subgraph', async () => {
    const forged = signToken({ sub: 'x', role: 'analyst', authority: 'E06000001', exp: exp() }, 'wrong-secret');
    const atGateway = await ask(forged);
    expect(atGateway.status).toBe(401);
    expect(atGateway.body.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    // Signed as the gateway would sign it, so that it is the token the subgraph refuses.
    const body = JSON.stringify({ query: '{ _service { sdl } }' });
    const response = await fetch(stack.subgraphs.fostering.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${forged}`, ...signedHeaders(body) },
      body,
    });
    expect(response.status).toBe(401);
  });
});

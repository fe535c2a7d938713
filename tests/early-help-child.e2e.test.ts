import { signToken } from '../subgraphs/platform/identity';
import { backends } from './support/backends';
import { boardToken, TEST_JWT_SECRET } from './support/board-token';
import { Stack, startStackWithTokens } from './support/stack';

/**
 * A young person's early help and care records across subgraphs, through the gateway: an
 * edge-of-care young person who came into care has a period of care starting that very day in the
 * fostering subgraph; record-level reads are the council's analysts' only.
 */
const REDCAR = 'E06000003';
const analyst = (authority: string) =>
  signToken(
    { sub: `${authority}-analyst`, role: 'analyst', authority, exp: Math.floor(Date.now() / 1000) + 3600 },
    TEST_JWT_SECRET,
  );

const CHILD = `query ($id: ID!) {
  child(id: $id) {
    id
    careEpisodes { startDate reasonNewEpisode }
    edgeOfCareInterventions { service startDate endDate cameIntoCareDate }
    contacts { contactDate outcome }
  }
}`;

/* eslint-disable @typescript-eslint/no-explicit-any */
describe.each(backends())("a young person's early help and care on %s", (backend) => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStackWithTokens(backend);
  });
  afterAll(() => stack.stop());

  it('starts the care of every Redcar edge-of-care young person who came into care on the day the fostering records say', async () => {
    const rows: { child_id: string; came: string }[] = await stack.subgraphs['early-help'].database.dataSource.query(
      `SELECT child_id, came_into_care_date AS came FROM edge_of_care_intervention
       WHERE authority_code = ? AND came_into_care_date IS NOT NULL ORDER BY child_id`,
      [REDCAR],
    );
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) {
      const result = await stack.query(CHILD, { id: row.child_id }, analyst(REDCAR));
      expect(result.errors).toBeUndefined();
      const child = result.data!.child;
      const starts = child.careEpisodes.filter((e: any) => e.reasonNewEpisode === 'S').map((e: any) => e.startDate);
      expect([row.child_id, starts]).toEqual([row.child_id, expect.arrayContaining([String(row.came)])]);
      const intervention = child.edgeOfCareInterventions.find((i: any) => i.cameIntoCareDate === String(row.came));
      expect(intervention.endDate).toBe(String(row.came));
    }
  });

  it("gives a young person known only to early help through earlyHelpChild, to their council's analysts only", async () => {
    const [row]: { child_id: string }[] = await stack.subgraphs['early-help'].database.dataSource.query(
      `SELECT child_id FROM young_carer WHERE authority_code = ? ORDER BY child_id LIMIT 1`,
      [REDCAR],
    );
    const query = `query ($id: ID!) { earlyHelpChild(id: $id) { id youngCarer { hoursPerWeek caredForNeed } contacts { outcome } } }`;
    const mine = await stack.query(query, { id: row.child_id }, analyst(REDCAR));
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.earlyHelpChild.id).toBe(row.child_id);
    expect(mine.data!.earlyHelpChild.youngCarer.hoursPerWeek).toBeGreaterThan(0);
    for (const token of [undefined, boardToken('ATV'), analyst('E06000002')]) {
      const refused = await stack.query(query, { id: row.child_id }, token);
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(refused.data?.earlyHelpChild ?? null).toBeNull();
    }
    const [logged]: { n: unknown }[] = await stack.subgraphs['early-help'].database.dataSource.query(
      `SELECT COUNT(*) AS n FROM record_access_log WHERE record_type = 'YoungCarer'`,
    );
    expect(Number(logged.n)).toBeGreaterThan(0);
  });
});

import { backends } from './support/backends';
import { Stack, startStack } from './support/stack';

const REGION_REPORT = `query ($code: ID!) {
  region(code: $code) {
    childrenInCare(at: "2022-03-31") { total { value } ratePer10000 { value } breakdown(by: AGE_BAND) { key figure { value } } }
    childrenStartingCare(period: "2021-22") { total { value } }
    fosterHouseholds(at: "2022-03-31") { total { value } }
    members {
      name
      childrenInCare(at: "2022-03-31") { total { value } breakdown(by: LEGAL_STATUS) { key figure { value } } }
      childrenStartingCare(period: "2021-22") { total { value } }
      fosterHouseholds(at: "2022-03-31") { total { value } }
      fosterCarerRecruitment(period: "2021-22") { enquiries { value } }
    }
  }
}`;

describe.each(backends())('SQL statements per request on %s', (backend) => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack(backend);
  });
  afterAll(() => stack.stop());

  async function statements(code: string): Promise<{ fostering: number; authorities: number; members: number }> {
    const fostering = stack.subgraphs.fostering.database.statements;
    const authorities = stack.subgraphs.authorities.database.statements;
    const [f0, a0] = [fostering.count, authorities.count];
    const result = await stack.query(REGION_REPORT, { code });
    expect(result.errors).toBeUndefined();
    return {
      fostering: fostering.count - f0,
      authorities: authorities.count - a0,
      members: result.data!.region.members.length,
    };
  }

  it('costs the same for a region of nine councils as for a region of four', async () => {
    const four = await statements('T4C');
    const nine = await statements('PILOT');
    expect(four.members).toBe(4);
    expect(nine.members).toBe(9);
    expect(nine.fostering).toBe(four.fostering);
    expect(nine.authorities).toBe(four.authorities);
    // The gateway calls fostering twice (the Region entity, then its members). The region call:
    // coverage, in care (total, by date of birth), England's rate, starts, households = 6; the
    // members call: coverage, in care (total, by legal status), starts, households, recruitment = 6.
    expect(four.fostering).toBe(12);
  });

  it("reads every measure's coverage, for every member and the region, in one statement", async () => {
    const fostering = stack.subgraphs.fostering.database.statements;
    const count = async (code: string) => {
      const before = fostering.count;
      const result = await stack.query(`{ region(code: "${code}") {
        childrenInCareCoverage { from } placementMovesCoverage { from } fosterHouseholdsCoverage { from }
        members { childrenInCareCoverage { authorities { from } } fosterCarerRecruitmentCoverage { from } } } }`);
      expect(result.errors).toBeUndefined();
      return fostering.count - before;
    };
    // One statement for the region's fields and one for its members' (two calls to fostering).
    expect(await count('T4C')).toBe(2);
    expect(await count('PILOT')).toBe(2);
  });
});

import { operationFromDocument, Supergraph } from '@apollo/federation-internals';
import { QueryPlanner } from '@apollo/query-planner';
import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import { ADOPTION_REPORT } from '../bench/adoption-report.query';
import { supergraphFile } from '../gateway/schema-files';
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

/** The README's headline query: a region's figures and its members' figures. */
const HEADLINE = `{
  region(code: "T4C") {
    name
    childrenInCare(at: "2022-03-31") { total { value } breakdown(by: AGE_BAND) { key figure { value } } }
    members { shortName childrenInCare(at: "2022-03-31") { total { value } aged0to5: breakdown(by: AGE_BAND, ageBands: ["0-5"]) { key figure { value } } } }
  }
}`;

/** The fetches of the plan the gateway's planner makes for `query` over the checked-in supergraph, by subgraph. */
function fetchesBySubgraph(query: string): Record<string, number> {
  const supergraph = Supergraph.build(readFileSync(supergraphFile(), 'utf8'));
  const plan = new QueryPlanner(supergraph).buildQueryPlan(
    operationFromDocument(supergraph.schema, parse(query), { validate: true }),
  );
  const fetches: Record<string, number> = {};
  const walk = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const n = node as { kind?: string; serviceName?: string };
    if (n.kind === 'Fetch' && n.serviceName) fetches[n.serviceName] = (fetches[n.serviceName] ?? 0) + 1;
    for (const value of Object.values(node)) if (typeof value === 'object') walk(value);
  };
  walk(plan.node);
  return fetches;
}

describe('query plans of the board queries', () => {
  it("fetch from each subgraph once: a region's figures and its members' come in one call", () => {
    expect(fetchesBySubgraph(HEADLINE)).toEqual({ authorities: 1, fostering: 1 });
    expect(fetchesBySubgraph(REGION_REPORT)).toEqual({ authorities: 1, fostering: 1 });
    expect(fetchesBySubgraph(ADOPTION_REPORT)).toEqual({ authorities: 1, adoption: 1 });
  });
});

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
    // One fostering call for the region and its members (before: two, 12 statements): coverage of
    // every table, England's rate, in care (total, shared; by date of birth; by legal status),
    // starts (shared), households (shared), recruitment = 8.
    expect(four.fostering).toBe(8);
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
    // One statement for the region's fields and its members' together: one call to fostering
    // (members resolved inside the domain subgraph), the same reads memoised within the request.
    expect(await count('T4C')).toBe(1);
    expect(await count('PILOT')).toBe(1);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ADOPTION_REPORT } from '../bench/adoption-report.query';
import { projectRoot } from '../subgraphs/platform/project-root';
import { backends } from './support/backends';
import { boardToken } from './support/board-token';
import { Stack, startStackWithTokens } from './support/stack';

/**
 * The adoption board's annual report through the gateway: the numbers the issue names, the
 * "hard to place taken out" question, disclosure, bad input, and its cost in SQL statements.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
describe.each(backends())('the adoption report on %s', (backend) => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStackWithTokens(backend);
  });
  afterAll(() => stack.stop());

  const report = async (region: 'T4C' | 'ATV', token?: string) => {
    const result = await stack.query(ADOPTION_REPORT, { region }, token);
    expect(result.errors).toBeUndefined();
    return result.data!.region;
  };
  const member = (region: any, shortName: string) => region.members.find((m: any) => m.shortName === shortName);

  it('gives a T4C board member the published figures in one request', async () => {
    const t4c = await report('T4C', boardToken('T4C'));
    const staffs = member(t4c, 'Staffs');
    expect(staffs.threeYears.a10).toEqual({ value: 352, englandAverage: 445, target: 426 });
    expect(staffs.threeYears.a2).toEqual({ value: 166, englandAverage: 196, target: 121 });
    expect(member(t4c, 'T&W').thisYear.decisions.total.value).toBe(26);
    expect(t4c.threeYears.a10.value).toBe(471);
    expect(t4c.threeYears.a2.value).toBe(216);
    // The partnership is its members together (computed from their records, not stored).
    const sum = (pick: (m: any) => number) => t4c.members.reduce((s: number, m: any) => s + pick(m), 0);
    expect(t4c.thisYear.childrenPlaced.total.value).toBe(sum((m) => m.thisYear.childrenPlaced.total.value));
    // T4C's published 103 orders in 2020-21 (three papers).
    expect(t4c.lastYear.adoptionOrders.total.value).toBe(103);
    expect(t4c.threeYears.children.value).toBe(sum((m) => m.threeYears.children.value));
  });

  it("answers the README's adoption report with the answer the README shows (as a T4C board member)", async () => {
    const readme = readFileSync(join(projectRoot(), 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf("## The board's annual adoption report"));
    const query = /```graphql\n([\s\S]*?)\n```/.exec(section)![1];
    const answer = JSON.parse(/```json\n([\s\S]*?)\n```/.exec(section)![1]);
    expect(query).toBe(ADOPTION_REPORT);
    expect(await stack.query(query, { region: 'T4C' }, boardToken('T4C'))).toEqual(answer);
  });

  it("gives an ATV board member each council's adoption orders for 2021-22 as published", async () => {
    const atv = await report('ATV', boardToken('ATV'));
    const orders = Object.fromEntries(
      atv.members.map((m: any) => [m.shortName, m.thisYear.adoptionOrders.total.value]),
    );
    expect(orders).toEqual({ Darlington: 15, Hartlepool: 15, MBC: 24, 'R&CBC': 8, Stockton: 16 });
    expect(atv.inYear.a10).toMatchObject({ value: 383, target: 426 });
    expect(atv.inYear.a2).toEqual({ value: 174, englandAverage: 198, target: 121 });
  });

  it('answers "and with the hard to place children taken out?" from the same query with a filter', async () => {
    const query = `{ localAuthority(code: "E06000002") {
      all: adoptionTimeliness(period: "2020-21") { children { value } decisionToPlacement { value target } }
      easier: adoptionTimeliness(period: "2020-21", excluding: [SIBLING_GROUP, NOT_WHITE_BRITISH, AGED_5_PLUS, DISABILITY]) { children { value } decisionToPlacement { value } }
    } }`;
    const result = await stack.query(query, undefined, boardToken('ATV'));
    expect(result.errors).toBeUndefined();
    const mbro = result.data!.localAuthority;
    expect(mbro.all).toEqual({ children: { value: 25 }, decisionToPlacement: { value: 381, target: 243 } });
    expect(mbro.easier).toEqual({ children: { value: 10 }, decisionToPlacement: { value: 240 } });
  });

  it('suppresses small counts for anonymous callers, and shows them to the board', async () => {
    const anonymous = await report('T4C');
    const board = await report('T4C', boardToken('T4C'));
    let small = 0;
    board.members.forEach((m: any, i: number) => {
      for (const cell of m.thisYear.childrenPlaced.breakdown) {
        const seen = anonymous.members[i].thisYear.childrenPlaced.breakdown.find((c: any) => c.key === cell.key).figure
          .value;
        if (cell.figure.value >= 1 && cell.figure.value <= 4) {
          small += 1;
          expect(seen).toBeNull();
        }
      }
    });
    // Staffordshire placed 2 children with other agencies' adopters and 1 with a voluntary agency's in 2021-22.
    expect(small).toBeGreaterThan(0);
    // Shropshire's 28 decisions, rounded to the nearest 5 for an anonymous reader.
    expect(member(anonymous, 'Shrops').thisYear.decisions.total.value).toBe(30);
  });

  it.each([
    [
      'adoptionTimeliness(period: "2018-22") { a10 { value } }',
      'BAD_USER_INPUT',
      /Argument "period".*three financial years/,
    ],
    ['adoptionTimeliness(period: "2021-23") { a10 { value } }', 'BAD_USER_INPUT', /Argument "period"/],
    [
      'adoptionActivity(period: "2021-22", excluding: [TALL]) { decisions { total { value } } }',
      'GRAPHQL_VALIDATION_FAILED',
      /"TALL".*Characteristic/,
    ],
    [
      'adoptionActivity(period: "2021-22", excluding: [DISABILITY], onlyWith: [DISABILITY]) { decisions { total { value } } }',
      'BAD_USER_INPUT',
      /Argument "onlyWith"/,
    ],
    ['childrenAwaitingAdoption(at: "2022-02-30") { withAdoptionPlan { value } }', 'BAD_USER_INPUT', /Argument "at"/],
  ])('rejects %s with %s naming the argument', async (field, code, message) => {
    const result = await stack.query(`{ region(code: "ATV") { ${field} } }`);
    expect(result.errors![0].extensions?.code).toBe(code);
    expect(result.errors![0].message).toMatch(message);
  });

  it('gives NO_DATA, not zeros, for a period the records do not cover', async () => {
    const result = await stack.query(
      `{ region(code: "ATV") { adoptionActivity(period: "2015-16") { adoptionOrders { total { value suppressionReason } } } } }`,
    );
    expect(result.data!.region.adoptionActivity.adoptionOrders.total).toEqual({
      value: null,
      suppressionReason: 'NO_DATA',
    });
  });

  it('costs the same SQL statements for nine councils as for four, and for every `_entities` batch', async () => {
    const adoption = stack.subgraphs.adoption.database.statements;
    const cost = async (region: string) => {
      const before = adoption.count;
      const result = await stack.query(ADOPTION_REPORT, { region }, boardToken('T4C'));
      expect(result.errors).toBeUndefined();
      return { statements: adoption.count - before, members: result.data!.region.members.length };
    };
    const four = await cost('T4C');
    const nine = await cost('PILOT');
    expect([four.members, nine.members]).toEqual([4, 9]);
    expect(nine.statements).toBe(four.statements);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../subgraphs/platform/project-root';
import { backends } from './support/backends';
import { englandLas } from './support/reference-figures';
import { boardToken } from './support/board-token';
import { Stack, startStackWithTokens } from './support/stack';

/** The README's example query: the board's question, in one request through the gateway. */
const HEADLINE = `query ($at: Date!) {
  region(code: "T4C") {
    name
    childrenInCare(at: $at) {
      total { value }
      breakdown(by: AGE_BAND) { key figure { value } }
    }
    members {
      shortName
      childrenInCare(at: $at) {
        total { value }
        aged0to5: breakdown(by: AGE_BAND, ageBands: ["0-5"]) { key figure { value } }
        ratePer10000 { value denominator englandAverage }
      }
    }
  }
}`;

interface Member {
  shortName: string;
  childrenInCare: {
    total: { value: number };
    aged0to5: { key: string; figure: { value: number } }[];
    ratePer10000: { value: number; denominator: number; englandAverage: number };
  };
}

describe.each(backends())('the headline query through the gateway on %s', (backend) => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStackWithTokens(backend);
  });
  afterAll(() => stack.stop());

  it.each([
    ['2022-03-31', { Staffs: [1303, 318], Shrops: [608, 197], Stoke: [1021, 277], 'T&W': [423, 121] }],
    ['2021-03-31', { Staffs: [1242, 283], Shrops: [504, 158], Stoke: [1004, 284], 'T&W': [425, 129] }],
  ])('returns the published T4C figures at %s', async (at, published) => {
    // A T4C board member's question: the custom band and exact counts are theirs (DISCLOSURE.md).
    const result = await stack.query(HEADLINE, { at }, boardToken('T4C'));
    expect(result.errors).toBeUndefined();
    const region = result.data!.region;
    expect(region.name).toBe('Together4Children');
    const members: Member[] = region.members;
    const got = Object.fromEntries(
      members.map((m) => [m.shortName, [m.childrenInCare.total.value, m.childrenInCare.aged0to5[0].figure.value]]),
    );
    expect(got).toEqual(published);
    expect(members.every((m) => m.childrenInCare.aged0to5[0].key === '0-5')).toBe(true);
    const partnership = Object.values(published).reduce((s, [n]) => s + n, 0);
    expect(region.childrenInCare.total.value).toBe(partnership);
    expect(region.childrenInCare.breakdown.map((c: { key: string }) => c.key)).toEqual([
      'under 1',
      '1-4',
      '5-9',
      '10-15',
      '16+',
    ]);
    expect(
      region.childrenInCare.breakdown.reduce((s: number, c: { figure: { value: number } }) => s + c.figure.value, 0),
    ).toBe(partnership);
    // The rate's denominator is DfE's population, reached through federation.
    const year = at.slice(0, 4);
    const staffs = members.find((m) => m.shortName === 'Staffs')!;
    expect(staffs.childrenInCare.ratePer10000.denominator).toBe(
      Number(englandLas().find((r) => r.gss === 'E10000028')![`pop_under18_${year}`]),
    );
    // England's rate beside it: all children looked after over all children, from DfE's file.
    const both = englandLas().filter(
      (r) => /^\d+$/.test(r[`cla_31_march_${year}`]) && /^\d+$/.test(r[`pop_under18_${year}`]),
    );
    const sum = (column: string) => both.reduce((s, r) => s + Number(r[column]), 0);
    const england = Math.round((sum(`cla_31_march_${year}`) / sum(`pop_under18_${year}`)) * 100000) / 10;
    expect(members.every((m) => m.childrenInCare.ratePer10000.englandAverage === england)).toBe(true);
    expect(england).toBeGreaterThan(60);
    expect(england).toBeLessThan(80);
  });

  it.each([
    ['{ region(code: "NOPE") { name } }', 'code'],
    ['{ localAuthority(code: "E06000020") { childrenInCare(at: "2022-13-01") { total { value } } } }', 'at'],
    ['{ localAuthority(code: "E06000020") { childrenStartingCare(period: "2021-23") { total { value } } } }', 'period'],
    [
      '{ region(code: "T4C") { childrenInCare(at: "2022-03-31") { breakdown(by: AGE_BAND, ageBands: ["0-5", "teens"]) { key } } } }',
      'ageBands',
    ],
  ])('gives a coded error naming the argument for %s', async (query, argument) => {
    const result = await stack.query(query);
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toContain(`"${argument}"`);
  });

  it("answers the README's example query with the answer the README shows", async () => {
    const readme = readFileSync(join(projectRoot(), 'README.md'), 'utf8');
    const query = /```graphql\n([\s\S]*?)\n```/.exec(readme)![1];
    const answer = JSON.parse(/```json\n([\s\S]*?)\n```/.exec(readme)![1]);
    expect(await stack.query(query, {}, boardToken('T4C'))).toEqual(answer);
  });

  it('answers every README example marked "<!-- example: … -->" with the answer shown after it', async () => {
    const readme = readFileSync(join(projectRoot(), 'README.md'), 'utf8');
    // `<!-- example: name -->` runs anonymously; `<!-- example: name as T4C -->` as that board's member.
    const examples = [
      ...readme.matchAll(
        /<!-- example: ([a-z-]+)(?: as (T4C|ATV))? -->\n```graphql\n([\s\S]*?)\n```[\s\S]*?```json\n([\s\S]*?)\n```/g,
      ),
    ];
    expect(examples.map((e) => e[1])).toEqual(expect.arrayContaining(['series', 'early-help', 'young-carers']));
    for (const [, name, board, query, answer] of examples)
      expect([name, await stack.query(query, {}, board ? boardToken(board as 'T4C' | 'ATV') : undefined)]).toEqual([
        name,
        JSON.parse(answer),
      ]);
  });

  it('gives a series point for point the same figures as the single-date field, in the order asked', async () => {
    const dates = ['2025-03-31', '2021-03-31', '2022-03-31'];
    const single = dates
      .map((at, i) => `d${i}: childrenInCare(at: "${at}") { at total { value } rows(by: [SEX]) { sex value } }`)
      .join(' ');
    const result = await stack.query(
      `{ localAuthority(code: "E10000028") { series: childrenInCareSeries(at: ${JSON.stringify(dates)}) { at total { value } rows(by: [SEX]) { sex value } } ${single} } }`,
      {},
      boardToken('T4C'),
    );
    const la = result.data!.localAuthority;
    expect(la.series.map((p: { at: string }) => p.at)).toEqual(dates);
    dates.forEach((_, i) => expect(la.series[i]).toEqual(la[`d${i}`]));
    // DfE's published 31 March counts for Staffordshire.
    expect(la.series.map((p: { total: { value: number } }) => p.total.value)).toEqual([1306, 1242, 1303]);
  });

  it.each([
    ['{ localAuthority(code: "E10000028") { childrenInCareSeries(at: []) { at } } }', 'at'],
    ['{ localAuthority(code: "E10000028") { childrenInCareSeries(at: ["2022-03-31", "2022-03-31"]) { at } } }', 'at'],
    [
      '{ localAuthority(code: "E10000028") { childrenStartingCareSeries(periods: ["2021-22", "2021-23"]) { period } } }',
      'periods',
    ],
  ])('refuses a bad series %s naming the argument', async (query, argument) => {
    const result = await stack.query(query);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  });

  it('serves /health on the gateway and every subgraph', async () => {
    for (const service of [stack.gateway, ...Object.values(stack.subgraphs)]) {
      const response = await fetch(service.url.replace(/\/graphql$/, '/health'));
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ status: 'ok', service: service.name });
    }
  });
});

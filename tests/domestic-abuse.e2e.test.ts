import { DOMESTIC_ABUSE_REPORT } from '../bench/domestic-abuse-report.query';
import { signToken } from '../subgraphs/platform/identity';
import { backends } from './support/backends';
import { boardToken, TEST_JWT_SECRET } from './support/board-token';
import { publishedRows } from './support/calibration/published-rows';
import { Stack, startStackWithTokens } from './support/stack';

/* eslint-disable @typescript-eslint/no-explicit-any */

/** A published value by row id, read from published-figures.csv by the tests' own reader. */
const published = (id: string) => {
  const row = publishedRows().find((r) => r.id === id);
  if (!row) throw new Error(`no published row ${id}`);
  return row.value;
};
const SLUGS: [string, string][] = [
  ['Cannock Chase', 'cannock'],
  ['East Staffordshire', 'east-staffs'],
  ['Lichfield', 'lichfield'],
  ['Newcastle-under-Lyme', 'newcastle'],
  ['South Staffordshire', 'south-staffs'],
  ['Stafford', 'stafford'],
  ['Staffordshire Moorlands', 'moorlands'],
  ['Tamworth', 'tamworth'],
];
const cells = (list: { key: string; figure: { value: number | null } }[]) =>
  Object.fromEntries(list.map((c) => [c.key, c.figure.value]));

describe.each(backends())('the domestic abuse committee report through the gateway on %s', (backend) => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStackWithTokens(backend);
  });
  afterAll(() => stack?.stop());

  it('returns the Q4 2020-21 report in one request, equal to the published figures', async () => {
    const result = await stack.query(DOMESTIC_ABUSE_REPORT, {}, boardToken('T4C'));
    expect(result.errors).toBeUndefined();
    const staffs = (result.data as any).staffordshire;
    const area = (result.data as any).area;
    // Both district tables, each count with its change on the previous quarter.
    expect(staffs.districts.map((d: any) => d.name)).toEqual(SLUGS.map(([name]) => name));
    staffs.districts.forEach((d: any, i: number) => {
      const slug = SLUGS[i][1];
      expect([slug, d.victims.total.value, d.victims.change.change.value]).toEqual([
        slug,
        published(`s21-da-victim-ref-${slug}-2020-21-q4`),
        published(`s21-da-victim-ref-chg-q-${slug}-2020-21-q4`),
      ]);
      expect([slug, d.perpetrators.total.value, d.perpetrators.change.change.value]).toEqual([
        slug,
        published(`s21-da-perp-ref-${slug}-2020-21-q4`),
        published(`s21-da-perp-ref-chg-q-${slug}-2020-21-q4`),
      ]);
    });
    expect(staffs.victims.total.value).toBe(published('s21-da-victim-ref-staffs-2020-21-q4'));
    // The districts add up to the council, and the changes to its change (1,096 on 1,011).
    const sum = (f: (d: any) => number) => staffs.districts.reduce((s: number, d: any) => s + f(d), 0);
    expect(sum((d) => d.victims.total.value)).toBe(staffs.victims.total.value);
    expect(sum((d) => d.victims.change.change.value)).toBe(staffs.victims.change.change.value);
    expect(staffs.victims.change.earlierPeriod).toBe('2020-21-Q3');
    // The funnel.
    expect([staffs.adults.accepted.value, staffs.adults.supported.value, staffs.adults.supportedShare.value]).toEqual([
      published('s21-da-victim-accepted-ref-staffs-2020-21-q4-adult'),
      published('s21-da-victims-supported-staffs-2020-21-q4-adult'),
      published('s21-da-victims-supported-pct-staffs-2020-21-q4-adult'),
    ]);
    const cyp = staffs.childrenAndYoungPeople;
    expect([cyp.accepted.value, cyp.supported.value, cyp.supportedShare.value]).toEqual([
      published('s21-da-victim-accepted-ref-staffs-2020-21-q4-children-and-young-people'),
      published('s21-da-victims-supported-staffs-2020-21-q4-children-and-young-people'),
      published('s21-da-victims-supported-pct-staffs-2020-21-q4-children-and-young-people'),
    ]);
    // Sources, perpetrators by age, satisfaction, DHRs.
    const sources = cells(staffs.victims.sources);
    expect([sources.POLICE, sources.SELF, sources.OTHER]).toEqual([
      published('s21-da-victim-ref-pct-staffs-2020-21-q4-police'),
      published('s21-da-victim-ref-pct-staffs-2020-21-q4-self'),
      published('s21-da-victim-ref-pct-staffs-2020-21-q4-other'),
    ]);
    expect(staffs.perpetrators.total.value).toBe(published('s21-da-perp-ref-staffs-2020-21-q4'));
    expect(cells(staffs.perpetrators.breakdown)).toEqual({
      ADULT: published('s21-da-perp-ref-staffs-2020-21-q4-adult'),
      CHILDREN_AND_YOUNG_PEOPLE: published('s21-da-perp-ref-staffs-2020-21-q4-children-and-young-people'),
    });
    const satisfaction = cells(staffs.satisfaction.breakdown);
    expect([Math.round(satisfaction.EARLY_INTERVENTION!), Math.round(satisfaction.TARGETED!)]).toEqual([
      published('s21-da-satisfaction-pct-staffs-2020-21-q4-victim-early-intervention'),
      published('s21-da-satisfaction-pct-staffs-2020-21-q4-victim-targeted'),
    ]);
    expect(staffs.domesticHomicideReviews.total.value).toBe(published('s21-dhrs-underway-staffs'));
    expect(cells(staffs.domesticHomicideReviews.breakdown)).toEqual({
      LIVE: published('s21-dhrs-underway-staffs-live'),
      PAUSED: published('s21-dhrs-underway-staffs-paused'),
      QA_BOARD: published('s21-dhrs-underway-staffs-home-office-qa-board'),
      HOME_OFFICE: published('s21-dhrs-underway-staffs-awaiting-home-office-publication-decision'),
    });
    // The area: since-contract counts and shares, the contract and its funders.
    expect(area.name).toBe('Staffordshire and Stoke-on-Trent');
    expect(area.victimsSinceContract.total.value).toBe(
      published('s21-da-victim-ref-staffs-and-stoke-since-contract-start-2018-10-01'),
    );
    expect(cells(area.victimsSinceContract.shares).E10000028).toBe(
      published('s21-da-victim-ref-share-pct-staffs-since-contract-start-2018-10-01'),
    );
    expect(area.perpetratorsSinceContract.total.value).toBe(
      published('s21-da-perp-ref-staffs-and-stoke-since-contract-start-2018-10-01'),
    );
    expect(area.domesticAbuseContractValue.total.value).toBe(
      published('s21-da-contract-annual-value-gbp-staffs-and-stoke'),
    );
    for (const funder of [
      'staffordshire-county-council',
      'staffordshire-commissioners-office',
      'stoke-on-trent-city-council',
    ]) {
      const key = funder.toUpperCase().replace(/-/g, '_');
      expect([funder, cells(area.domesticAbuseContractFunding.amounts)[key]]).toEqual([
        funder,
        published(`s21-da-contract-contrib-gbp-staffs-and-stoke-${funder}`),
      ]);
      expect([funder, cells(area.domesticAbuseContractFunding.publishedShares)[key]]).toEqual([
        funder,
        published(`s21-da-contract-contrib-pct-staffs-and-stoke-${funder}`),
      ]);
    }
  });

  it("shows an anonymous caller, and the council's own analyst, the district tables without their small numbers", async () => {
    const query = `{ localAuthority(code: "E10000028") { districts { code
      perpetrators: domesticAbuseReferrals(period: "2020-21-Q4", service: "PERPETRATOR", unit: "REFERRAL") {
        total { value suppressionReason } } } } }`;
    const analyst = signToken(
      { sub: 'staffs-analyst', role: 'analyst', authority: 'E10000028', exp: Math.floor(Date.now() / 1000) + 3600 },
      TEST_JWT_SECRET,
    );
    for (const token of [undefined, analyst]) {
      const result = await stack.query(query, {}, token);
      expect(result.errors).toBeUndefined();
      const districts = (result.data as any).localAuthority.districts;
      districts.forEach((d: any, i: number) => {
        const slug = SLUGS[i][1];
        const count = published(`s21-da-perp-ref-${slug}-2020-21-q4`);
        // Published 2 to 14: those of 1 to 4 are withheld, the others shown rounded to the nearest 5
        // (three hidden: no complement needed).
        expect([slug, d.perpetrators.total]).toEqual([
          slug,
          count <= 4
            ? { value: null, suppressionReason: 'CONFIDENTIAL' }
            : { value: Math.round(count / 5) * 5, suppressionReason: null },
        ]);
      });
    }
  });

  it.each([
    ['{ district(code: "E07000999") { name } }', 'code', /unknown code "E07000999"/],
    [
      '{ district(code: "E07000192") { domesticAbuseReferrals(period: "2020-21-Q4") { change(earlierPeriod: "2021-22-Q1") { change { value } } } } }',
      'earlierPeriod',
      /ends before the period compared starts/,
    ],
    [
      '{ localAuthority(code: "E10000028") { domesticAbuseReferrals(period: "2020-21-Q4", unit: "ENQUIRIES") { total { value } } } }',
      'unit',
      /REFERRAL, ENQUIRY/,
    ],
  ])('gives a coded error naming the argument for %s', async (query, argument, words) => {
    const result = await stack.query(query);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(result.errors?.[0].message).toContain(`"${argument}"`);
    expect(result.errors?.[0].message).toMatch(words);
  });
});

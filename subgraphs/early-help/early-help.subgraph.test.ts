import { Backend, backends } from '../../tests/support/backends';
import { fixtureDatabase } from '../../tests/support/fixture-database';
import { PILOT_COUNCILS } from '../../tests/support/reference-figures';
import { EXACT_VIEWER, SubgraphHarness, subgraphHarness } from '../../tests/support/subgraph-harness';
import { Viewer } from '../platform/identity';
import { RecordCoverageRecord, ReferralRecord } from './entities';
import { subgraph as definition } from './early-help.subgraph';

const HARTLEPOOL = 'E06000001';
const ANALYST: Viewer = { kind: 'ANALYST', authorityCode: HARTLEPOOL, subject: 'fixture-analyst' };
const rep = (code: string) => ({ __typename: 'LocalAuthority', code });

/**
 * Hand-made referrals, so every re-referral and sibling group is known without the code: family 1
 * is A and B, family 2 is E and F.
 * - A: 2021-01-15, 2021-06-10, 2022-06-10 (exactly 12 months after its last: within 12).
 * - B: 2021-06-10, 2022-06-11 (12 months and a day: within 13, not 12).
 * - C: 2020-06-01, 2022-06-15 (24 months and 14 days: within 25 only).
 * - D: 2022-06-20 only (never a re-referral).
 * - E, F: 2022-01-10, both again 2022-06-05 (a sibling group of two within 12).
 * - G: 2021-03-31, 2022-03-31; H: 2021-02-28, 2022-03-01 (month ends: G within 12, H not).
 */
const REFERRALS: [string, string, string[]][] = [
  ['A', 'F1', ['2021-01-15', '2021-06-10', '2022-06-10']],
  ['B', 'F1', ['2021-06-10', '2022-06-11']],
  ['C', 'F3', ['2020-06-01', '2022-06-15']],
  ['D', 'F4', ['2022-06-20']],
  ['E', 'F2', ['2022-01-10', '2022-06-05']],
  ['F', 'F2', ['2022-01-10', '2022-06-05']],
  ['G', 'F5', ['2021-03-31', '2022-03-31']],
  ['H', 'F6', ['2021-02-28', '2022-03-01']],
];

/** The hand-made referrals (and their coverage) in a fixture database of their own. */
function writeFixture(backend: Backend) {
  let n = 0;
  const referrals = REFERRALS.flatMap(([child, family, dates]) =>
    dates.map((referralDate) =>
      Object.assign(new ReferralRecord(), {
        id: `R${(n += 1)}`,
        childId: `${HARTLEPOOL}-${child}`,
        familyId: `${HARTLEPOOL}-${family}`,
        authorityCode: HARTLEPOOL,
        referralDate,
        source: 'SCHOOL',
      }),
    ),
  );
  const coverage = Object.assign(new RecordCoverageRecord(), {
    authorityCode: HARTLEPOOL,
    records: 'referrals',
    recordsFrom: '2019-04-01',
    recordsTo: '2023-03-31',
  });
  return fixtureDatabase(definition, backend, 're-referrals', [
    [RecordCoverageRecord, [coverage]],
    [ReferralRecord, referrals],
  ]);
}

const REFERRAL_QUERY = `query ($r: [_Any!]!, $period: Period!, $months: Int!) { _entities(representations: $r) {
  ... on LocalAuthority {
    referrals(period: $period, reReferralWindowMonths: $months) { total { value } reReferralRate { value numerator denominator } }
    childrenReReferred(period: $period, reReferralWindowMonths: $months) {
      total { value } breakdown(by: IN_SIBLING_GROUP) { key figure { value } }
      siblingGroups { value } largestSiblingGroup { value } } } } }`;

describe.each(backends())('early help subgraph on %s', (backend) => {
  describe('re-referrals on hand-made referrals', () => {
    let subgraph: SubgraphHarness;
    beforeAll(async () => {
      subgraph = await subgraphHarness(definition, backend, await writeFixture(backend));
    });
    afterAll(() => subgraph?.stop());

    async function june(months: number, period = '2022-06') {
      const result = await subgraph.execute(REFERRAL_QUERY, { r: [rep(HARTLEPOOL)], period, months }, ANALYST);
      expect(result.errors).toBeUndefined();
      return result.data!._entities[0];
    }

    it.each([
      // window, re-referrals of June's 6 referrals, children in sibling groups, groups, largest
      [12, 3, 2, 1, 2],
      [13, 4, 4, 2, 2],
      [24, 4, 4, 2, 2],
      [25, 5, 4, 2, 2],
    ])(
      'counts June 2022 with a %i-month window as the referrals say',
      async (months, re, inGroups, groups, largest) => {
        const la = await june(months);
        expect(la.referrals.total.value).toBe(6);
        expect(la.referrals.reReferralRate).toEqual({
          value: Math.round((re / 6) * 1000) / 10,
          numerator: re,
          denominator: 6,
        });
        expect(la.childrenReReferred.total.value).toBe(re);
        expect(la.childrenReReferred.breakdown).toEqual([
          { key: 'YES', figure: { value: inGroups } },
          { key: 'NO', figure: { value: re - inGroups } },
        ]);
        expect(la.childrenReReferred.siblingGroups.value).toBe(groups);
        expect(la.childrenReReferred.largestSiblingGroup.value).toBe(largest);
      },
    );

    it('counts a referral on the same day of the month twelve months on, but not the day after, on month ends too', async () => {
      const march = await june(12, '2022-03');
      expect(march.referrals.reReferralRate.numerator).toBe(1); // G; not H (12 months and a day)
    });

    it('is NO_DATA when the window reaches back before the records', async () => {
      const result = await subgraph.execute(
        REFERRAL_QUERY,
        { r: [rep(HARTLEPOOL)], period: '2022-06', months: 40 },
        ANALYST,
      );
      expect(result.data!._entities[0].referrals.total).toEqual({ value: null });
    });

    it.each([0, -3, 121])('refuses a window of %i months, naming the argument', async (months) => {
      const result = await subgraph.execute(REFERRAL_QUERY, { r: [rep(HARTLEPOOL)], period: '2022-06', months });
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].message).toMatch(
        /Argument "reReferralWindowMonths".*whole number of months from 1 to 120/,
      );
    });
  });

  describe('on the seeded councils', () => {
    let subgraph: SubgraphHarness;
    beforeAll(async () => {
      subgraph = await subgraphHarness(definition, backend);
    });
    afterAll(() => subgraph.stop());

    const FIGURES = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on LocalAuthority {
      contacts(period: "2021-22") { total { value } progressedToEarlyHelp { value } breakdown(by: SOURCE) { key figure { value } } }
      referrals(period: "2021-22") { reReferralRate { value } }
      earlyHelpEpisodes(at: "2022-03-31") { total { value } breakdown(by: LEAD) { key figure { value } } }
      youngCarersSupported(period: "2021-22") { rows(by: [AGE_BAND, HOURS_BAND]) { ageBand hoursBand value } }
      edgeOfCareYoungPeopleSupported(period: "2021-22") { remainedAtHome { value } } } } }`;

    it('costs the same SQL statements for nine councils as for one (no N+1 in _entities)', async () => {
      const board: Viewer = { kind: 'BOARD_MEMBER', regionCode: 'X', authorityCodes: PILOT_COUNCILS };
      const one = await subgraph.statementsFor(FIGURES, { r: [rep(HARTLEPOOL)] }, board);
      const nine = await subgraph.statementsFor(FIGURES, { r: PILOT_COUNCILS.map(rep) }, board);
      expect(nine).toBe(one);
    });

    it('reads re-referred children once for their total, split and sibling groups (coverage, then one statement)', async () => {
      const query = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on LocalAuthority {
        childrenReReferred(period: "2022-06") { total { value } breakdown(by: IN_SIBLING_GROUP) { key } siblingGroups { value } largestSiblingGroup { value } } } } }`;
      expect(await subgraph.statementsFor(query, { r: [rep(HARTLEPOOL)] })).toBe(2);
    });

    it('counts contacts progressing to early help as SQL written here does', async () => {
      const [row]: { n: unknown; eh: unknown }[] = await subgraph.database.dataSource.query(
        `SELECT COUNT(*) AS n, SUM(CASE WHEN outcome = 'EARLY_HELP' THEN 1 ELSE 0 END) AS eh FROM contact
         WHERE authority_code = ? AND contact_date BETWEEN '2021-04-01' AND '2022-03-31'`,
        [HARTLEPOOL],
      );
      const result = await subgraph.execute(FIGURES, { r: [rep(HARTLEPOOL)] }, EXACT_VIEWER);
      const contacts = result.data!._entities[0].contacts;
      expect(contacts.total.value).toBe(Number(row.n));
      expect(contacts.progressedToEarlyHelp.value).toBe(Math.round((Number(row.eh) / Number(row.n)) * 1000) / 10);
    });

    it('gives the young carers age × hours table cell by cell as SQL written here does, for a board member', async () => {
      const board: Viewer = { kind: 'BOARD_MEMBER', regionCode: 'T4C', authorityCodes: ['E10000028'] };
      const result = await subgraph.execute(FIGURES, { r: [rep('E10000028')] }, board);
      const rows: { ageBand: string; hoursBand: string; value: number }[] =
        result.data!._entities[0].youngCarersSupported.rows;
      const records: { dob: string; start: string; hours: unknown }[] = await subgraph.database.dataSource.query(
        `SELECT date_of_birth AS dob, start_date AS start, hours_per_week AS hours FROM young_carer
         WHERE authority_code = 'E10000028' AND start_date <= '2022-03-31' AND (end_date IS NULL OR end_date >= '2021-04-01')`,
      );
      const age = (dob: string, at: string) =>
        Number(at.slice(0, 4)) - Number(dob.slice(0, 4)) - (at.slice(5) < dob.slice(5) ? 1 : 0);
      const band = (a: number) => (a < 1 ? 'under 1' : a <= 4 ? '1-4' : a <= 9 ? '5-9' : a <= 15 ? '10-15' : '16+');
      const hours = (h: number) => (h <= 10 ? '0-10' : h <= 30 ? '11-30' : '31+');
      const expected = new Map<string, number>();
      for (const r of records) {
        const key = `${band(age(r.dob, r.start))}|${hours(Number(r.hours))}`;
        expected.set(key, (expected.get(key) ?? 0) + 1);
      }
      expect(new Map(rows.map((r) => [`${r.ageBand}|${r.hoursBand}`, r.value]))).toEqual(expected);
    });

    it("splits Staffordshire's young carers by district as SQL written here does (the records carry one)", async () => {
      const board: Viewer = { kind: 'BOARD_MEMBER', regionCode: 'T4C', authorityCodes: ['E10000028'] };
      const result = await subgraph.execute(
        `query ($r: [_Any!]!) { _entities(representations: $r) { ... on LocalAuthority {
          youngCarersSupported(period: "2022-23") { total { value } breakdown(by: DISTRICT) { key figure { value } } } } } }`,
        { r: [rep('E10000028')] },
        board,
      );
      const carers = result.data!._entities[0].youngCarersSupported;
      const rows: { d: string; n: unknown }[] = await subgraph.database.dataSource.query(
        `SELECT district_code AS d, COUNT(*) AS n FROM young_carer WHERE authority_code = 'E10000028'
         AND start_date <= '2023-03-31' AND (end_date IS NULL OR end_date >= '2022-04-01') GROUP BY district_code`,
      );
      const byDistrict = Object.fromEntries(rows.map((r) => [r.d, Number(r.n)]));
      expect(Object.keys(byDistrict)).toHaveLength(8);
      for (const cell of carers.breakdown)
        expect([cell.key, cell.figure.value]).toEqual([cell.key, byDistrict[cell.key] ?? 0]);
      expect(carers.total.value).toBe(rows.reduce((s, r) => s + Number(r.n), 0));
    });

    it.each([
      ['hoursBands', '["0-10", "5-20"]', /Argument "hoursBands".*"5-20" overlaps the band before it/],
      ['hoursBands', '["0-10", "12-30"]', /Argument "hoursBands".*"12-30" leaves a gap/],
      ['hoursBands', '["0-200"]', /Argument "hoursBands".*at most 168/],
      ['ageBands', '["1-4"]', /Argument "ageBands".*should start at age 0/],
    ])('refuses %s %s with a coded error naming the argument', async (argument, bands, message) => {
      const result = await subgraph.execute(
        `query ($r: [_Any!]!) { _entities(representations: $r) { ... on LocalAuthority {
          youngCarersSupported(period: "2021-22") { breakdown(by: ${argument === 'hoursBands' ? 'HOURS_BAND' : 'AGE_BAND'}, ${argument}: ${bands}) { key } } } } }`,
        { r: [rep('E10000028')] },
      );
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].message).toMatch(message);
    });

    it.each([
      [
        'contacts(period: "2021-22", outcome: "ADOPTED")',
        /Argument "outcome" names an unknown code "ADOPTED".*EARLY_HELP/,
      ],
      ['edgeOfCareYoungPeople(at: "2022-03-31", service: "NOWHERE")', /Argument "service".*NO_WRONG_DOOR/],
      [
        'contacts(period: "2022-06") { progressedToEarlyHelpQuarterlyMean { value } }',
        /Argument "period".*whole quarters/,
      ],
    ])('refuses %s with a coded error naming the argument', async (field, message) => {
      const selection = field.includes('{') ? field : `${field} { total { value } }`;
      const result = await subgraph.execute(
        `query ($r: [_Any!]!) { _entities(representations: $r) { ... on LocalAuthority { ${selection} } } }`,
        { r: [rep(HARTLEPOOL)] },
      );
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].message).toMatch(message);
    });

    it('gives NO_DATA, not zero, for young carers before the services began and for a survey no council ran', async () => {
      const result = await subgraph.execute(
        `query ($r: [_Any!]!) { _entities(representations: $r) { ... on LocalAuthority {
          youngCarersSupported(period: "2020-21") { total { value suppressionReason } }
          youthSurveyResponses(period: "2021-22") { total { value suppressionReason } } } } }`,
        { r: [rep(HARTLEPOOL)] },
      );
      const [la] = result.data!._entities;
      expect(la.youngCarersSupported.total).toEqual({ value: null, suppressionReason: 'NO_DATA' });
      expect(la.youthSurveyResponses.total).toEqual({ value: null, suppressionReason: 'NO_DATA' });
    });
  });
});

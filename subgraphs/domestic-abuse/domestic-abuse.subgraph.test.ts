import { GraphQLObjectType, isObjectType } from 'graphql';
import { Backend, backends } from '../../tests/support/backends';
import { fixtureDatabase } from '../../tests/support/fixture-database';
import { SubgraphHarness, subgraphHarness } from '../../tests/support/subgraph-harness';
import { Viewer } from '../platform/identity';
import {
  DomesticAbuseReferralRecord,
  MaracCaseRecord,
  RecordCoverageRecord,
  SafeAccommodationSupportRecord,
} from './entities';
import { subgraph as definition } from './domestic-abuse.subgraph';

const STAFFS = 'E10000028';
const [CANNOCK, LICHFIELD, TAMWORTH] = ['E07000192', 'E07000194', 'E07000199'];
const BOARD: Viewer = { kind: 'BOARD_MEMBER', regionCode: 'T4C', authorityCodes: [STAFFS, 'E06000021'] };
const ANALYST: Viewer = { kind: 'ANALYST', authorityCode: STAFFS, subject: 'fixture-analyst' };
const la = (code: string) => ({ __typename: 'LocalAuthority', code, name: 'Staffordshire' });
const district = (code: string) => ({
  __typename: 'District',
  code,
  name: code,
  authority: { code: STAFFS, name: 'Staffordshire' },
});

/**
 * Hand-made victim referrals to Staffordshire, so every count below is worked out by hand:
 * - Cannock: 3 in Q4 2019-20, 5 in Q3 2020-21, 8 in Q4 2020-21 (6 accepted, 5 of them supported;
 *   1 duplicate, 1 out of area) and one enquiry in Q4 2020-21.
 * - Lichfield: 2 in Q3 2020-21, 1 in Q4 2020-21 (accepted, not supported).
 * - Tamworth: 6 in Q4 2020-21 (all accepted, 3 supported).
 */
type Spec = [district: string, date: string, accepted: boolean, supported: boolean, reason?: 'DUP' | 'OOA'];
const SPECS: Spec[] = [
  ...Array.from({ length: 3 }, (): Spec => [CANNOCK, '2020-02-10', true, true]),
  ...Array.from({ length: 5 }, (): Spec => [CANNOCK, '2020-11-05', true, true]),
  ...Array.from({ length: 5 }, (): Spec => [CANNOCK, '2021-02-01', true, true]),
  [CANNOCK, '2021-03-31', true, false],
  [CANNOCK, '2021-01-01', false, false, 'DUP'],
  [CANNOCK, '2021-01-15', false, false, 'OOA'],
  [LICHFIELD, '2020-10-01', true, true],
  [LICHFIELD, '2020-12-31', true, false],
  [LICHFIELD, '2021-03-01', true, false],
  ...Array.from({ length: 3 }, (): Spec => [TAMWORTH, '2021-02-20', true, true]),
  ...Array.from({ length: 3 }, (): Spec => [TAMWORTH, '2021-02-21', true, false]),
];

function writeFixture(backend: Backend) {
  const referral = (spec: Spec, i: number, unit = 'REFERRAL') =>
    Object.assign(new DomesticAbuseReferralRecord(), {
      id: `R${i}`,
      authorityCode: STAFFS,
      districtCode: spec[0],
      service: 'VICTIM',
      ageGroup: 'ADULT',
      receivedDate: spec[1],
      source: 'POLICE',
      unit,
      isDuplicate: spec[4] === 'DUP',
      isOutOfArea: spec[4] === 'OOA',
      isInappropriate: false,
      accepted: spec[2],
      supported: spec[3],
      supportLevel: spec[3] ? 'TARGETED' : null,
      riskLevel: spec[2] ? 'MEDIUM' : null,
    });
  const referrals = [
    ...SPECS.map((s, i) => referral(s, i)),
    referral([CANNOCK, '2021-03-02', true, true], SPECS.length, 'ENQUIRY'),
  ];
  const coverage = Object.assign(new RecordCoverageRecord(), {
    authorityCode: STAFFS,
    records: 'referrals',
    recordsFrom: '2019-04-01',
    recordsTo: '2021-03-31',
  });
  return fixtureDatabase(definition, backend, 'funnel', [
    [RecordCoverageRecord, [coverage]],
    [DomesticAbuseReferralRecord, referrals],
  ]);
}

const DISTRICT_QUERY = `query ($r: [_Any!]!, $period: Period!) { _entities(representations: $r) { ... on District {
  domesticAbuseReferrals(period: $period, service: "VICTIM", unit: "REFERRAL") {
    total { value suppressionReason }
    accepted { value suppressionReason }
    change { earlierPeriod earlier { value } change { value suppressionReason } percentChange { value } }
    lastYear: change(against: SAME_PERIOD_PREVIOUS_YEAR) { earlierPeriod earlier { value } change { value } percentChange { value } }
  } } } }`;

const cells = (list: { key: string; figure: { value: number | null } }[]) =>
  Object.fromEntries(list.map((c) => [c.key, c.figure.value]));

describe.each(backends())('domestic abuse subgraph on %s', (backend) => {
  describe('the funnel and the change on hand-made referrals', () => {
    let subgraph: SubgraphHarness;
    beforeAll(async () => {
      subgraph = await subgraphHarness(definition, backend, await writeFixture(backend));
    });
    afterAll(() => subgraph?.stop());

    async function districts(codes: string[], period = '2020-21-Q4', viewer: Viewer = BOARD) {
      const result = await subgraph.execute(DISTRICT_QUERY, { r: codes.map(district), period }, viewer);
      expect(result.errors).toBeUndefined();
      return result.data!._entities.map((d: { domesticAbuseReferrals: unknown }) => d.domesticAbuseReferrals);
    }

    it('gives each district its count and the change on the previous quarter and on a year before', async () => {
      const [cannock, lichfield, tamworth] = await districts([CANNOCK, LICHFIELD, TAMWORTH]);
      expect(cannock.total.value).toBe(8);
      expect(cannock.change).toEqual({
        earlierPeriod: '2020-21-Q3',
        earlier: { value: 5 },
        change: { value: 3, suppressionReason: null },
        percentChange: { value: 60 },
      });
      expect(cannock.lastYear).toEqual({
        earlierPeriod: '2019-20-Q4',
        earlier: { value: 3 },
        change: { value: 5 },
        percentChange: { value: 166.7 },
      });
      expect(lichfield.total.value).toBe(1);
      expect(lichfield.change.change.value).toBe(-1);
      expect(lichfield.change.percentChange.value).toBe(-50);
      expect(tamworth.change.earlier.value).toBe(0);
      expect(tamworth.change.change.value).toBe(6);
      // No percentage of nothing.
      expect(tamworth.change.percentChange.value).toBeNull();
    });

    it('compares with any earlier period, and refuses one that is not earlier, naming the argument', async () => {
      const ask = (args: string) =>
        subgraph.execute(
          `query ($r: [_Any!]!) { _entities(representations: $r) { ... on LocalAuthority {
            domesticAbuseReferrals(period: "2020-21-Q4", service: "VICTIM", unit: "REFERRAL") {
              change(${args}) { earlierPeriod earlier { value } change { value } } } } } }`,
          { r: [la(STAFFS)] },
          BOARD,
        );
      const q3 = await ask('earlierPeriod: "2020-10/2020-12"');
      expect(q3.data!._entities[0].domesticAbuseReferrals.change).toEqual({
        earlierPeriod: '2020-10/2020-12',
        earlier: { value: 7 },
        change: { value: 8 },
      });
      for (const [args, argument, words] of [
        ['earlierPeriod: "2021-22-Q1"', 'earlierPeriod', /ends before the period compared starts/],
        ['earlierPeriod: "2020-21"', 'earlierPeriod', /ends before the period compared starts/],
        ['against: PREVIOUS_PERIOD, earlierPeriod: "2019-20"', 'against', /not both/],
        ['earlierPeriod: "2020-21-Q5"', 'earlierPeriod', /quarter/],
      ] as const) {
        const result = await ask(args);
        expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
        expect(result.errors?.[0].message).toMatch(words);
        expect(result.errors?.[0].message).toContain(`Argument "${argument}"`);
      }
    });

    it('gives the funnel received → accepted → supported with its shares', async () => {
      const result = await subgraph.execute(
        `query ($r: [_Any!]!) { _entities(representations: $r) { ... on LocalAuthority {
          referrals: domesticAbuseReferrals(period: "2020-21-Q4", service: "VICTIM", unit: "REFERRAL") {
            total { value } accepted { value } acceptedShare { value numerator denominator }
            supported { value } supportedShare { value numerator denominator } supportedShareOfReceived { value }
            breakdown(by: NOT_ACCEPTED_REASON) { key figure { value } } }
          all: domesticAbuseReferrals(period: "2020-21-Q4") { total { value } } } } }`,
        { r: [la(STAFFS)] },
        BOARD,
      );
      expect(result.errors).toBeUndefined();
      const { referrals, all } = result.data!._entities[0];
      // Received 8 + 1 + 6; accepted 6 + 1 + 6; supported 5 + 0 + 3.
      expect(referrals.total.value).toBe(15);
      expect(referrals.accepted.value).toBe(13);
      expect(referrals.acceptedShare).toEqual({ value: 86.7, numerator: 13, denominator: 15 });
      expect(referrals.supported.value).toBe(8);
      expect(referrals.supportedShare).toEqual({ value: 61.5, numerator: 8, denominator: 13 });
      expect(referrals.supportedShareOfReceived.value).toBe(53.3);
      expect(referrals.breakdown).toEqual([
        { key: 'NONE', figure: { value: 13 } },
        { key: 'DUPLICATE', figure: { value: 1 } },
        { key: 'OUT_OF_AREA', figure: { value: 1 } },
        { key: 'INAPPROPRIATE', figure: { value: 0 } },
      ]);
      // Enquiries count only when every unit is asked for.
      expect(all.total.value).toBe(16);
    });

    it("hides a district's small count from an anonymous caller exactly as the council's split by district does", async () => {
      const [cannock, lichfield, tamworth] = await districts([CANNOCK, LICHFIELD, TAMWORTH], '2020-21-Q4', {
        kind: 'ANONYMOUS',
      });
      const split = await subgraph.execute(
        `query ($r: [_Any!]!) { _entities(representations: $r) { ... on LocalAuthority {
          domesticAbuseReferrals(period: "2020-21-Q4", service: "VICTIM", unit: "REFERRAL") {
            total { value } breakdown(by: DISTRICT) { key figure { value suppressionReason } } } } } }`,
        { r: [la(STAFFS)] },
      );
      const cells = Object.fromEntries(
        split.data!._entities[0].domesticAbuseReferrals.breakdown.map(
          (c: { key: string; figure: { value: number | null; suppressionReason: string | null } }) => [c.key, c.figure],
        ),
      );
      expect(cells[LICHFIELD]).toEqual({ value: null, suppressionReason: 'CONFIDENTIAL' });
      // Lichfield alone would be the total less the rest: the smallest other count (Tamworth's 6) is hidden too.
      expect(cells[TAMWORTH]).toEqual({ value: null, suppressionReason: 'CONFIDENTIAL' });
      // Shown counts are rounded to the nearest 5 for an anonymous caller: Cannock's 8 is 10.
      expect(cells[CANNOCK]).toEqual({ value: 10, suppressionReason: null });
      expect(lichfield.total).toEqual(cells[LICHFIELD]);
      expect(tamworth.total).toEqual(cells[TAMWORTH]);
      expect(cannock.total).toEqual(cells[CANNOCK]);
      // A change would give a hidden count away with the shown one.
      expect(lichfield.change.change).toEqual({ value: null, suppressionReason: 'CONFIDENTIAL' });
      expect(tamworth.change.change).toEqual({ value: null, suppressionReason: 'CONFIDENTIAL' });
      // So would a step of the funnel: Tamworth accepted all 6 of its referrals.
      expect(tamworth.accepted).toEqual({ value: null, suppressionReason: 'CONFIDENTIAL' });
      expect(lichfield.accepted).toEqual({ value: null, suppressionReason: 'CONFIDENTIAL' });
      expect(cannock.accepted).toEqual({ value: 5, suppressionReason: null }); // 6, rounded
    });

    it("gives the council's own analyst no small number either: the records never leave the subgraph", async () => {
      const [lichfield] = await districts([LICHFIELD], '2020-21-Q4', ANALYST);
      expect(lichfield.total).toEqual({ value: null, suppressionReason: 'CONFIDENTIAL' });
      const finest = await subgraph.execute(
        `query ($r: [_Any!]!) { _entities(representations: $r) { ... on LocalAuthority {
          domesticAbuseReferrals(period: "2021-02") {
            rows(by: [DISTRICT, AGE_GROUP, SOURCE, SUPPORT_LEVEL]) {
              value suppressionReason } } } } }`,
        { r: [la(STAFFS)] },
        ANALYST,
      );
      expect(finest.errors).toBeUndefined();
      const rows: { value: number | null }[] = finest.data!._entities[0].domesticAbuseReferrals.rows;
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(row.value === null || row.value > 4).toBe(true);
    });

    it('refuses to split a district again, naming the argument', async () => {
      const result = await subgraph.execute(
        `query ($r: [_Any!]!) { _entities(representations: $r) { ... on District {
          domesticAbuseReferrals(period: "2020-21-Q4") { breakdown(by: SOURCE) { key } } } } }`,
        { r: [district(CANNOCK)] },
        BOARD,
      );
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'by' });
      expect(result.errors?.[0].message).toMatch(/split the council's domesticAbuseReferrals by DISTRICT/);
    });

    it('refuses an unknown service, naming the argument and the codes', async () => {
      const result = await subgraph.execute(
        `query ($r: [_Any!]!) { _entities(representations: $r) { ... on LocalAuthority {
          domesticAbuseReferrals(period: "2020-21-Q4", service: "VICTIMS") { total { value } } } } }`,
        { r: [la(STAFFS)] },
      );
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].message).toMatch(/Argument "service".*"VICTIMS".*VICTIM, PERPETRATOR/);
    });
  });

  describe("the national returns' shapes on hand-made records", () => {
    let subgraph: SubgraphHarness;
    beforeAll(async () => {
      const covered = (records: string) =>
        Object.assign(new RecordCoverageRecord(), {
          authorityCode: STAFFS,
          records,
          recordsFrom: '2020-04-01',
          recordsTo: '2021-03-31',
        });
      // Cannock: 3 cases (1 a repeat; 2, 0 and 3 children); Tamworth: 6 cases, 1 child each.
      const cases = [
        ...[2, 0, 3].map((children, i) => [CANNOCK, i === 0, children] as const),
        ...Array.from({ length: 6 }, () => [TAMWORTH, false, 1] as const),
      ].map(([districtCode, isRepeat, children], i) =>
        Object.assign(new MaracCaseRecord(), {
          id: `M${i}`,
          authorityCode: STAFFS,
          districtCode,
          heardDate: '2021-02-10',
          isRepeat,
          children,
          source: 'POLICE',
        }),
      );
      // Refuge: 3 households (one turned away); sanctuary scheme: 2 (one ended before the quarter).
      const support = (
        [
          ['REFUGE', '2021-01-05', null, false],
          ['REFUGE', '2020-11-01', '2021-01-31', false],
          ['REFUGE', '2021-03-01', '2021-03-01', true],
          ['SANCTUARY_SCHEME', '2021-02-01', null, false],
          ['SANCTUARY_SCHEME', '2020-06-01', '2020-12-31', false],
        ] as const
      ).map(([accommodationType, startDate, endDate, declinedForCapacity], i) =>
        Object.assign(new SafeAccommodationSupportRecord(), {
          id: `S${i}`,
          authorityCode: STAFFS,
          accommodationType,
          startDate,
          endDate,
          children: 1,
          declinedForCapacity,
        }),
      );
      const target = await fixtureDatabase(definition, backend, 'shapes', [
        [RecordCoverageRecord, [covered('marac'), covered('safe_accommodation')]],
        [MaracCaseRecord, cases],
        [SafeAccommodationSupportRecord, support],
      ]);
      subgraph = await subgraphHarness(definition, backend, target);
    });
    afterAll(() => subgraph?.stop());

    it('counts MARAC cases and safe-accommodation support as the records say', async () => {
      const result = await subgraph.execute(
        `query ($r: [_Any!]!) { _entities(representations: $r) { ... on LocalAuthority {
          maracCases(period: "2020-21-Q4") { total { value } childrenInHouseholds { value } breakdown(by: REPEAT) { key figure { value } } }
          safeAccommodationSupport(period: "2020-21-Q4") { total { value } breakdown(by: ACCOMMODATION_TYPE) { key figure { value } } }
        } } }`,
        { r: [la(STAFFS)] },
        BOARD,
      );
      expect(result.errors).toBeUndefined();
      const { maracCases, safeAccommodationSupport } = result.data!._entities[0];
      expect(maracCases.total.value).toBe(9);
      expect(maracCases.childrenInHouseholds.value).toBe(11);
      expect(maracCases.breakdown).toEqual([
        { key: 'YES', figure: { value: 1 } },
        { key: 'NO', figure: { value: 8 } },
      ]);
      expect(safeAccommodationSupport.total.value).toBe(4);
      expect(cells(safeAccommodationSupport.breakdown)).toMatchObject({ REFUGE: 3, SANCTUARY_SCHEME: 1, DISPERSED: 0 });
      const [tamworth] = (
        await subgraph.execute(
          `query ($r: [_Any!]!) { _entities(representations: $r) { ... on District { maracCases(period: "2020-21-Q4") { total { value } } } } }`,
          { r: [district(TAMWORTH)] },
          BOARD,
        )
      ).data!._entities;
      expect(tamworth.maracCases.total.value).toBe(6);
    });
  });

  describe('on the seeded area', () => {
    let subgraph: SubgraphHarness;
    beforeAll(async () => {
      subgraph = await subgraphHarness(definition, backend);
    });
    afterAll(() => subgraph?.stop());

    const DISTRICT_FIGURES = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on District {
      victims: domesticAbuseReferrals(period: "2020-21-Q4", service: "VICTIM", unit: "REFERRAL") {
        total { value } change { change { value } } accepted { value } supportedShare { value } }
      perpetrators: domesticAbuseReferrals(period: "2020-21-Q4", service: "PERPETRATOR", unit: "REFERRAL") {
        total { value } change { change { value } } } } } }`;
    const COUNCIL_FIGURES = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on LocalAuthority {
      domesticAbuseReferrals(period: "2020-21-Q4", service: "VICTIM") {
        total { value } change { percentChange { value } } supportedShare { value } shares(by: SOURCE) { key figure { value } } }
      domesticAbuseSatisfaction(period: "2020-21-Q4") { breakdown(by: SUPPORT_LEVEL) { key figure { value } } }
      domesticHomicideReviews(at: "2021-07-06") { breakdown(by: STAGE) { key figure { value } } } } } }`;
    const DISTRICTS = [
      'E07000192',
      'E07000193',
      'E07000194',
      'E07000195',
      'E07000196',
      'E07000197',
      'E07000198',
      'E07000199',
    ];

    it('costs the same SQL statements for eight districts as for one, and for two councils as for one', async () => {
      const one = await subgraph.statementsFor(DISTRICT_FIGURES, { r: [district(DISTRICTS[0])] }, BOARD);
      const eight = await subgraph.statementsFor(DISTRICT_FIGURES, { r: DISTRICTS.map(district) }, BOARD);
      expect(eight).toBe(one);
      const council = await subgraph.statementsFor(COUNCIL_FIGURES, { r: [la(STAFFS)] }, BOARD);
      const both = await subgraph.statementsFor(
        COUNCIL_FIGURES,
        { r: [la(STAFFS), { __typename: 'LocalAuthority', code: 'E06000021', name: 'Stoke-on-Trent' }] },
        BOARD,
      );
      expect(both).toBe(council);
    });

    it("counts each district's Q4 victim referrals and their change as SQL written here does", async () => {
      const result = await subgraph.execute(DISTRICT_FIGURES, { r: DISTRICTS.map(district) }, BOARD);
      const rows: { d: string; q: string; n: unknown }[] = await subgraph.database.dataSource.query(
        `SELECT district_code AS d, CASE WHEN received_date >= '2021-01-01' THEN 'Q4' ELSE 'Q3' END AS q, COUNT(*) AS n
         FROM referral WHERE authority_code = ? AND service = 'VICTIM' AND unit = 'REFERRAL'
         AND received_date BETWEEN '2020-10-01' AND '2021-03-31' GROUP BY district_code, CASE WHEN received_date >= '2021-01-01' THEN 'Q4' ELSE 'Q3' END`,
        [STAFFS],
      );
      const count = (d: string, q: string) => Number(rows.find((r) => r.d === d && r.q === q)?.n ?? 0);
      DISTRICTS.forEach((code, i) => {
        const victims = result.data!._entities[i].victims;
        expect([code, victims.total.value]).toEqual([code, count(code, 'Q4')]);
        expect([code, victims.change.change.value]).toEqual([code, count(code, 'Q4') - count(code, 'Q3')]);
      });
    });

    it('is NO_DATA, not zero, for a council whose domestic abuse records the hub does not hold', async () => {
      const result = await subgraph.execute(
        `query ($r: [_Any!]!) { _entities(representations: $r) { ... on LocalAuthority {
          domesticAbuseReferrals(period: "2020-21-Q4") { total { value suppressionReason } }
          domesticHomicideReviews(at: "2021-07-06") { total { value suppressionReason } }
          maracCases(period: "2020-21-Q4") { total { value suppressionReason } } } } }`,
        { r: [{ __typename: 'LocalAuthority', code: 'E06000003', name: 'Redcar and Cleveland' }, la('E06000021')] },
        BOARD,
      );
      const [redcar, stoke] = result.data!._entities;
      expect(redcar.domesticAbuseReferrals.total).toEqual({ value: null, suppressionReason: 'NO_DATA' });
      // Stoke-on-Trent's reviews are its own partnership's: Staffordshire's paper counts them out.
      expect(stoke.domesticHomicideReviews.total).toEqual({ value: null, suppressionReason: 'NO_DATA' });
      // No MARAC cases are seeded: the papers publish none.
      expect(stoke.maracCases.total).toEqual({ value: null, suppressionReason: 'NO_DATA' });
    });

    it('offers no query, type or field that returns a domestic abuse record', async () => {
      const schema = await definition.buildSchema();
      expect(Object.keys(schema.getQueryType()!.getFields()).sort()).toEqual(['_entities', '_service']);
      const recordColumns = ['id', 'receivedDate', 'responseDate', 'notifiedDate', 'personId', 'childId'];
      for (const type of Object.values(schema.getTypeMap())) {
        if (!isObjectType(type) || type.name.startsWith('__')) continue;
        for (const field of Object.keys((type as GraphQLObjectType).getFields()))
          expect(`${type.name}.${field}`).not.toMatch(new RegExp(`\\.(${recordColumns.join('|')})$`));
      }
      expect(schema.getType('Child')).toBeUndefined();
    });
  });
});

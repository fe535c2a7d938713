import { backends } from '../../tests/support/backends';
import { fixtureDatabase } from '../../tests/support/fixture-database';
import { SubgraphHarness, subgraphHarness } from '../../tests/support/subgraph-harness';
import { Viewer } from '../platform/identity';
import { EhcPlanRecord, EhcRequestRecord, EducationCoverageRecord, PupilRecord } from './entities';
import { CODE, coverage, plan, pupil, request } from './education-fixtures';
import { subgraph as definition } from './education-send.subgraph';

/**
 * 20-week timeliness of new EHC plans, with and without exceptions, on hand-made records. Days
 * from each request to its plan, worked by hand: 3 January → 20 May 2022 is 28 + 28 + 31 + 30 + 20
 * = 137 days; → 23 May is 140 (exactly 20 weeks, within); → 24 May is 141 (late).
 */
const RECORDS = [pupil('P1'), pupil('P2'), pupil('P3'), pupil('P4'), pupil('P5'), pupil('P6'), pupil('P7')];
const REQUESTS = [
  request('R1', 'P1', '2022-01-03'),
  request('R2', 'P2', '2022-01-03'),
  request('R3', 'P3', '2022-01-03'),
  request('R4', 'P4', '2021-12-01'),
  request('R5', 'P5', '2022-02-01'),
  request('R7', 'P7', '2021-09-01'),
];
const PLANS = [
  plan('E1', 'P1', 'R1', '2022-05-20'), // 137 days: within
  plan('E2', 'P2', 'R2', '2022-05-23'), // 140 days: within
  plan('E3', 'P3', 'R3', '2022-05-24'), // 141 days: late
  plan('E4', 'P4', 'R4', '2022-06-10', true), // 191 days, an exception: late
  plan('E5', 'P5', 'R5', '2022-06-01', true), // 120 days, an exception: within
  plan('E6', 'P6', null, '2022-04-10'), // carried over: no request, not in timeliness
  plan('E7', 'P7', 'R7', '2022-03-31'), // before the quarter
];

const BOARD: Viewer = { kind: 'BOARD_MEMBER', regionCode: 'ATV', authorityCodes: [CODE] };
const QUERY = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on LocalAuthority {
  ehcNeedsAssessments(period: "2022-23-Q1") {
    plansIssued { total { value } }
    issuedWithin20Weeks { total { value numerator denominator unit suppressed } }
    issuedWithin20WeeksExcludingExceptions { total { value numerator denominator } }
  } } } }`;
const reps = [{ __typename: 'LocalAuthority', code: CODE }];

describe.each(backends())('EHC plans issued within 20 weeks on %s', (backend) => {
  let subgraph: SubgraphHarness;
  beforeAll(async () => {
    const target = await fixtureDatabase(definition, backend, 'ehc-fixtures', [
      [EducationCoverageRecord, [coverage('SEN2', '2019-01-01', '2022-12-31')]],
      [PupilRecord, RECORDS],
      [EhcRequestRecord, REQUESTS],
      [EhcPlanRecord, PLANS],
    ]);
    subgraph = await subgraphHarness(definition, backend, target);
  });
  afterAll(() => subgraph.stop());

  it('counts plans 1, 2 and 5 of the five new ones within, exceptions included: 60.0%', async () => {
    const result = await subgraph.execute(QUERY, { r: reps }, BOARD);
    expect(result.errors).toBeUndefined();
    const figures = result.data!._entities[0].ehcNeedsAssessments;
    expect(figures.plansIssued.total.value).toBe(6);
    expect(figures.issuedWithin20Weeks.total).toEqual({
      value: 60,
      numerator: 3,
      denominator: 5,
      unit: 'PERCENT',
      suppressed: false,
    });
  });

  it('leaves the two exceptions out for "excluding exceptions": plans 1 and 2 of 1, 2, 3 — 66.7%', async () => {
    const result = await subgraph.execute(QUERY, { r: reps }, BOARD);
    expect(result.data!._entities[0].ehcNeedsAssessments.issuedWithin20WeeksExcludingExceptions.total).toEqual({
      value: 66.7,
      numerator: 2,
      denominator: 3,
    });
  });

  it('suppresses the share for an anonymous caller: it rests on counts of 1 to 4', async () => {
    const result = await subgraph.execute(QUERY, { r: reps });
    expect(result.data!._entities[0].ehcNeedsAssessments.issuedWithin20Weeks.total).toMatchObject({
      value: null,
      suppressed: true,
    });
  });
});

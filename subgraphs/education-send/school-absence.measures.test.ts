import { backends } from '../../tests/support/backends';
import { fixtureDatabase } from '../../tests/support/fixture-database';
import { SubgraphHarness, subgraphHarness } from '../../tests/support/subgraph-harness';
import { Viewer } from '../platform/identity';
import { AttendanceRecord, EducationCoverageRecord, PupilRecord, VirtualSchoolChildRecord } from './entities';
import { attendance, CODE, coverage, onRoll, pupil } from './education-fixtures';
import { subgraph as definition } from './education-send.subgraph';

/**
 * Overall and persistent absence on five hand-made pupils in 2021/22 (sessions missed / possible):
 *   A  autumn 14/140 (10.0%)                                 primary
 *   B  autumn 13/140, spring 12/120 → 25/260 (9.6%)          primary, SEN support
 *   C  autumn 13/140, spring 13/120 → 26/260 (10.0%)         primary, in care (on the roll)
 *   D  autumn 0/140                                          primary
 *   E  autumn 70/140 (50%)                                   secondary, EHC plan
 * Persistent at 10%: A, C (over the year, though 9.3% in the autumn alone) and E.
 */
const CHILD = 'E06000003-C900001';
const RECORDS = {
  pupils: [pupil('A'), pupil('B'), pupil('C', CHILD), pupil('D'), pupil('E')],
  attendance: [
    attendance('A', '2021-09-02', 140, 14),
    attendance('B', '2021-09-02', 140, 13, 'PRIMARY', 'SEN_SUPPORT'),
    attendance('B', '2022-01-06', 120, 12, 'PRIMARY', 'SEN_SUPPORT'),
    attendance('C', '2021-09-02', 140, 13),
    attendance('C', '2022-01-06', 120, 13),
    attendance('D', '2021-09-02', 140, 0),
    attendance('E', '2021-09-02', 140, 70, 'SECONDARY', 'EHC_PLAN'),
  ],
};
const BOARD: Viewer = { kind: 'BOARD_MEMBER', regionCode: 'ATV', authorityCodes: [CODE] };
const reps = [{ __typename: 'LocalAuthority', code: CODE }];

describe.each(backends())('school absence on %s', (backend) => {
  let subgraph: SubgraphHarness;
  beforeAll(async () => {
    const target = await fixtureDatabase(definition, backend, 'absence-fixtures', [
      [
        EducationCoverageRecord,
        [coverage('SCHOOL_CENSUS', '2019-09-01', '2022-08-31'), coverage('VIRTUAL_SCHOOL', '2021-09-01', '2022-08-31')],
      ],
      [PupilRecord, RECORDS.pupils],
      [AttendanceRecord, RECORDS.attendance],
      [VirtualSchoolChildRecord, [onRoll(CHILD, '2021-01-01')]],
    ]);
    subgraph = await subgraphHarness(definition, backend, target);
  });
  afterAll(() => subgraph.stop());

  async function absence(args: string) {
    const result = await subgraph.execute(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on LocalAuthority {
        schoolAbsence(${args}) {
          pupils { value }
          overallAbsence { total { value numerator denominator } }
          persistentAbsence { total { value numerator denominator } breakdown(by: PHASE) { key figure { value } } }
        } } } }`,
      { r: reps },
      BOARD,
    );
    return result;
  }

  it('finds A, C and E persistently absent over the year (3 of 5, 60.0%), and 135 of 940 sessions missed (14.4%)', async () => {
    const result = await absence('period: "2021-09/2022-08"');
    expect(result.errors).toBeUndefined();
    const figures = result.data!._entities[0].schoolAbsence;
    expect(figures.pupils.value).toBe(5);
    // 14 + 25 + 26 + 0 + 70 = 135 of 140 + 260 + 260 + 140 + 140 = 940.
    expect(figures.overallAbsence.total).toEqual({ value: 14.4, numerator: 135, denominator: 940 });
    expect(figures.persistentAbsence.total).toEqual({ value: 60, numerator: 3, denominator: 5 });
    expect(figures.persistentAbsence.breakdown).toEqual([
      { key: 'PRIMARY', figure: { value: 50 } }, // A and C of A, B, C, D
      { key: 'SECONDARY', figure: { value: 100 } },
      { key: 'SPECIAL', figure: { value: null } },
    ]);
  });

  it('counts a pupil at exactly 10% as persistently absent, and judges each over the period asked (autumn: A and E)', async () => {
    const result = await absence('period: "2021-09/2021-12"');
    expect(result.data!._entities[0].schoolAbsence.persistentAbsence.total).toEqual({
      value: 40,
      numerator: 2,
      denominator: 5,
    });
  });

  it.each([
    [5, 4, 80], // B's 9.6% counts too
    [0, 5, 100], // everyone has missed at least 0%
    [50, 1, 20], // E alone
  ])('takes any threshold: %s%% → %s of 5', async (threshold, numerator, value) => {
    const result = await absence(`period: "2021-09/2022-08", threshold: ${threshold}`);
    expect(result.data!._entities[0].schoolAbsence.persistentAbsence.total).toEqual({
      value,
      numerator,
      denominator: 5,
    });
  });

  it('gives the cohorts asked for: SEND (B and E: E persistent), and children in care from the roll (C)', async () => {
    const send = await absence('period: "2021-09/2022-08", cohort: "SEND"');
    expect(send.data!._entities[0].schoolAbsence.persistentAbsence.total).toEqual({
      value: 50,
      numerator: 1,
      denominator: 2,
    });
    const inCare = await absence('period: "2021-09/2022-08", cohort: "LOOKED_AFTER"');
    expect(inCare.data!._entities[0].schoolAbsence.pupils.value).toBe(1);
    expect(inCare.data!._entities[0].schoolAbsence.overallAbsence.total).toEqual({
      value: 10,
      numerator: 26,
      denominator: 260,
    });
  });

  it('gives NO_DATA for children in care before the virtual school roll is held, not a zero', async () => {
    const result = await absence('period: "2020-09/2021-08", cohort: "LOOKED_AFTER"');
    expect(result.data!._entities[0].schoolAbsence.pupils.value).toBeNull();
  });

  it.each([
    ['period: "2021-09/2022-08", threshold: 101', 'threshold'],
    ['period: "2021-09/2022-08", threshold: -1', 'threshold'],
    ['period: "2021-09/2022-08", cohort: "FOSTERED"', 'cohort'],
    ['period: "2021-09/2022-13"', 'period'],
  ])('rejects %s with BAD_USER_INPUT naming "%s"', async (args, argument) => {
    const result = await absence(args);
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toContain(`Argument "${argument}"`);
  });
});

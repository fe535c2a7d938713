import { backends } from '../../tests/support/backends';
import { fixtureDatabase } from '../../tests/support/fixture-database';
import { SubgraphHarness, subgraphHarness } from '../../tests/support/subgraph-harness';
import { Viewer } from '../platform/identity';
import { EducationCoverageRecord, PersonalEducationPlanRecord, VirtualSchoolChildRecord } from './entities';
import { CODE, coverage, onRoll, pep } from './education-fixtures';
import { subgraph as definition } from './education-send.subgraph';

/**
 * PEP timeliness and quality on hand-made PEPs. Due in January 2022: on the 10th (completed that
 * day: in timescale), the 15th (completed the 14th: in), the 20th (the 21st: late), the 25th (not
 * completed) — 2 of 4, 50.0%. Due 5 February, completed 30 January: February 1 of 1, 100%.
 * Graded and completed in 2021-22: first grades AMBER, GREEN, AMBER, GOLD (amber 2 of 4, 50.0%);
 * the first amber was improved and regraded GREEN, so GREEN, GREEN, AMBER, GOLD now (good or
 * outstanding 3 of 4, 75.0%): the two shares add to 125%, as Redcar's do to 100.4%. One PEP of
 * 2020-21 (graded GREEN) is in the QA log, from before the tracker of every PEP due began.
 */
const K1 = 'E06000003-C900011';
const K2 = 'E06000003-C900012';
const PEPS = [
  pep('PEP1', K1, '2022-01-10', '2022-01-10', 'AMBER', 'GREEN'),
  pep('PEP2', K1, '2022-01-15', '2022-01-14', 'GREEN'),
  pep('PEP3', K2, '2022-01-20', '2022-01-21', 'AMBER'),
  pep('PEP4', K2, '2022-01-25', null),
  pep('PEP5', K2, '2022-02-05', '2022-01-30', 'GOLD'),
  // In the QA log before the tracker began.
  pep('PEP0', K1, '2020-11-01', '2020-10-20', 'GREEN'),
];
const BOARD: Viewer = { kind: 'BOARD_MEMBER', regionCode: 'ATV', authorityCodes: [CODE] };
const reps = [{ __typename: 'LocalAuthority', code: CODE }];

describe.each(backends())('personal education plans on %s', (backend) => {
  let subgraph: SubgraphHarness;
  beforeAll(async () => {
    const target = await fixtureDatabase(definition, backend, 'pep-fixtures', [
      [
        EducationCoverageRecord,
        [coverage('PEP', '2021-09-01', '2022-08-31'), coverage('PEP_QUALITY', '2018-04-01', '2022-08-31')],
      ],
      [VirtualSchoolChildRecord, [onRoll(K1, '2021-01-01'), onRoll(K2, '2021-06-01')]],
      [PersonalEducationPlanRecord, PEPS],
    ]);
    subgraph = await subgraphHarness(definition, backend, target);
  });
  afterAll(() => subgraph.stop());

  it('gives the share in timescale of the PEPs due each month: January 50.0%, February 100%', async () => {
    const result = await subgraph.execute(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on LocalAuthority {
        personalEducationPlansSeries(periods: ["2022-01", "2022-02"]) {
          period due { value } completedInTimescale { value numerator denominator } } } } }`,
      { r: reps },
      BOARD,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities[0].personalEducationPlansSeries).toEqual([
      { period: '2022-01', due: { value: 4 }, completedInTimescale: { value: 50, numerator: 2, denominator: 4 } },
      { period: '2022-02', due: { value: 1 }, completedInTimescale: { value: 100, numerator: 1, denominator: 1 } },
    ]);
  });

  it('reads amber by first grade and good or outstanding by grade now (50.0% and 75.0%, adding to 125%)', async () => {
    const result = await subgraph.execute(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on LocalAuthority {
        personalEducationPlans(period: "2021-22") {
          amber { value numerator denominator } goodOrOutstanding { value numerator denominator } } } } }`,
      { r: reps },
      BOARD,
    );
    expect(result.data!._entities[0].personalEducationPlans).toEqual({
      amber: { value: 50, numerator: 2, denominator: 4 },
      goodOrOutstanding: { value: 75, numerator: 3, denominator: 4 },
    });
  });

  it('gives NO_DATA for timeliness before the tracker began, though graded PEPs are held then', async () => {
    const result = await subgraph.execute(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on LocalAuthority {
        personalEducationPlans(period: "2020-21") {
          completedInTimescale { value suppressionReason } amber { value suppressionReason } } } } }`,
      { r: reps },
      BOARD,
    );
    expect(result.data!._entities[0].personalEducationPlans).toEqual({
      completedInTimescale: { value: null, suppressionReason: 'NO_DATA' },
      amber: { value: 0, suppressionReason: null },
    });
  });
});

import { parsePeriod } from '../../schema/vocabulary/period';
import { RequestContext } from '../platform/request-context';
import { authorityScope } from '../measures/figure-scope';
import { benchmarkPeriodOf, INDICATORS } from './data/timeliness-indicators';
import { MeasureValue } from '../measures/measure';
import { measureTotal } from '../measures/measure-figures';
import { flowIn } from '../measures/time';
import { ADOPTION_TIMELINESS } from './adoption-timeliness.measures';
import { Characteristic, JourneyRow } from './data/journey-row';
import { join } from 'node:path';
import { writeRecords } from '../../seed/shared/write-records';
import { Database, openDatabase } from '../platform/database';
import { projectRoot } from '../platform/project-root';
import { adoptionEntities } from './entities';
import { migrations } from './migrations';
import { AdoptionJourneyRecord } from './entities/adoption-journey.entity';
import { AuthorityCoverageRecord } from '../measures/coverage.entity';

function journeyRecordOf(row: JourneyRow): AdoptionJourneyRecord {
  return Object.assign(new AdoptionJourneyRecord(), row);
}

/**
 * The timeliness indicators on hand-worked journeys: each expected number below is worked out
 * from the dates by hand (days between dates), not by the code under test.
 */
function journey(id: string, dates: Partial<JourneyRow>): JourneyRow {
  return {
    id,
    childId: `E06000002-CA${id}`,
    authorityCode: 'E06000002',
    dateOfBirth: '2019-01-01',
    sex: 'F',
    ethnicity: 'WBRI',
    disability: false,
    enteredCare: '2020-01-01',
    earlyNotification: null,
    decisionDate: '2020-03-01',
    placementOrderDate: '2020-06-01',
    matchDate: '2020-09-01',
    placedDate: '2020-10-01',
    adoptionOrderDate: '2021-04-15',
    planCeasedDate: null,
    planCeasedReason: null,
    earlyPermanence: 'NONE',
    fosterPlacementStart: null,
    adoptedByFosterCarer: false,
    adopterSource: 'OWN',
    adopterAgencyCode: 'ATV',
    adopterEthnicity: null,
    siblingGroupId: null,
    siblingGroupSize: 1,
    disruptedDate: null,
    ...dates,
  };
}

describe('adoption timeliness indicators', () => {
  const plain = journey('1', {});

  it('A1 counts from entering care to moving in with the adoptive family', () => {
    // 2020-01-01 → 2020-10-01: 31+29+31+30+31+30+31+31+30 = 274 days (2020 is a leap year).
    expect(INDICATORS.a1.days(plain)).toBe(274);
  });

  it("A10 stops the clock when a foster carer adoption's foster placement began", () => {
    const byFosterCarer = journey('2', { adoptedByFosterCarer: true, fosterPlacementStart: '2020-02-15' });
    // 2020-01-01 → 2020-02-15: 31 + 14 = 45 days; A1 is unchanged (274).
    expect(INDICATORS.a10.days(byFosterCarer)).toBe(45);
    expect(INDICATORS.a1.days(byFosterCarer)).toBe(274);
    expect(INDICATORS.a10.days(plain)).toBe(274);
  });

  it('A2 counts 0 days for a match made before the placement order, and leaves out children never matched', () => {
    // Order 2020-06-01, match 2020-09-01: 30+31+31 = 92 days.
    expect(INDICATORS.a2.days(plain)).toBe(92);
    expect(INDICATORS.a2.days(journey('3', { matchDate: '2020-05-20' }))).toBe(0);
    expect(INDICATORS.a2.days(journey('4', { matchDate: '2020-06-01' }))).toBe(0);
    expect(INDICATORS.a2.days(journey('5', { matchDate: null, placedDate: null }))).toBeNull();
  });

  it('times each stage', () => {
    expect(INDICATORS.enteredCareToDecision.days(plain)).toBe(60); // 31 + 29
    expect(INDICATORS.decisionToPlacementOrder.days(plain)).toBe(92); // 31 + 30 + 31
    expect(INDICATORS.matchToPlacement.days(plain)).toBe(30);
    expect(INDICATORS.placementToAdoptionOrder.days(plain)).toBe(196); // 2020-10-01 → 2021-04-15
    expect(INDICATORS.decisionToPlacement.days(plain)).toBe(214); // 2020-03-01 → 2020-10-01
  });

  it("records a run of months ending with a quarter by that quarter (the ASGLB's rolling figures)", () => {
    expect(benchmarkPeriodOf(parsePeriod('2020-01/2020-12')!)).toBe('2020-21-Q3');
    expect(benchmarkPeriodOf(parsePeriod('2018-01/2020-12')!)).toBe('2020-21-Q3');
    expect(benchmarkPeriodOf(parsePeriod('2020-04/2021-03')!)).toBe('2020-21-Q4');
    expect(benchmarkPeriodOf(parsePeriod('2019-22')!)).toBe('2019-22');
  });
});

describe('timeliness over a cohort', () => {
  const rows = [
    // Adopted 2019-20 (A10 400), 2020-21 (A10 300 and, for a sibling placed with a brother, 500), 2021-22 (A10 200).
    journey('A', { enteredCare: '2018-05-01', placedDate: '2019-06-05', adoptionOrderDate: '2020-01-10' }),
    journey('B', { enteredCare: '2019-11-01', placedDate: '2020-08-27', adoptionOrderDate: '2021-03-31' }),
    journey('C', {
      enteredCare: '2019-04-11',
      placedDate: '2020-08-23',
      adoptionOrderDate: '2020-12-20',
      siblingGroupSize: 2,
      siblingGroupId: 'G',
    }),
    journey('D', { enteredCare: '2021-02-01', placedDate: '2021-08-20', adoptionOrderDate: '2022-03-31' }),
  ];
  // A real (SQLite) database holding just these journeys and their coverage.
  let database: Database;
  beforeAll(async () => {
    database = await openDatabase(
      { kind: 'sqlite', file: join(projectRoot(), 'data', 'test', 'timeliness-fixtures.sqlite') },
      adoptionEntities,
      { migrations, fresh: true },
    );
    await writeRecords(database.dataSource, [
      [
        AuthorityCoverageRecord,
        [
          Object.assign(new AuthorityCoverageRecord(), {
            authorityCode: 'E06000002',
            recordsFrom: '2017-04-01',
            recordsTo: '2022-03-31',
          }),
        ],
      ],
      [AdoptionJourneyRecord, rows.map((r) => journeyRecordOf(r))],
    ]);
  });
  afterAll(() => database.dataSource.destroy());
  const context = () => new RequestContext(database.dataSource, { kind: 'ANALYST', authorityCode: 'E06000002' });
  const a10 = async (period: string, excluding: Characteristic[] = []) =>
    measureTotal(
      new MeasureValue(
        ADOPTION_TIMELINESS.members.a10.declaration,
        authorityScope({ code: 'E06000002' }),
        flowIn(parsePeriod(period)!),
        { excluding, onlyWith: [] },
      ),
      context(),
    );

  it('averages over the children adopted in the period, and says how many', async () => {
    // Hand-worked A10: A 400 days, B 300, C 500, D 200.
    expect(await a10('2020-21')).toMatchObject({ value: 400, numerator: 800, denominator: 2 });
    expect(await a10('2021-22')).toMatchObject({ value: 200, denominator: 1 });
  });

  it('rolls three years across financial years (2019-22: every order from April 2019 to March 2022)', async () => {
    // (400 + 300 + 500 + 200) / 4 = 350.
    expect(await a10('2019-22')).toMatchObject({ value: 350, numerator: 1400, denominator: 4 });
    // Twelve months to December 2020: A (Jan 2020) and C (Apr 2020), not B (Mar 2021).
    expect(await a10('2020-01/2020-12')).toMatchObject({ value: 450, denominator: 2 });
  });

  it('leaves out the children with an excluded characteristic', async () => {
    // Without the sibling (C): (400 + 300 + 200) / 3 = 300.
    expect(await a10('2019-22', [Characteristic.SIBLING_GROUP])).toMatchObject({ value: 300, denominator: 3 });
  });
});

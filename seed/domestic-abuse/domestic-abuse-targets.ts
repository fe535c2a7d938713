import { publishedFigures } from '../shared/reference-data';

/**
 * The published domestic abuse figures the seed is calibrated to, read by row id from
 * published-figures.csv (so a corrected figure there moves the seed with it).
 */
function value(id: string): number {
  const row = publishedFigures().find((f) => f.id === id);
  if (!row) throw new Error(`seed: published figure ${id} not found`);
  return row.value;
}

export const STAFFORDSHIRE = 'E10000028';
export const STOKE = 'E06000021';

/** The districts as the domestic abuse report names them (`district:<slug>`), with their GSS codes. */
export const DISTRICT_SLUGS: Record<string, string> = {
  cannock: 'E07000192',
  'east-staffs': 'E07000193',
  lichfield: 'E07000194',
  newcastle: 'E07000195',
  'south-staffs': 'E07000196',
  stafford: 'E07000197',
  moorlands: 'E07000198',
  tamworth: 'E07000199',
};

/** A service's Q4 2020-21 table: each district's count and its change on Q3 (so Q3's count too). */
function districtTable(service: 'victim' | 'perp'): { district: string; q4: number; q3: number }[] {
  return Object.entries(DISTRICT_SLUGS).map(([slug, district]) => {
    const q4 = value(`s21-da-${service}-ref-${slug}-2020-21-q4`);
    const change = value(`s21-da-${service}-ref-chg-q-${slug}-2020-21-q4`);
    return { district, q4, q3: q4 - change };
  });
}

export const domesticAbuseTargets = () => ({
  victimDistricts: districtTable('victim'),
  perpetratorDistricts: districtTable('perp'),
  victimReceivedQ4: value('s21-da-victim-ref-staffs-2020-21-q4'),
  acceptedAdultsQ4: value('s21-da-victim-accepted-ref-staffs-2020-21-q4-adult'),
  supportedAdultsQ4: value('s21-da-victims-supported-staffs-2020-21-q4-adult'),
  supportedAdultsPctQ4: value('s21-da-victims-supported-pct-staffs-2020-21-q4-adult'),
  acceptedChildrenQ4: value('s21-da-victim-accepted-ref-staffs-2020-21-q4-children-and-young-people'),
  supportedChildrenQ4: value('s21-da-victims-supported-staffs-2020-21-q4-children-and-young-people'),
  supportedChildrenPctQ4: value('s21-da-victims-supported-pct-staffs-2020-21-q4-children-and-young-people'),
  policePctQ4: value('s21-da-victim-ref-pct-staffs-2020-21-q4-police'),
  selfPctQ4: value('s21-da-victim-ref-pct-staffs-2020-21-q4-self'),
  otherPctQ4: value('s21-da-victim-ref-pct-staffs-2020-21-q4-other'),
  perpetratorQ4: value('s21-da-perp-ref-staffs-2020-21-q4'),
  perpetratorAdultsQ4: value('s21-da-perp-ref-staffs-2020-21-q4-adult'),
  perpetratorChildrenQ4: value('s21-da-perp-ref-staffs-2020-21-q4-children-and-young-people'),
  victimSinceStartArea: value('s21-da-victim-ref-staffs-and-stoke-since-contract-start-2018-10-01'),
  victimSinceStartStaffs: value('s21-da-victim-ref-staffs-since-contract-start-2018-10-01'),
  perpetratorSinceStartArea: value('s21-da-perp-ref-staffs-and-stoke-since-contract-start-2018-10-01'),
  perpetratorSinceStartStaffs: value('s21-da-perp-ref-staffs-since-contract-start-2018-10-01'),
  satisfiedEarlyInterventionPct: value('s21-da-satisfaction-pct-staffs-2020-21-q4-victim-early-intervention'),
  satisfiedTargetedPct: value('s21-da-satisfaction-pct-staffs-2020-21-q4-victim-targeted'),
  changeAfterFirstLockdownPct: value(
    's21-da-ref-chg-pct-staffs-and-stoke-2020-21-after-first-lockdown-same-period-2019-approx',
  ),
  changeAfterSeptemberPct: value(
    's21-da-ref-chg-pct-staffs-and-stoke-2020-21-after-sept-2020-same-period-previous-year-approx',
  ),
  reviews: {
    underway: value('s21-dhrs-underway-staffs'),
    HOME_OFFICE: value('s21-dhrs-underway-staffs-awaiting-home-office-publication-decision'),
    QA_BOARD: value('s21-dhrs-underway-staffs-home-office-qa-board'),
    LIVE: value('s21-dhrs-underway-staffs-live'),
    PAUSED: value('s21-dhrs-underway-staffs-paused'),
  },
  contractValue: value('s21-da-contract-annual-value-gbp-staffs-and-stoke'),
  contributions: {
    STAFFORDSHIRE_COUNTY_COUNCIL: {
      amount: value('s21-da-contract-contrib-gbp-staffs-and-stoke-staffordshire-county-council'),
      share: value('s21-da-contract-contrib-pct-staffs-and-stoke-staffordshire-county-council'),
    },
    STAFFORDSHIRE_COMMISSIONERS_OFFICE: {
      amount: value('s21-da-contract-contrib-gbp-staffs-and-stoke-staffordshire-commissioners-office'),
      share: value('s21-da-contract-contrib-pct-staffs-and-stoke-staffordshire-commissioners-office'),
    },
    STOKE_ON_TRENT_CITY_COUNCIL: {
      amount: value('s21-da-contract-contrib-gbp-staffs-and-stoke-stoke-on-trent-city-council'),
      share: value('s21-da-contract-contrib-pct-staffs-and-stoke-stoke-on-trent-city-council'),
    },
  },
});

export type DomesticAbuseTargets = ReturnType<typeof domesticAbuseTargets>;

/** Fails generation when a recomputed figure misses its published value. */
export function expectFigure(what: string, got: number, expected: number): void {
  if (got !== expected) throw new Error(`seed calibration: ${what} is ${got}, expected ${expected}`);
}

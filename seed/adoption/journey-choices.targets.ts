import { ATV_MEMBERS, T4C_MEMBERS } from '../shared/pilot-councils';
import { AdopterSource } from './journey-targets';

/**
 * What the adoption-journey generator is told beyond the published rows: the choices where no
 * paper gives a count, and which published cohorts each agency's papers describe. Data only; the
 * mechanism that reads it is in journey-*.ts. Every choice is explained in CALIBRATION.md
 * ("Adoption journeys"). Years are financial years by their first calendar year (2020 = 2020-21).
 */
export type Agency = 'T4C' | 'ATV';

export interface CouncilChoices {
  agency: Agency;
  /**
   * Children adopted per year where no paper gives the count (T4C's 2020-21 and 2021-22 split sums
   * to the report's totals).
   */
  adopted: Record<number, number>;
  /** Of the children adopted in a year, how many were placed the year before (where chosen). */
  placedYearBefore: Record<number, number>;
  /**
   * Decisions and placement orders per year where the council's own count is not published but
   * its agency's total is (ATV 2020-21 and 2021-22): the split is chosen, the sum is checked.
   */
  decisions?: Record<number, number>;
  placementOrders?: Record<number, number>;
  /** Placed but not adopted by 31 March 2022, where the papers give no placed count for the council. */
  pending?: number;
  /**
   * Adoption orders in a year that fall in a quarter window, per year (ATV's rolling twelve months
   * to December 2020).
   */
  ordersInWindow?: { year: number; window: [string, string]; orders: number; otherwise: [string, string] }[];
  /** 2021-22 placements in October-March (ATV counts that year by half). */
  secondHalfPlaced?: { adopted: number; pending: number };
  /** Children waiting at 31 March 2022 (decision made, not placed), with and without a placement order. */
  waitingAtEnd: { withOrder: number; withoutOrder: number };
  /** Chance that a child placed alone, not a baby, is adopted by their foster carers. */
  fosterCarerAdoptionChance: number;
}

export interface AgencyChoices {
  members: readonly string[];
  /** The council whose random stream draws the agency-wide choices (the host or largest council). */
  lead: string;
  /** Early notifications: published per council and year, or (unpublished) half of the decisions had one. */
  notifications: 'PUBLISHED' | 'HALF_OF_DECISIONS';
  /** Placement orders per council are published, so placed children's orders are capped per year. */
  capsPlacementOrderYears: boolean;
  /** Share of the children placed and not yet adopted who are in sibling pairs (else none). */
  pendingSiblingShare?: number;
  /** Sibling pairs among the 2021-22 adoptions come from the published placements by group size instead. */
  lastYearPairsFromPlacements: boolean;
  /** The A10 average (days) assumed for choosing age bands in years without a published one. */
  defaultA10Days: number;
  /** Age bands under five are published (else a child may be a band older to fit a long wait). */
  publishesBandsUnderFive: boolean;
  /** Years whose early notifications are published by half year. */
  notificationHalfYears: number[];
  /**
   * Placements by adopter source published for the agency as a whole: the periods (and halves)
   * the quotas cover, and how many of the placements with "external" adopters went to a voluntary
   * agency (chosen; the rest went to other agencies).
   */
  sourceQuotas: {
    year: number;
    half: 1 | 2 | null;
    period: string;
    external: 'PUBLISHED' | 'TOTAL_LESS_OWN';
    toVaa: number;
  }[];
}

/** Placements that disrupted (placed, then ended before an order): council, year, children, adopter source. */
export const DISRUPTIONS: { code: string; year: number; children: number; source: AdopterSource }[] = [
  // T4C 2020-21: two disruptions, three children, all with inter-agency adopters.
  { code: 'E06000021', year: 2020, children: 2, source: 'OTHER_RAA' },
  { code: 'E10000028', year: 2020, children: 1, source: 'VAA' },
  // T4C 2021-22: two disruptions, two children, one with T4C adopters and one inter-agency.
  { code: 'E10000028', year: 2021, children: 1, source: 'OWN' },
  { code: 'E06000021', year: 2021, children: 1, source: 'OTHER_RAA' },
  // ATV 2021-22: one disruption.
  { code: 'E06000004', year: 2021, children: 1, source: 'OWN' },
];

/**
 * Inter-agency placements whose adopters came from the other pilot agency ("ATV adopters placed 2
 * children from outside the region").
 */
export const ADOPTERS_FROM_OTHER_AGENCY: { code: string; year: number; children: number; adopterAgency: Agency }[] = [
  { code: 'E06000021', year: 2020, children: 2, adopterAgency: 'ATV' },
];

/**
 * Cohorts one council's papers describe in detail (Middlesbrough 2020-21): sibling groups by size,
 * children aged 5+ and "hard to place" among those adopted in the year; children with an order and
 * no link at a month end, and every other child waiting with an order then linked.
 */
export const DESCRIBED_COHORTS = {
  adoptedInYear: [
    {
      code: 'E06000002',
      year: 2020,
      period: '2020-21',
      window: 'window=last_12_months',
      admToPlacementSource: 'draft_mbc_asglb_return',
    },
  ],
  unlinkedAt: [
    {
      code: 'E06000002',
      at: '2021-03',
      long: { breakdown: 'po_duration=6-9_months', orderFrom: '2020-07-01', orderTo: '2020-09-30' },
      short: { breakdown: 'po_duration=0-3_months', orderFrom: '2021-01-05', orderTo: '2021-03-25' },
    },
  ],
};

const ATV_Q4_2019 = ['2020-01-01', '2020-03-31'] as [string, string];
const ATV_Q1_Q3_2020 = ['2020-04-01', '2020-12-31'] as [string, string];
/** ATV's orders of January-December 2020 (69) by council: January-March 2020, then April-December 2020. */
const atvOrders = (q4: number, q1q3: number): CouncilChoices['ordersInWindow'] => [
  { year: 2019, window: ATV_Q4_2019, orders: q4, otherwise: ['2019-04-01', '2019-12-31'] },
  { year: 2020, window: ATV_Q1_Q3_2020, orders: q1q3, otherwise: ['2021-01-01', '2021-03-31'] },
];

export const COUNCIL_CHOICES: Record<string, CouncilChoices> = {
  E06000051: {
    agency: 'T4C',
    adopted: { 2017: 22, 2018: 24, 2019: 35, 2020: 14, 2021: 16 },
    placedYearBefore: { 2020: 6 },
    waitingAtEnd: { withOrder: 12, withoutOrder: 12 },
    fosterCarerAdoptionChance: 0.12,
  },
  E10000028: {
    agency: 'T4C',
    adopted: { 2017: 40, 2018: 24, 2019: 61, 2020: 38 },
    placedYearBefore: { 2020: 17 },
    waitingAtEnd: { withOrder: 32, withoutOrder: 19 },
    fosterCarerAdoptionChance: 0.12,
  },
  E06000021: {
    agency: 'T4C',
    adopted: { 2017: 25, 2018: 29, 2019: 51, 2020: 25, 2021: 30 },
    placedYearBefore: { 2020: 11 },
    waitingAtEnd: { withOrder: 34, withoutOrder: 26 },
    fosterCarerAdoptionChance: 0.12,
  },
  E06000020: {
    agency: 'T4C',
    adopted: { 2017: 35, 2018: 42, 2019: 60, 2020: 26, 2021: 30 },
    placedYearBefore: { 2020: 11 },
    waitingAtEnd: { withOrder: 23, withoutOrder: 11 },
    fosterCarerAdoptionChance: 0.12,
  },
  E06000005: {
    agency: 'ATV',
    adopted: { 2017: 8, 2018: 9, 2019: 10 },
    placedYearBefore: { 2019: 3, 2020: 3, 2021: 6 },
    decisions: { 2020: 16, 2021: 14 },
    placementOrders: { 2020: 13, 2021: 12 },
    pending: 6,
    ordersInWindow: atvOrders(1, 5),
    secondHalfPlaced: { adopted: 1, pending: 3 },
    waitingAtEnd: { withOrder: 6, withoutOrder: 4 },
    fosterCarerAdoptionChance: 0.3,
  },
  E06000001: {
    agency: 'ATV',
    adopted: { 2017: 9, 2018: 10, 2019: 11 },
    placedYearBefore: { 2019: 3, 2020: 4, 2021: 6 },
    decisions: { 2020: 19, 2021: 13 },
    placementOrders: { 2020: 16, 2021: 12 },
    pending: 6,
    ordersInWindow: atvOrders(2, 7),
    secondHalfPlaced: { adopted: 1, pending: 3 },
    waitingAtEnd: { withOrder: 6, withoutOrder: 4 },
    fosterCarerAdoptionChance: 0.3,
  },
  // Middlesbrough's papers show more foster carer adoptions than the other ATV councils'.
  E06000002: {
    agency: 'ATV',
    adopted: { 2017: 20, 2018: 22, 2019: 24 },
    placedYearBefore: { 2019: 9, 2020: 11, 2021: 10 },
    decisions: { 2020: 32, 2021: 24 },
    placementOrders: { 2020: 24, 2021: 23 },
    pending: 9,
    ordersInWindow: atvOrders(4, 17),
    secondHalfPlaced: { adopted: 1, pending: 5 },
    waitingAtEnd: { withOrder: 12, withoutOrder: 8 },
    fosterCarerAdoptionChance: 0.45,
  },
  E06000003: {
    agency: 'ATV',
    adopted: { 2017: 12, 2018: 14, 2019: 15 },
    placedYearBefore: { 2019: 5, 2020: 9, 2021: 4 },
    decisions: { 2020: 13, 2021: 11 },
    placementOrders: { 2020: 12, 2021: 10 },
    pending: 5,
    ordersInWindow: atvOrders(2, 13),
    secondHalfPlaced: { adopted: 0, pending: 2 },
    waitingAtEnd: { withOrder: 6, withoutOrder: 3 },
    fosterCarerAdoptionChance: 0.3,
  },
  E06000004: {
    agency: 'ATV',
    adopted: { 2017: 15, 2018: 16, 2019: 18 },
    placedYearBefore: { 2019: 7, 2020: 13, 2021: 8 },
    decisions: { 2020: 19, 2021: 16 },
    placementOrders: { 2020: 13, 2021: 17 },
    pending: 6,
    ordersInWindow: atvOrders(2, 16),
    secondHalfPlaced: { adopted: 1, pending: 3 },
    waitingAtEnd: { withOrder: 8, withoutOrder: 5 },
    fosterCarerAdoptionChance: 0.3,
  },
};

export const AGENCY_CHOICES: Record<Agency, AgencyChoices> = {
  T4C: {
    members: T4C_MEMBERS,
    lead: 'E10000028',
    notifications: 'HALF_OF_DECISIONS',
    capsPlacementOrderYears: true,
    pendingSiblingShare: 0.1,
    lastYearPairsFromPlacements: false,
    defaultA10Days: 450,
    publishesBandsUnderFive: false,
    notificationHalfYears: [],
    sourceQuotas: [],
  },
  ATV: {
    members: ATV_MEMBERS,
    lead: 'E06000004',
    notifications: 'PUBLISHED',
    capsPlacementOrderYears: false,
    lastYearPairsFromPlacements: true,
    defaultA10Days: 420,
    publishesBandsUnderFive: true,
    notificationHalfYears: [2019, 2020, 2021],
    // The half-year totals (57 and 20) and ATV-adopter counts (44 and 14) are met; the papers'
    // external counts for the halves (12 and 7) do not add up to them, so external is the rest.
    // 15 went to regional VAAs in 2020-21.
    sourceQuotas: [
      { year: 2020, half: null, period: '2020-21', external: 'PUBLISHED', toVaa: 15 },
      { year: 2021, half: 1, period: '2021-22-Q1-Q2', external: 'TOTAL_LESS_OWN', toVaa: 7 },
      { year: 2021, half: 2, period: '2021-22-Q3-Q4', external: 'TOTAL_LESS_OWN', toVaa: 0 },
    ],
  },
};

/** The statuses of children waiting with a placement order at 31 March 2022, as each agency publishes them. */
export const END_STATUSES: Record<
  Agency,
  { measure: string; rows: { status: string; search: string | null; breakdown: string }[] }
> = {
  T4C: {
    measure: 'children_with_po_not_matched_count',
    rows: [
      { status: 'MATCHED_MOVING', search: null, breakdown: 'status=matched_moving' },
      { status: 'LINKED', search: null, breakdown: 'status=linked_progressing_to_match' },
      {
        status: 'LINKED_OWN_CARER_OR_SIBLINGS',
        search: null,
        breakdown: 'status=linked_foster_carer_or_sibling_adopters',
      },
      { status: 'FAMILY_FINDING_STOPPED', search: null, breakdown: 'status=family_finding_stopped' },
      {
        status: 'ACTIVELY_FAMILY_FINDING',
        search: 'IN_REGION',
        breakdown: 'status=actively_family_finding;search=in_region_recent_po',
      },
      {
        status: 'ACTIVELY_FAMILY_FINDING',
        search: 'NATIONAL',
        breakdown: 'status=actively_family_finding;search=midlands_or_national',
      },
    ],
  },
  ATV: {
    measure: 'children_with_po_not_placed_count',
    rows: [
      { status: 'LINKED', search: null, breakdown: 'status=linked_progressing_to_match' },
      { status: 'AWAITING_PO_REVOCATION', search: null, breakdown: 'status=awaiting_po_revocation' },
      { status: 'ACTIVELY_FAMILY_FINDING', search: 'IN_REGION', breakdown: 'status=unlinked' },
    ],
  },
};

/** A stage of the journey whose average a paper gives: its published measure name (before `_days_…`). */
export type Stage = 'adm_to_po' | 'a2' | 'match_to_placement' | 'bla_to_adm' | 'a1' | 'a10';

/**
 * The rolling twelve months to December 2020 (the ASGLB returns at Q3 2020-21, ATV and
 * Middlesbrough): the stage averages each authority published for the orders in the window, the
 * rows giving its placement → order average, and ATV's three years to December 2020.
 */
export const ROLLING_2020 = {
  agency: 'ATV' as Agency,
  from: '2020-01-01',
  to: '2020-12-31',
  period: '2020-21-Q3',
  authorities: [
    {
      authority: 'E06000002',
      name: 'Middlesbrough',
      placementToOrder: 'window=rolling_12m_to_2020-12-30;source=mbc_asglb_return_q3',
      stages: ['adm_to_po', 'a2', 'bla_to_adm', 'a1', 'a10'] as Stage[],
    },
    {
      authority: 'ATV',
      name: 'ATV',
      placementToOrder: 'window=rolling_12m_to_2020-12-30;source=asglb_raa_q3',
      stages: ['adm_to_po', 'a2', 'match_to_placement', 'bla_to_adm'] as Stage[],
    },
  ],
  threeYears: { authority: 'ATV', from: '2018-01-01', stages: ['a10', 'a1'] as Stage[] },
};

export const AGENCIES = Object.keys(AGENCY_CHOICES) as Agency[];

/** The random stream that draws adopters' ethnicity for children of other ethnicities (ATV's, whose papers give it). */
export const ADOPTER_ETHNICITY_STREAM: Agency = 'ATV';

export const agencyOf = (code: string): Agency => COUNCIL_CHOICES[code].agency;

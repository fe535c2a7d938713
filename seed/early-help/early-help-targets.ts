import { publishedFigures } from '../shared/reference-data';

/**
 * The published early help figures the seed is calibrated to, read by row id from
 * published-figures.csv (so a corrected figure there moves the seed with it).
 */
function value(id: string): number {
  const row = publishedFigures().find((f) => f.id === id);
  if (!row) throw new Error(`seed: published figure ${id} not found`);
  return row.value;
}

export const REDCAR = 'E06000003';
export const MIDDLESBROUGH = 'E06000002';
export const STAFFORDSHIRE = 'E10000028';

export const earlyHelpTargets = () => ({
  /** Redcar's referrals: June 2022 and Q1 2022-23 (the re-referral shares fix their re-referrals). */
  reReferralPctJune2022: value('rc22-re-ref-pct-redcar-2022-06'),
  reReferralPctQ1: value('rc22-re-ref-pct-redcar-2022-23-q1'),
  childrenReReferredJune2022: value('rc22-children-re-referred-redcar-2022-06'),
  inSiblingGroupsJune2022: value('rc22-children-re-referred-redcar-2022-06-in-sibling-group-yes'),
  siblingGroupsJune2022: value('rc22-sibling-groups-re-referred-redcar-2022-06'),
  largestSiblingGroupJune2022: value('rc22-children-re-referred-redcar-2022-06-largest-sibling-group-yes'),
  /** Contacts progressing to early help: the mean of the last four quarters' shares, and 2020-21 pooled. */
  earlyHelpShareLastFourQuarters: value('rc22-contacts-progressed-to-early-help-pct-redcar-2022-23-q1-last-4-quarters'),
  earlyHelpShare2020: value('rc22-contacts-progressed-to-early-help-pct-redcar-2020-21'),
  partnerLedAssessmentsQ1_2021: value('rc22-early-help-assess-redcar-2021-22-q1-partner'),
  noWrongDoorSupportedQ1_2022: value('rc22-edge-of-care-young-people-supported-redcar-2022-23-q1-no-wrong-door'),
  noWrongDoorAtHomePctQ1_2022: value('rc22-edge-of-care-remained-at-home-pct-redcar-2022-23-q1-no-wrong-door'),
  futuresForFamiliesAt20210215: value(
    'mb21-edge-of-care-children-supported-mbro-2021-02-15-futures-for-families-approx',
  ),
  ongoingSocialCareInputPct: value('mb21-assess-with-ongoing-social-care-input-pct-mbro'),
  youngCarersQ1toQ3: value('s22-yc-receiving-services-staffs-2021-22-q1-q3'),
  youngCarersPhysicalPct: value('s22-yc-pct-staffs-2021-22-q1-q3-physical-disability-or-sensory-impairment'),
  youngCarers0to10Pct: value('s22-yc-pct-staffs-2021-22-q1-q3-0-10-approx'),
  youngCarers11to30Pct: value('s22-yc-pct-staffs-2021-22-q1-q3-11-30-approx'),
  youthSurveyRespondents: value('rc22-youth-survey-respondents-redcar-2021-22-sep2021-mar2022'),
  youthSurveyResponseRatePct: value('rc22-youth-survey-response-rate-pct-redcar-2021-22-sep2021-mar2022'),
  youthSurveyFriendlyPct: value('rc22-youth-survey-agree-pct-redcar-2021-22-friendly-and-welcoming'),
  youthSurveyStaffHelpfulPct: value('rc22-youth-survey-agree-pct-redcar-2021-22-staff-helpful'),
  youthSurveyPositiveImpactPct: value('rc22-youth-survey-agree-pct-redcar-2021-22-positive-impact'),
});

export type EarlyHelpTargets = ReturnType<typeof earlyHelpTargets>;

/** Fails generation when a recomputed figure misses its published value. */
export function expectFigure(what: string, got: number, expected: number): void {
  if (got !== expected) throw new Error(`seed calibration: ${what} is ${got}, expected ${expected}`);
}

/** A percentage as the papers print it, to `decimals` places. */
export const pct = (part: number, whole: number, decimals = 1) =>
  Math.round((part / whole) * 100 * 10 ** decimals) / 10 ** decimals;

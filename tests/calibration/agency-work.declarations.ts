import { dayOf, PublishedRow } from '../support/calibration/published-rows';
import { AreaDeclaration, RowCheck } from '../support/calibration/runner';

/**
 * The agencies' own work: every published count, snapshot, timescale (with England's average and
 * target), share and value of adopter recruitment, panels, adoption support and non-agency
 * adoptions, asked of the agency (`region`) as a board member of it.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */

type Statistic = 'COUNT' | 'OPEN' | 'AVERAGE_DAYS' | 'WITHIN_DAYS' | 'SHARE' | 'VALUE';

/** Each published measure: the `kind` of agency work (the GraphQL enum) and what is read of it. */
const MEASURES: Record<string, { kind: string; statistic: Statistic; share?: string; withinDays?: number }> = {
  adopter_enquiries_count: { kind: 'ADOPTER_ENQUIRY', statistic: 'COUNT' },
  adopter_recruitment_campaigns_count: { kind: 'ADOPTER_RECRUITMENT_CAMPAIGN', statistic: 'COUNT' },
  adopter_information_event_attendees_count: { kind: 'ADOPTER_INFORMATION_EVENT_ATTENDANCE', statistic: 'COUNT' },
  adopter_initial_visits_count: { kind: 'ADOPTER_INITIAL_VISIT', statistic: 'COUNT' },
  adopter_registrations_of_interest_count: { kind: 'ADOPTER_REGISTRATION_OF_INTEREST', statistic: 'COUNT' },
  adopter_referrals_count: { kind: 'ADOPTER_REFERRAL', statistic: 'COUNT' },
  adopter_stage1_starts_count: { kind: 'ADOPTER_STAGE1_START', statistic: 'COUNT' },
  adopter_stage2_starts_count: { kind: 'ADOPTER_STAGE2_START', statistic: 'COUNT' },
  adopter_approvals_count: { kind: 'ADOPTER_APPROVAL', statistic: 'COUNT' },
  adopter_prep_courses_count: { kind: 'ADOPTER_PREP_COURSE', statistic: 'COUNT' },
  adopter_prep_attending_households_count: { kind: 'ADOPTER_PREP_ATTENDING_HOUSEHOLD', statistic: 'COUNT' },
  adopter_prep_sessions_count: { kind: 'ADOPTER_PREP_SESSION', statistic: 'COUNT' },
  adopter_prep_attendees_count: { kind: 'ADOPTER_PREP_ATTENDANCE', statistic: 'COUNT' },
  adopter_family_friends_workshops_count: { kind: 'ADOPTER_FAMILY_FRIENDS_WORKSHOP', statistic: 'COUNT' },
  adopter_family_friends_attendees_count: { kind: 'ADOPTER_FAMILY_FRIENDS_ATTENDANCE', statistic: 'COUNT' },
  adopter_additional_training_households_count: { kind: 'ADOPTER_ADDITIONAL_TRAINING_HOUSEHOLD', statistic: 'COUNT' },
  adopter_hub_licences_count: { kind: 'ADOPTER_HUB_LICENCE', statistic: 'COUNT' },
  ep_training_programmes_count: { kind: 'EP_TRAINING_PROGRAMME', statistic: 'COUNT' },
  ep_training_families_count: { kind: 'EP_TRAINING_FAMILY', statistic: 'COUNT' },
  adoption_panels_held_count: { kind: 'ADOPTION_PANEL', statistic: 'COUNT' },
  panel_match_recommendations_count: { kind: 'PANEL_MATCH_RECOMMENDATION', statistic: 'COUNT' },
  panel_brief_reports_count: { kind: 'PANEL_BRIEF_REPORT', statistic: 'COUNT' },
  panel_deregistrations_count: { kind: 'PANEL_DEREGISTRATION', statistic: 'COUNT' },
  panel_qa_sample_count: { kind: 'PANEL_QA_SAMPLE', statistic: 'COUNT' },
  panel_central_list_new_members_count: { kind: 'PANEL_CENTRAL_LIST_JOINER', statistic: 'COUNT' },
  panel_central_list_resignations_count: { kind: 'PANEL_CENTRAL_LIST_RESIGNATION', statistic: 'COUNT' },
  practice_week_workshops_delivered_count: { kind: 'PRACTICE_WEEK_WORKSHOP', statistic: 'COUNT' },
  adoption_support_referrals_count: { kind: 'ADOPTION_SUPPORT_REFERRAL', statistic: 'COUNT' },
  adoption_support_referrals_allocated_count: { kind: 'ADOPTION_SUPPORT_REFERRAL_ALLOCATED', statistic: 'COUNT' },
  adoption_support_allocated_families_count: { kind: 'ADOPTION_SUPPORT_ALLOCATED_FAMILY', statistic: 'COUNT' },
  adoption_support_assessments_reviews_count: { kind: 'ADOPTION_SUPPORT_ASSESSMENT_OR_REVIEW', statistic: 'COUNT' },
  adoption_support_reviews_count: { kind: 'ADOPTION_SUPPORT_REVIEW', statistic: 'COUNT' },
  adoption_support_assessments_completed_count: { kind: 'ADOPTION_SUPPORT_ASSESSMENT_COMPLETED', statistic: 'COUNT' },
  adoption_support_feedback_sample_families_count: { kind: 'ADOPTION_SUPPORT_FEEDBACK', statistic: 'COUNT' },
  asf_new_applications_count: { kind: 'ASF_NEW_APPLICATION', statistic: 'COUNT' },
  asf_applications_total_count: { kind: 'ASF_APPLICATION', statistic: 'COUNT' },
  asf_applications_match_funded_count: { kind: 'ASF_APPLICATION', statistic: 'COUNT' },
  asf_successful_applications_count: { kind: 'ASF_SUCCESSFUL_APPLICATION', statistic: 'COUNT' },
  asf_unsuccessful_applications_count: { kind: 'ASF_UNSUCCESSFUL_APPLICATION', statistic: 'COUNT' },
  covid_asf_families_supported_count: { kind: 'COVID_ASF_FAMILY_SUPPORTED', statistic: 'COUNT' },
  covid_asf_support_items_count: { kind: 'COVID_ASF_SUPPORT_ITEM', statistic: 'COUNT' },
  tessa_families_supported_count: { kind: 'TESSA_FAMILY_SUPPORTED', statistic: 'COUNT' },
  therapeutic_providers_added_count: { kind: 'THERAPEUTIC_PROVIDER_ADDED', statistic: 'COUNT' },
  therapeutic_parenting_families_count: { kind: 'THERAPEUTIC_PARENTING_FAMILY', statistic: 'COUNT' },
  therapeutic_parenting_programme_runs_count: { kind: 'THERAPEUTIC_PARENTING_RUN', statistic: 'COUNT' },
  education_support_cases_count: { kind: 'EDUCATION_SUPPORT_CASE', statistic: 'COUNT' },
  post_box_received_count: { kind: 'POST_BOX_RECEIVED', statistic: 'COUNT' },
  post_box_exchanges_count: { kind: 'POST_BOX_EXCHANGE', statistic: 'COUNT' },
  post_box_arrangements_supported_count: { kind: 'POST_BOX_ARRANGEMENT_SUPPORTED', statistic: 'COUNT' },
  post_box_contract_agreements_count: { kind: 'POST_BOX_CONTRACT_AGREEMENT', statistic: 'COUNT' },
  access_to_records_new_referrals_count: { kind: 'ACCESS_TO_RECORDS_REFERRAL', statistic: 'COUNT' },
  access_to_records_referrals_allocated_count: { kind: 'ACCESS_TO_RECORDS_REFERRAL_ALLOCATED', statistic: 'COUNT' },
  access_to_records_supported_count: { kind: 'ACCESS_TO_RECORDS_SUPPORTED', statistic: 'COUNT' },
  access_to_files_requests_count: { kind: 'ACCESS_TO_FILES_REQUEST', statistic: 'COUNT' },
  intermediary_new_referrals_count: { kind: 'INTERMEDIARY_REFERRAL', statistic: 'COUNT' },
  intermediary_referrals_allocated_count: { kind: 'INTERMEDIARY_REFERRAL_ALLOCATED', statistic: 'COUNT' },
  birth_parent_support_referrals_count: { kind: 'BIRTH_PARENT_SUPPORT_REFERRAL', statistic: 'COUNT' },
  birth_relative_support_referrals_count: { kind: 'BIRTH_RELATIVE_SUPPORT_REFERRAL', statistic: 'COUNT' },
  adopted_children_open_to_la_cin_or_cp_count: { kind: 'ADOPTED_CHILD_OPEN_TO_CIN_OR_CP', statistic: 'COUNT' },
  adopted_children_open_to_camhs_count: { kind: 'ADOPTED_CHILD_OPEN_TO_CAMHS', statistic: 'COUNT' },
  children_returned_to_care_after_ao_count: { kind: 'CHILD_RETURNED_TO_CARE_AFTER_ORDER', statistic: 'COUNT' },
  non_agency_enquiries_count: { kind: 'NON_AGENCY_ENQUIRY', statistic: 'COUNT' },
  non_agency_referrals_count: { kind: 'NON_AGENCY_REFERRAL', statistic: 'COUNT' },
  non_agency_a16_notices_sent_count: { kind: 'NON_AGENCY_A16_NOTICE_SENT', statistic: 'COUNT' },
  non_agency_a16_notices_returned_count: { kind: 'NON_AGENCY_A16_NOTICE_RETURNED', statistic: 'COUNT' },
  non_agency_assessments_completed_count: { kind: 'NON_AGENCY_ASSESSMENT_COMPLETED', statistic: 'COUNT' },
  non_agency_assessments_withdrawn_count: { kind: 'NON_AGENCY_ASSESSMENT_WITHDRAWN', statistic: 'COUNT' },
  non_agency_adoptions_granted_count: { kind: 'NON_AGENCY_ADOPTION_GRANTED', statistic: 'COUNT' },
  adopters_in_assessment_count: { kind: 'ADOPTER_IN_ASSESSMENT', statistic: 'OPEN' },
  approved_adopters_waiting_to_be_matched_count: { kind: 'APPROVED_ADOPTER_WAITING', statistic: 'OPEN' },
  non_agency_assessments_ongoing_count: { kind: 'NON_AGENCY_ASSESSMENT', statistic: 'OPEN' },
  non_agency_awaiting_assessment_count: { kind: 'NON_AGENCY_AWAITING_ASSESSMENT', statistic: 'OPEN' },
  families_awaiting_adoption_support_assessment_count: {
    kind: 'ADOPTION_SUPPORT_AWAITING_ASSESSMENT',
    statistic: 'OPEN',
  },
  panel_central_list_members_count: { kind: 'PANEL_CENTRAL_LIST_MEMBER', statistic: 'OPEN' },
  adopter_assessment_stage1_days: { kind: 'ADOPTER_STAGE1_COMPLETED', statistic: 'AVERAGE_DAYS' },
  adopter_assessment_stage2_days: { kind: 'ADOPTER_STAGE2_COMPLETED', statistic: 'AVERAGE_DAYS' },
  adopter_assessment_overall_days: { kind: 'ADOPTER_ASSESSMENT_COMPLETED', statistic: 'AVERAGE_DAYS' },
  adopter_assessment_stage1_within_target_pct: {
    kind: 'ADOPTER_STAGE1_COMPLETED',
    statistic: 'WITHIN_DAYS',
    withinDays: 60,
  },
  adopter_assessment_within_target_pct: {
    kind: 'ADOPTER_ASSESSMENT_COMPLETED',
    statistic: 'WITHIN_DAYS',
    withinDays: 182,
  },
  adopter_prep_training_positive_feedback_pct: {
    kind: 'ADOPTER_PREP_FEEDBACK',
    statistic: 'SHARE',
    share: 'rating=positive',
  },
  adoption_support_feedback_good_or_outstanding_pct: {
    kind: 'ADOPTION_SUPPORT_FEEDBACK',
    statistic: 'SHARE',
    share: 'rating=good_or_outstanding',
  },
  panel_qa_good_or_outstanding_pct: {
    kind: 'PANEL_QA_SAMPLE',
    statistic: 'SHARE',
    share: 'rating=good_or_outstanding',
  },
  asf_applications_value_gbp: { kind: 'ASF_SUCCESSFUL_APPLICATION', statistic: 'VALUE' },
  covid_asf_support_commissioned_gbp: { kind: 'COVID_ASF_SUPPORT_ITEM', statistic: 'VALUE' },
};

/** Breakdown pairs that say something about the figure (its window, source, a note), not which records it counts. */
const NOT_A_FILTER = [
  'qualifier',
  'window',
  'note',
  'source',
  'unit_of_count',
  'target',
  'delivered_by',
  'as_at',
  'reference',
  'source_period_label',
  'benchmark',
];

/** The `detail` filter a row's breakdown asks for: the pairs that pick records, as published. */
function detailFilter(f: PublishedRow): string {
  if (f.measure === 'non_agency_enquiries_count') return 'type=step_parent';
  if (f.measure === 'practice_week_workshops_delivered_count') return `for=${f.authority}`;
  const pairs = [...f.parts].filter(
    ([k, v]) =>
      !NOT_A_FILTER.includes(k) && !(k === 'enquiry_source' && v === 'all_methods') && !(k === 'fund' && v !== 'covid'),
  );
  if (f.measure === 'asf_applications_match_funded_count') pairs.push(['match_funded', 'yes']);
  return pairs.map(([k, v]) => `${k}=${v}`).join(';');
}

/**
 * The period (or day) a row is read over: a cumulative window from its first month to `as_of`;
 * "rolling 12 months" to 2020-21 Q2 as October 2019 to September 2020; a snapshot's day; else its
 * period — a target published with no period is read beside 2021-22's figure.
 */
function spanOf(f: PublishedRow): string {
  const since = /^cumulative_since_(\d{4}-\d{2})$/.exec(f.parts.get('window') ?? '');
  if (since) return `${since[1]}/${f.asOf.slice(0, 7)}`;
  if (f.parts.get('window') === 'rolling_12m' && f.period === '2020-21-Q2') return '2019-10/2020-09';
  if (f.measure === 'non_agency_awaiting_assessment_count' && f.period) return '2022-03-31';
  if (f.asOf) return dayOf(f.asOf);
  return f.period || '2021-22';
}

const cell = (cells: any[], key: string) => cells.find((c) => c.key === key)?.figure.value ?? null;

function check(f: PublishedRow): RowCheck | null {
  const measure = MEASURES[f.measure];
  if (!measure) return null;
  const england = f.authority === 'ENGLAND';
  // England's comparators are read beside the agency whose paper gives them; Middlesbrough's rows are ATV's.
  const agency: 'T4C' | 'ATV' = england
    ? f.id.startsWith('s22')
      ? 'T4C'
      : 'ATV'
    : f.authority === 'ATV' || f.authority === 'E06000002'
      ? 'ATV'
      : 'T4C';
  const span = spanOf(f);
  const detail = detailFilter(f);
  const detailArg = detail ? `, detail: "${detail}"` : '';
  const hub = f.authority.startsWith('hub:') ? f.authority.slice(4) : null;
  const base = {
    root: `region(code: "${agency}")`,
    as: agency,
    compare: f.parts.get('qualifier') === 'over' ? ('over' as const) : ('equal' as const),
  };
  const kind = measure.kind;
  switch (measure.statistic) {
    case 'OPEN':
      return {
        ...base,
        field: `agencyCaseload(at: "${span}", kind: ${kind}${detailArg}) { open { value } byHub { key figure { value } } }`,
        read: (r) => (hub ? cell(r.agencyCaseload.byHub, hub) : r.agencyCaseload.open.value),
      };
    case 'AVERAGE_DAYS': {
      const which = england ? (/target/.test(f.breakdown) ? 'target' : 'englandAverage') : 'value';
      return {
        ...base,
        field: `agencyWork(period: "${span}", kind: ${kind}) { averageDays { value englandAverage target } }`,
        read: (r) => r.agencyWork.averageDays[which],
      };
    }
    case 'WITHIN_DAYS':
      return {
        ...base,
        field: `agencyWork(period: "${span}", kind: ${kind}) { withinDays(days: ${measure.withinDays}) { value } }`,
        read: (r) => Math.round(r.agencyWork.withinDays.value),
      };
    case 'SHARE':
      return {
        ...base,
        field: `agencyWork(period: "${span}", kind: ${kind}${detailArg}) { share(detail: "${measure.share}") { value } }`,
        read: (r) => Math.round(r.agencyWork.share.value),
      };
    case 'VALUE':
      return {
        ...base,
        field: `agencyWork(period: "${span}", kind: ${kind}${detailArg}) { value { value } }`,
        read: (r) => r.agencyWork.value.value,
      };
    case 'COUNT':
      return {
        ...base,
        field: `agencyWork(period: "${span}", kind: ${kind}${detailArg}) { count { value } byHub { key figure { value } } }`,
        read: (r) => (hub ? cell(r.agencyWork.byHub, hub) : r.agencyWork.count.value),
      };
  }
}

export const agencyWork: AreaDeclaration = {
  area: "the agencies' own work",
  checked: Object.keys(MEASURES),
  /** Rows that describe things other than the agency's work records. */
  notModelled: {
    social_media_followers_count: "social-media followers are web analytics, not records of the agency's work",
    website_visits_count: "website visits are web analytics, not records of the agency's work",
    adopter_enquiry_conversion_to_roi_pct: 'contradicts its own counts (see the row exception); the counts are held',
    adopter_assessment_fast_track_days: "only England's target is published, no agency's timescale",
  },
  /** Published agency rows the records do not reproduce, and why. */
  rowExceptions: {
    's22-as-allocated-fam-t4c-2021-22':
      "T4C's 356 families with an allocated worker is not the sum of its hubs' 189 + 33 + 141 = 363: the hubs (the figures closest to the work) are held",
    's22-as-assess-reviews-t4c-2021-22-cover-report':
      "the cover report's 356 assessments and reviews repeats the allocated-families figure; the appendix table's 465 is held",
    's22-adopters-in-assessment-t4c-stage2-report-date-unstated': 'no date is given for the 31 households in stage 2',
    'mb21-adopters-in-assessment-atv-bame-2020-campaign':
      'two households "from the 2020 campaign" with no date to count them at',
    'rc22-adopter-enquiry-conversion-to-roi-pct-atv-2021-22':
      '61 registrations of 287 enquiries is 21%, not the 22% printed; both counts are held',
    'mb21-assess-fast-track-d-eng-target':
      'a target for fast-track assessments, but no fast-track timescale is published to set beside it',
  },
  check,
};

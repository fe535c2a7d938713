import { T4C_MEMBERS } from '../../seed/shared/pilot-councils';
import { PublishedRow } from '../support/calibration/published-rows';
import { AreaDeclaration, RowCheck } from '../support/calibration/runner';

/**
 * The front door, early help, edge of care, young carers and youth services: every published
 * figure of the early help subgraph, asked of the council as a board member of its partnership.
 * Percentages printed as whole numbers are compared rounded to whole numbers.
 */
const cell = (cells: { key: string; figure: { value: number | null } }[], key: string) =>
  cells.find((c) => c.key === key)?.figure.value ?? null;
const whole = (value: number | null) => (value === null ? null : Math.round(value));

/** The paper's names for the young carers' cared-for needs and the youth survey's statements. */
const STATEMENT: Record<string, string> = {
  friendly_and_welcoming: 'FRIENDLY_AND_WELCOMING',
  staff_helpful: 'STAFF_HELPFUL',
  positive_impact: 'POSITIVE_IMPACT',
};

function check(f: PublishedRow): RowCheck | null {
  const base = {
    root: `localAuthority(code: "${f.authority}")`,
    as: T4C_MEMBERS.includes(f.authority) ? ('T4C' as const) : ('ATV' as const),
  };
  const month = f.asOf && /^\d{4}-\d{2}$/.test(f.asOf) ? f.asOf : '';
  switch (f.measure) {
    case 'young_carers_receiving_services_count':
      return {
        ...base,
        field: `youngCarersSupported(period: "${f.period}") { total { value } }`,
        read: (la) => la.youngCarersSupported.total.value,
      };
    case 'young_carers_pct': {
      const need = f.parts.get('cared_for_need');
      const hours = f.parts.get('hours_per_week');
      if (need)
        return {
          ...base,
          field: `youngCarersSupported(period: "${f.period}") { shares(by: CARED_FOR_NEED) { key figure { value } } }`,
          read: (la) => whole(cell(la.youngCarersSupported.shares, need.toUpperCase())),
        };
      if (hours)
        return {
          ...base,
          field: `youngCarersSupported(period: "${f.period}") { shares(by: HOURS_BAND, hoursBands: ["0-10", "11-30", "31+"]) { key figure { value } } }`,
          read: (la) => whole(cell(la.youngCarersSupported.shares, hours)),
        };
      return null;
    }
    case 'youth_survey_respondents_count':
    case 'youth_survey_response_rate_pct':
    case 'youth_survey_agree_pct': {
      // "Between September 2021 and March 2022".
      const survey = 'youthSurveyResponses(period: "2021-09/2022-03")';
      if (f.measure === 'youth_survey_respondents_count')
        return { ...base, field: `${survey} { total { value } }`, read: (la) => la.youthSurveyResponses.total.value };
      if (f.measure === 'youth_survey_response_rate_pct')
        return {
          ...base,
          field: `${survey} { responseRate { value } }`,
          read: (la) => whole(la.youthSurveyResponses.responseRate.value),
        };
      const statement = STATEMENT[f.parts.get('statement') ?? ''];
      return statement
        ? {
            ...base,
            field: `${survey} { shares(by: ${statement}) { key figure { value } } }`,
            read: (la) => whole(cell(la.youthSurveyResponses.shares, 'YES')),
          }
        : null;
    }
    case 'early_help_assessments_count':
      return f.parts.get('lead') === 'partner'
        ? {
            ...base,
            field: `earlyHelpAssessments(period: "${f.period}") { breakdown(by: LEAD) { key figure { value } } }`,
            read: (la) => cell(la.earlyHelpAssessments.breakdown, 'PARTNER'),
          }
        : null;
    case 'edge_of_care_young_people_supported_count':
    case 'edge_of_care_remained_at_home_pct': {
      const service = f.parts.get('service')?.toUpperCase();
      const field = `edgeOfCareYoungPeopleSupported(period: "${f.period}", service: "${service}")`;
      return f.measure === 'edge_of_care_young_people_supported_count'
        ? {
            ...base,
            field: `${field} { total { value } }`,
            read: (la) => la.edgeOfCareYoungPeopleSupported.total.value,
          }
        : {
            ...base,
            field: `${field} { remainedAtHome { value } }`,
            read: (la) => la.edgeOfCareYoungPeopleSupported.remainedAtHome.value,
          };
    }
    case 'edge_of_care_children_supported_count':
      return {
        ...base,
        field: `edgeOfCareYoungPeople(at: "${f.asOf}", service: "${f.parts.get('service')?.toUpperCase()}") { total { value } }`,
        read: (la) => la.edgeOfCareYoungPeople.total.value,
      };
    case 'contacts_progressed_to_early_help_pct':
      // "an average of 36.1% over the last 4 quarters": the four quarters to June 2022, a mean of quarterly rates.
      return f.parts.get('window') === 'last_4_quarters'
        ? {
            ...base,
            field: `contacts(period: "2021-07/2022-06") { progressedToEarlyHelpQuarterlyMean { value } }`,
            read: (la) => la.contacts.progressedToEarlyHelpQuarterlyMean.value,
          }
        : {
            ...base,
            field: `contacts(period: "${f.period}") { progressedToEarlyHelp { value } }`,
            read: (la) => la.contacts.progressedToEarlyHelp.value,
          };
    case 're_referrals_pct':
      return {
        ...base,
        field: `referrals(period: "${month || f.period}") { reReferralRate { value } }`,
        read: (la) => la.referrals.reReferralRate.value,
      };
    case 'children_re_referred_count':
      if (f.parts.get('in_sibling_group') === 'yes')
        return {
          ...base,
          field: `childrenReReferred(period: "${month}") { breakdown(by: IN_SIBLING_GROUP) { key figure { value } } }`,
          read: (la) => cell(la.childrenReReferred.breakdown, 'YES'),
        };
      if (f.parts.get('largest_sibling_group') === 'yes')
        return {
          ...base,
          field: `childrenReReferred(period: "${month}") { largestSiblingGroup { value } }`,
          read: (la) => la.childrenReReferred.largestSiblingGroup.value,
        };
      return {
        ...base,
        field: `childrenReReferred(period: "${month}") { total { value } }`,
        read: (la) => la.childrenReReferred.total.value,
      };
    case 'sibling_groups_re_referred_count':
      return {
        ...base,
        field: `childrenReReferred(period: "${month}") { siblingGroups { value } }`,
        read: (la) => la.childrenReReferred.siblingGroups.value,
      };
    case 'assessments_with_ongoing_social_care_input_pct':
      // No period in the paper (minutes of 15 February 2021, "now"): the quarter before the meeting.
      return {
        ...base,
        field: `socialCareAssessments(period: "2020-21-Q3") { ongoingSocialCareInput { value } }`,
        read: (la) => whole(la.socialCareAssessments.ongoingSocialCareInput.value),
      };
  }
  return null;
}

export const earlyHelp: AreaDeclaration = {
  area: 'early help',
  checked: [
    'young_carers_receiving_services_count',
    'young_carers_pct',
    'youth_survey_respondents_count',
    'youth_survey_response_rate_pct',
    'youth_survey_agree_pct',
    'early_help_assessments_count',
    'edge_of_care_young_people_supported_count',
    'edge_of_care_remained_at_home_pct',
    'edge_of_care_children_supported_count',
    'contacts_progressed_to_early_help_pct',
    're_referrals_pct',
    'children_re_referred_count',
    'sibling_groups_re_referred_count',
    'assessments_with_ongoing_social_care_input_pct',
  ],
  notModelled: {
    young_carers_offered_peer_support_target_pct:
      'a service target ("95% of young carers that want to"): the records hold whether peer support was offered, not whether the young carer wanted it',
    schools_taking_up_young_carers_offer_pct:
      "schools taking up the young carers offer: the hub holds no record of schools' take-up",
    children_and_young_people_population_count:
      'a population estimate, not records: the authorities subgraph holds DfE\'s under-18 populations (the paper\'s "0-19" label is suspect, see the domains digest)',
    childrens_centre_volunteers_count: "volunteers at Staffordshire's children's centres: not records about children",
    childrens_centre_volunteers_awarded_count: 'volunteers recognised for their work: not records about children',
    family_support_contract_annual_value_gbp:
      "the Family Support Service contract's value: commissioning contracts are not modelled in early help yet (the domestic abuse subgraph's contracts are the model)",
    family_support_contract_scc_contribution_gbp:
      "the council's share of the Family Support Service contract: commissioning contracts are not modelled in early help yet",
  },
  rowExceptions: {},
  check,
};

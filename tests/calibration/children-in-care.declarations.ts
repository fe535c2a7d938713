import { PILOT_COUNCILS, T4C_MEMBERS } from '../../seed/shared/pilot-councils';
import { AreaDeclaration, Check, RowCheck } from '../support/calibration/runner';
import { dayOf, englandLaRows, PublishedRow, quarterEnd } from '../support/calibration/published-rows';

/**
 * Children in care and fostering: every figure the councils and DfE published for the nine
 * councils, asked of a council as a board member of its adoption agency (published counts of 1 to
 * 4 are not suppressed for them). The papers' dates read as days: a month means its last day.
 */
const cell = (cells: { key: string; figure: { value: number | null } }[], key: string) =>
  cells.find((c) => c.key === key)?.figure.value ?? null;
const CARER_TYPE: Record<string, string> = {
  'carer_type=mainstream_unrelated': 'MAINSTREAM',
  'carer_type=connected': 'CONNECTED',
};

function check(f: PublishedRow): RowCheck | null {
  if (!PILOT_COUNCILS.includes(f.authority)) return null;
  const base = {
    root: `localAuthority(code: "${f.authority}")`,
    as: T4C_MEMBERS.includes(f.authority) ? ('T4C' as const) : ('ATV' as const),
  };
  const at = f.asOf ? dayOf(f.asOf) : '';
  switch (f.measure) {
    case 'children_in_care_count':
      if (!at) return null;
      if (f.breakdown === '')
        return {
          ...base,
          field: `childrenInCare(at: "${at}") { total { value } }`,
          read: (la) => la.childrenInCare.total.value,
        };
      if (f.breakdown === 'age_band=0-5')
        return {
          ...base,
          field: `childrenInCare(at: "${at}") { breakdown(by: AGE_BAND, ageBands: ["0-5"]) { key figure { value } } }`,
          read: (la) => cell(la.childrenInCare.breakdown, '0-5'),
        };
      return null;
    case 'children_in_care_change_pct': {
      // A change from the end of one quarter (`comparison`) to the end of another (`period`), in whole percent.
      const comparison = f.parts.get('comparison');
      if (!comparison || !/-Q[1-4]$/.test(f.period) || f.breakdown !== `comparison=${comparison}`) return null;
      return {
        ...base,
        field: `before: childrenInCare(at: "${quarterEnd(comparison)}") { total { value } } after: childrenInCare(at: "${quarterEnd(f.period)}") { total { value } }`,
        read: (la) => Math.round(((la.after.total.value - la.before.total.value) / la.before.total.value) * 100),
      };
    }
    case 'uasc_count':
      return at
        ? {
            ...base,
            field: `childrenInCare(at: "${at}") { breakdown(by: UASC) { key figure { value } } }`,
            read: (la) => cell(la.childrenInCare.breakdown, 'UASC'),
          }
        : null;
    case 'foster_carer_enquiries_count':
      return {
        ...base,
        field: `fosterCarerRecruitment(period: "${f.period}") { enquiries { value } }`,
        read: (la) => la.fosterCarerRecruitment.enquiries.value,
      };
    case 'skills_to_foster_invitations_count':
      return {
        ...base,
        field: `fosterCarerRecruitment(period: "${f.period}") { invitedToTraining { value } }`,
        read: (la) => la.fosterCarerRecruitment.invitedToTraining.value,
      };
    case 'foster_applicants_progressing_count':
      return {
        ...base,
        field: `fosterCarerRecruitment(period: "${f.period}") { assessmentsStarted { value } }`,
        read: (la) => la.fosterCarerRecruitment.assessmentsStarted.value,
      };
    case 'foster_carer_approvals_count':
      return {
        ...base,
        field: `fosterHouseholdApprovals(period: "${f.period}", type: MAINSTREAM) { total { value } }`,
        read: (la) => la.fosterHouseholdApprovals.total.value,
      };
    case 'foster_carer_resignations_count':
      return {
        ...base,
        field: `fosterHouseholdDeregistrations(period: "${f.period}", type: MAINSTREAM) { breakdown(by: DEREGISTRATION_REASON) { key figure { value } } }`,
        read: (la) => cell(la.fosterHouseholdDeregistrations.breakdown, 'RESIGNED'),
      };
    case 'children_placed_with_foster_carers_count':
      return {
        ...base,
        field: `childrenPlacedWithFosterCarers(period: "${f.period}", type: MAINSTREAM) { total { value } }`,
        read: (la) => la.childrenPlacedWithFosterCarers.total.value,
      };
    case 'foster_carers_count': {
      const type = CARER_TYPE[f.breakdown];
      return type && at
        ? {
            ...base,
            field: `fosterHouseholds(at: "${at}", type: ${type}) { total { value } }`,
            read: (la) => la.fosterHouseholds.total.value,
          }
        : null;
    }
    case 'children_with_connected_carers_count':
      return {
        ...base,
        field: `childrenInCare(at: "${at}") { breakdown(by: CARER_TYPE) { key figure { value } } }`,
        read: (la) => cell(la.childrenInCare.breakdown, 'CONNECTED'),
      };
  }
  return null;
}

/**
 * DfE's 31 March counts for the nine councils, unless a committee paper gives one for the same date
 * (the paper wins).
 */
function dfeCounts(rows: PublishedRow[]): Check[] {
  const paperDates = new Set(
    rows
      .filter((f) => f.measure === 'children_in_care_count' && f.breakdown === '' && f.asOf)
      .map((f) => `${f.authority}|${dayOf(f.asOf)}`),
  );
  const checks: Check[] = [];
  for (const la of englandLaRows().filter((r) => PILOT_COUNCILS.includes(r.gss))) {
    for (const year of [2021, 2022, 2023, 2024, 2025]) {
      const value = la[`cla_31_march_${year}`];
      if (!/^\d+$/.test(value) || paperDates.has(`${la.gss}|${year}-03-31`)) continue;
      checks.push({
        label: `DfE CLA ${la.name} 31 March ${year} (${value})`,
        root: `localAuthority(code: "${la.gss}")`,
        field: `childrenInCare(at: "${year}-03-31") { total { value } }`,
        read: (x) => x.childrenInCare.total.value,
        as: T4C_MEMBERS.includes(la.gss) ? 'T4C' : 'ATV',
        expected: Number(value),
        compare: 'equal',
      });
    }
  }
  return checks;
}

export const childrenInCare: AreaDeclaration = {
  area: 'children in care and fostering',
  checked: [
    'children_in_care_count',
    'children_in_care_change_pct',
    'uasc_count',
    'foster_carer_enquiries_count',
    'skills_to_foster_invitations_count',
    'foster_applicants_progressing_count',
    'foster_carer_approvals_count',
    'foster_carer_resignations_count',
    'children_placed_with_foster_carers_count',
    'foster_carers_count',
    'children_with_connected_carers_count',
  ],
  /**
   * Published figures the hub's data model does not hold (yet): care leavers' accommodation,
   * supported housing capacity, training courses, a ratio for one ward, rates and surveys.
   */
  notModelled: {
    foster_carer_training_courses_count:
      'training courses attended by foster carers are not among the fostering records',
    care_leaver_property_applications_count: "care leavers' housing applications: care leavers are not modelled",
    supported_flats_count:
      'supported housing capacity (flats for care leavers, UASC, homeless young people) is not a record of children in care',
    cwd_respite_capacity_count:
      'respite capacity for children with disabilities is a service capacity, not a record of children in care',
    supported_lodgings_new_provisions_count:
      'supported lodgings provision is a service capacity, not a record of children in care',
    care_leavers_suitable_accommodation_count: "care leavers' accommodation: care leavers are not modelled",
    care_leavers_count: 'care leavers are not modelled',
    care_leavers_suitable_accommodation_pct: "care leavers' accommodation: care leavers are not modelled",
    care_leavers_not_suitable_accommodation_count: "care leavers' accommodation: care leavers are not modelled",
    young_people_leaving_care_forecast_count: 'a forecast for 2022-23, and care leavers are not modelled',
    residential_home_capacity_count:
      'planned residential home capacity is a service capacity, not a record of children in care',
    residential_hub_beds_count: 'residential hub beds are a service capacity, not a record of children in care',
    supported_lodgings_capacity_count:
      'supported lodgings capacity is a service capacity, not a record of children in care',
    care_leavers_supported_count: 'care leavers (aged 18 to 25) are not modelled',
    children_looked_after_rate_per_10000:
      "rates per 10,000 for calendar 2020 (a year before the records begin), a regional average and England's average",
    mockingbird_pilot_sites_count:
      'Mockingbird constellations (live and planned) are a fostering programme, not records of households or children',
    survey_agree_pct: 'national attitude surveys (Become, 2017) are not records of children in care',
    survey_disagree_pct: 'national attitude surveys (Become, 2017) are not records of children in care',
    survey_heard_negative_generalisation_pct:
      'a national survey of teachers (Become, 2018) is not a record of children in care',
    children_entering_care_one_in_n: '"one in n" children of a ward entering care: the hub holds councils, not wards',
  },
  rowExceptions: {
    's21-uasc-staffs-up-to-previous-peak':
      '"up to 100" unaccompanied children at a previous peak with no date to count them at',
  },
  check,
  extraChecks: dfeCounts,
};

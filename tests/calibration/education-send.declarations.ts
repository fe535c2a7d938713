import { ATV_MEMBERS, T4C_MEMBERS } from '../../seed/shared/pilot-councils';
import { dayOf, PublishedRow, quarterEnd } from '../support/calibration/published-rows';
import { AreaDeclaration, RowCheck } from '../support/calibration/runner';

/**
 * Education and SEND: every figure the councils published, asked of the council as a board member
 * of its adoption agency (the Redcar deck's counts are small), read as CALIBRATION.md ("Education
 * and SEND") says: a month is the PEPs due in it; an absence year ("2022") is the academic year
 * ending in it (2021/22, the terms starting September 2021 to August 2022); "this year" of
 * transition plans is the academic year 2021/22; a dropout window is its months.
 */

const cell = (cells: { key: string; figure: { value: number | null } }[], key: string) =>
  cells.find((c) => c.key === key)?.figure.value ?? null;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "sep2021-jun2022" → "2021-09/2022-06". */
function monthsOf(window: string): string {
  const m = /^([a-z]{3})(\d{4})-([a-z]{3})(\d{4})$/.exec(window);
  if (!m) throw new Error(`not a window: ${window}`);
  const month = (name: string) => String(MONTHS.indexOf(name) + 1).padStart(2, '0');
  return `${m[2]}-${month(m[1])}/${m[4]}-${month(m[3])}`;
}
/** An absence year "2022": the academic year 2021/22 as a run of months. */
const academicYearEnding = (year: string) => `${Number(year) - 1}-09/${year}-08`;
/** A financial-year label "2021-22" read as the academic year starting in its first year. */
const academicYearOf = (label: string) => `${label.slice(0, 4)}-09/${Number(label.slice(0, 4)) + 1}-08`;
const round1 = (v: number) => Math.round(v * 10) / 10;

function check(f: PublishedRow): RowCheck | null {
  if (f.authority === 'ATV' && f.measure === 'education_support_families_count')
    // ATV's 77 is held once: the agency's education support cases (the adoption subgraph's agency work).
    return {
      root: 'region(code: "ATV")',
      as: 'ATV',
      field: `agencyWork(period: "${f.period}", kind: EDUCATION_SUPPORT_CASE) { count { value } }`,
      read: (r) => r.agencyWork.count.value,
    };
  const support: Record<string, string> = {
    adopted_children_changed_education_provision_count: 'changedProvision { value }',
    adopted_children_added_to_sen_register_count: 'addedToSenRegister { value }',
    adopted_children_school_refusal_resolved_count: 'schoolRefusalResolved { value }',
    schools_trained_trauma_attachment_count: 'schoolsTrained { value }',
  };
  if (f.authority === 'ATV' && f.measure in support)
    return {
      root: 'region(code: "ATV")',
      as: 'ATV',
      field: `educationSupport(period: "${f.period}") { ${support[f.measure]} }`,
      read: (r) => (Object.values(r.educationSupport)[0] as { value: number }).value,
    };
  if (f.authority === 'ATV' && f.measure === 'adopted_children_ehcp_secured_count') {
    const prior = f.parts.get('prior_sen_register');
    return {
      root: 'region(code: "ATV")',
      as: 'ATV',
      field: `educationSupport(period: "${f.period}") { ehcpSecured { total { value } breakdown(by: PRIOR_SEN_REGISTER) { key figure { value } } } }`,
      read: (r) =>
        prior
          ? cell(r.educationSupport.ehcpSecured.breakdown, prior.toUpperCase())
          : r.educationSupport.ehcpSecured.total.value,
    };
  }
  if (![...T4C_MEMBERS, ...ATV_MEMBERS].includes(f.authority)) return null;
  const base = {
    root: `localAuthority(code: "${f.authority}")`,
    as: T4C_MEMBERS.includes(f.authority) ? ('T4C' as const) : ('ATV' as const),
  };
  switch (f.measure) {
    case 'ehcps_issued_within_20_weeks_pct':
      // The paper does not say whether exceptions count: the hub gives both; this row reads "including".
      return {
        ...base,
        field: `ehcNeedsAssessments(period: "${f.period}") { issuedWithin20Weeks { total { value } } }`,
        read: (la) => la.ehcNeedsAssessments.issuedWithin20Weeks.total.value,
      };
    case 'ehcp_children_change_pct':
      return {
        ...base,
        field: `ehcPlans(at: "${quarterEnd(f.period)}") { changeSince(since: "${quarterEnd(f.parts.get('comparison')!)}") { value } }`,
        read: (la) => la.ehcPlans.changeSince.value,
      };
    case 'peps_completed_in_timescale_pct':
      return {
        ...base,
        field: `personalEducationPlans(period: "${f.asOf}") { completedInTimescale { value } }`,
        read: (la) => la.personalEducationPlans.completedInTimescale.value,
      };
    case 'peps_rated_amber_pct':
      return {
        ...base,
        field: `personalEducationPlans(period: "${f.period}") { amber { value } }`,
        read: (la) => la.personalEducationPlans.amber.value,
      };
    case 'peps_good_or_outstanding_pct':
      return {
        ...base,
        field: `personalEducationPlans(period: "${f.period}") { goodOrOutstanding { value } }`,
        // "Just under 60%": below 60 and 60 when rounded to a whole percent.
        read: (la) => {
          const v = la.personalEducationPlans.goodOrOutstanding.value;
          if (f.parts.get('qualifier') !== 'just_under') return v;
          return v !== null && v < f.value ? Math.round(v) : -1;
        },
      };
    case 'secondary_pupil_absence_pct':
      return {
        ...base,
        field: `schoolAbsence(period: "${academicYearEnding(f.period)}") { overallAbsence { breakdown(by: PHASE) { key figure { value } } } }`,
        read: (la) => cell(la.schoolAbsence.overallAbsence.breakdown, 'SECONDARY'),
      };
    case 'secondary_pupil_absence_change_pct': {
      // "A 3.5% increase from 5.5% to 9%": percentage points between the two academic years.
      const [from, to] = f.period.split('-').map((y) => (y.length === 2 ? `20${y}` : y));
      const secondary = `overallAbsence { breakdown(by: PHASE) { key figure { value } } }`;
      return {
        ...base,
        field: `before: schoolAbsence(period: "${academicYearEnding(from)}") { ${secondary} } after: schoolAbsence(period: "${academicYearEnding(to)}") { ${secondary} }`,
        read: (la) =>
          round1(
            cell(la.after.overallAbsence.breakdown, 'SECONDARY')! -
              cell(la.before.overallAbsence.breakdown, 'SECONDARY')!,
          ),
      };
    }
    case 'post16_education_dropouts_count':
      return {
        ...base,
        field: `post16Support(period: "${monthsOf(f.parts.get('window')!)}") { dropouts { total { value } } }`,
        read: (la) => la.post16Support.dropouts.total.value,
      };
    case 'post16_dropouts_interviewed_count':
      // "Interviews have been held with 44 of the young people": of the dropouts of the same window.
      return {
        ...base,
        field: `post16Support(period: "2021-09/2022-06") { dropoutsInterviewed { value } }`,
        read: (la) => la.post16Support.dropoutsInterviewed.value,
      };
    case 'neet_risk_transition_plans_count':
      return {
        ...base,
        field: `post16Support(period: "${academicYearOf(f.period)}") { transitionPlans { value } }`,
        read: (la) => la.post16Support.transitionPlans.value,
      };
    case 'semh_provision_young_people_count':
      // Published with no date: read at the end of the quarter the performance summary reports.
      return {
        ...base,
        field: `semhProvision(at: "${dayOf('2022-06')}") { total { value } }`,
        read: (la) => la.semhProvision.total.value,
      };
    default:
      return null;
  }
}

export const educationSend: AreaDeclaration = {
  area: 'education and SEND',
  checked: [
    'education_support_families_count',
    'ehcps_issued_within_20_weeks_pct',
    'ehcp_children_change_pct',
    'peps_completed_in_timescale_pct',
    'peps_rated_amber_pct',
    'peps_good_or_outstanding_pct',
    'secondary_pupil_absence_pct',
    'secondary_pupil_absence_change_pct',
    'post16_education_dropouts_count',
    'post16_dropouts_interviewed_count',
    'neet_risk_transition_plans_count',
    'semh_provision_young_people_count',
    'adopted_children_changed_education_provision_count',
    'adopted_children_added_to_sen_register_count',
    'adopted_children_school_refusal_resolved_count',
    'adopted_children_ehcp_secured_count',
    'schools_trained_trauma_attachment_count',
  ],
  notModelled: {
    las_with_higher_send_eet_participation_count:
      'a rank of Redcar among "162 local authorities", a set the paper does not name (England has 151 councils with education duties)',
    peps_good_or_outstanding_count:
      'the paper garbles these (three counts, 288, 1106 and 1882, for two endpoints, no periods, unbalanced brackets); the percentages are held',
  },
  rowExceptions: {},
  check,
};

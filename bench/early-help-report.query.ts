/**
 * Redcar and Cleveland's Q1 2022-23 early help page as one request (the README's example), and
 * Staffordshire's young carers by age and hours: the early help board queries `npm run bench` times.
 */
export const EARLY_HELP_PAGE = `query RedcarEarlyHelpQ1 {
  localAuthority(code: "E06000003") {
    name
    contactsLastFourQuarters: contacts(period: "2021-07/2022-06") {
      total { value } progressedToEarlyHelpQuarterlyMean { value } progressedToEarlyHelp { value }
    }
    contacts2020: contacts(period: "2020-21") { progressedToEarlyHelp { value } }
    partnerLedQ1LastYear: earlyHelpAssessments(period: "2021-22-Q1") { breakdown(by: LEAD) { key figure { value } } }
    partnerLedQ1: earlyHelpAssessments(period: "2022-23-Q1") { breakdown(by: LEAD) { key figure { value } } }
    reReferralsQ1: referrals(period: "2022-23-Q1") { total { value } reReferralRate { value } }
    reReferralsJune: referrals(period: "2022-06") { total { value } reReferralRate { value } }
    childrenReReferred(period: "2022-06") {
      total { value } breakdown(by: IN_SIBLING_GROUP) { key figure { value } } siblingGroups { value } largestSiblingGroup { value }
    }
    edgeOfCare: edgeOfCareYoungPeopleSupported(period: "2022-23-Q1", service: "NO_WRONG_DOOR") { total { value } remainedAtHome { value } }
  }
}`;

export const YOUNG_CARERS_TABLE = `query StaffordshireYoungCarers {
  localAuthority(code: "E10000028") {
    youngCarersSupported(period: "2021-22-Q1-Q3") {
      total { value }
      caredFor: shares(by: CARED_FOR_NEED) { key figure { value } }
      hours: shares(by: HOURS_BAND) { key figure { value } }
      ageByHours: rows(by: [AGE_BAND, HOURS_BAND], ageBands: ["0-5", "6-9", "10-15", "16+"], hoursBands: ["0-10", "11-29", "30+"]) {
        ageBand hoursBand value suppressionReason
      }
    }
  }
}`;

/** The same figures as bare SQL, the floor the hub is measured against: one grouped statement each. */
export const EARLY_HELP_BARE_SQL = [
  `SELECT substr(contact_date, 1, 7) AS m, outcome, COUNT(*) FROM contact WHERE authority_code = 'E06000003' AND contact_date BETWEEN '2021-07-01' AND '2022-06-30' GROUP BY m, outcome`,
  `SELECT outcome, COUNT(*) FROM contact WHERE authority_code = 'E06000003' AND contact_date BETWEEN '2020-04-01' AND '2021-03-31' GROUP BY outcome`,
  `SELECT lead, COUNT(*) FROM early_help_episode WHERE authority_code = 'E06000003' AND assessment_date BETWEEN '2021-04-01' AND '2021-06-30' GROUP BY lead`,
  `SELECT lead, COUNT(*) FROM early_help_episode WHERE authority_code = 'E06000003' AND assessment_date BETWEEN '2022-04-01' AND '2022-06-30' GROUP BY lead`,
  `SELECT COUNT(*), SUM(CASE WHEN EXISTS (SELECT 1 FROM referral p WHERE p.child_id = r.child_id AND p.referral_date < r.referral_date AND p.referral_date >= '2021-04-01') THEN 1 ELSE 0 END) FROM referral r WHERE r.authority_code = 'E06000003' AND r.referral_date BETWEEN '2022-04-01' AND '2022-06-30'`,
  `SELECT r.family_id, COUNT(DISTINCT r.child_id) FROM referral r WHERE r.authority_code = 'E06000003' AND r.referral_date BETWEEN '2022-06-01' AND '2022-06-30' AND EXISTS (SELECT 1 FROM referral p WHERE p.child_id = r.child_id AND p.referral_date < r.referral_date AND p.referral_date >= '2021-06-01') GROUP BY r.family_id`,
  `SELECT CASE WHEN came_into_care_date <= '2022-06-30' THEN 1 ELSE 0 END AS c, COUNT(*) FROM edge_of_care_intervention WHERE authority_code = 'E06000003' AND service = 'NO_WRONG_DOOR' AND start_date <= '2022-06-30' AND (end_date IS NULL OR end_date >= '2022-04-01') GROUP BY c`,
];

export const YOUNG_CARERS_BARE_SQL = [
  `SELECT date_of_birth, start_date, hours_per_week, cared_for_need, COUNT(*) FROM young_carer WHERE authority_code = 'E10000028' AND start_date <= '2021-12-31' AND (end_date IS NULL OR end_date >= '2021-04-01') GROUP BY date_of_birth, start_date, hours_per_week, cared_for_need`,
];

/**
 * Redcar and Cleveland's "Virtual School, SEND, Careers & NEETs" page of its Q1 2022-23
 * performance summary as one request: EHC plans and their growth, 20-week timeliness both ways,
 * PEPs in timescale by month and their quality, secondary absence, children in care's persistent
 * absence, post-16 dropouts and NEET prevention. The README shows it with its answer, a test
 * checks that answer, and `npm run bench` times it.
 */
export const VIRTUAL_SCHOOL_PAGE = `query RedcarVirtualSchoolAndSend {
  localAuthority(code: "E06000003") {
    name
    ehcPlans(at: "2022-06-30") {
      total { value }
      changeSince(since: "2021-12-31") { value numerator denominator }
    }
    ehcNeedsAssessments(period: "2022-23-Q1") {
      issuedWithin20Weeks { total { value numerator denominator } }
      issuedWithin20WeeksExcludingExceptions { total { value } }
    }
    pepsByMonth: personalEducationPlansSeries(periods: ["2022-01", "2022-02", "2022-03", "2022-06"]) {
      period
      due { value }
      completedInTimescale { value }
    }
    pepQuality: personalEducationPlansSeries(periods: ["2018-19", "2021-22"]) {
      period
      amber { value }
      goodOrOutstanding { value }
    }
    absence: schoolAbsenceSeries(periods: ["2019-09/2020-08", "2021-09/2022-08"]) {
      period
      overallAbsence { byPhase: breakdown(by: PHASE) { key figure { value } } }
    }
    childrenInCare: schoolAbsence(period: "2022-04/2022-06", cohort: "LOOKED_AFTER") {
      pupils { value }
      persistentAbsence { breakdown(by: PHASE) { key figure { value } } }
    }
    post16Support(period: "2021-09/2022-06") {
      dropouts { total { value } breakdown(by: PROVIDER) { key figure { value } } }
      dropoutsInterviewed { value }
    }
    thisYear: post16Support(period: "2021-09/2022-08") { transitionPlans { value } }
    semhProvision(at: "2022-06-30") { total { value } }
  }
}`;

/** Children in care with an EHC plan by age band, for a partnership and each of its councils. */
export const EHC_PLANS_IN_CARE = `query ChildrenInCareWithEhcPlanT4C {
  region(code: "T4C") {
    childrenInCareWithEhcPlan(at: "2022-03-31") {
      total { value }
      breakdown(by: AGE_BAND, ageBands: ["0-4", "5-10", "11-15", "16+"]) { key figure { value } }
    }
    members {
      shortName
      childrenInCareWithEhcPlan(at: "2022-03-31") { total { value } }
    }
  }
}`;

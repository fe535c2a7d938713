/**
 * The regional adoption board's annual report as one request: for the partnership and each
 * council, the scorecard's counts for two years, A10 and A2 (three-year and in-year) beside
 * England's average and the target, early permanence and where children were placed. The README
 * shows it with its answer, a test checks that answer, and `npm run bench` times it.
 */
export const ADOPTION_REPORT = `query AdoptionReport($region: ID!) {
  region(code: $region) {
    code
    ...AdoptionReportRegion
    members { shortName ...AdoptionReportCouncil }
  }
}

fragment AdoptionReportRegion on Region {
  lastYear: adoptionActivity(period: "2020-21") { ...Counts }
  thisYear: adoptionActivity(period: "2021-22") { ...Counts ...Placements }
  threeYears: adoptionTimeliness(period: "2019-22") { ...Timeliness }
  inYear: adoptionTimeliness(period: "2021-22") { ...Timeliness }
}

fragment AdoptionReportCouncil on LocalAuthority {
  lastYear: adoptionActivity(period: "2020-21") { ...Counts }
  thisYear: adoptionActivity(period: "2021-22") { ...Counts ...Placements }
  threeYears: adoptionTimeliness(period: "2019-22") { ...Timeliness }
  inYear: adoptionTimeliness(period: "2021-22") { ...Timeliness }
}

fragment Counts on AdoptionActivity {
  decisions { total { value } }
  placementOrders { total { value } }
  childrenPlaced { total { value } }
  adoptionOrders { total { value } }
}

fragment Placements on AdoptionActivity {
  earlyPermanencePlacements { total { value } }
  childrenPlaced { breakdown(by: ADOPTER_SOURCE) { key figure { value } } }
}

fragment Timeliness on AdoptionTimeliness {
  children { value }
  a10 { value englandAverage target }
  a2 { value englandAverage target }
}`;

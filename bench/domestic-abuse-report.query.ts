/**
 * The Safeguarding Overview and Scrutiny Committee's quarterly domestic abuse report (Q4 2020-21,
 * Staffordshire and Stoke-on-Trent) as one request — the README's example, and a query `npm run
 * bench` times.
 */
export const DOMESTIC_ABUSE_REPORT = `query DomesticAbuseQuarterlyReport {
  staffordshire: localAuthority(code: "E10000028") {
    name
    victims: domesticAbuseReferrals(period: "2020-21-Q4", service: "VICTIM", unit: "REFERRAL") {
      total { value }
      change { earlierPeriod change { value } percentChange { value } }
      sources: shares(by: SOURCE) { key figure { value } }
    }
    adults: domesticAbuseReferrals(period: "2020-21-Q4", service: "VICTIM", unit: "REFERRAL", ageGroup: "ADULT") {
      accepted { value } supported { value } supportedShare { value }
    }
    childrenAndYoungPeople: domesticAbuseReferrals(period: "2020-21-Q4", service: "VICTIM", unit: "REFERRAL", ageGroup: "CHILDREN_AND_YOUNG_PEOPLE") {
      accepted { value } supported { value } supportedShare { value }
    }
    perpetrators: domesticAbuseReferrals(period: "2020-21-Q4", service: "PERPETRATOR", unit: "REFERRAL") {
      total { value }
      breakdown(by: AGE_GROUP) { key figure { value } }
    }
    districts {
      name
      victims: domesticAbuseReferrals(period: "2020-21-Q4", service: "VICTIM", unit: "REFERRAL") {
        total { value } change { change { value } }
      }
      perpetrators: domesticAbuseReferrals(period: "2020-21-Q4", service: "PERPETRATOR", unit: "REFERRAL") {
        total { value } change { change { value } }
      }
    }
    satisfaction: domesticAbuseSatisfaction(period: "2020-21-Q4", service: "VICTIM") {
      breakdown(by: SUPPORT_LEVEL) { key figure { value } }
    }
    domesticHomicideReviews(at: "2021-07-06") {
      total { value }
      breakdown(by: STAGE) { key figure { value } }
    }
  }
  area: region(code: "STAFFS-STOKE") {
    name
    victimsSinceContract: domesticAbuseReferrals(period: "2018-10/2021-03", service: "VICTIM") {
      total { value } shares(by: COUNCIL) { key figure { value } }
    }
    perpetratorsSinceContract: domesticAbuseReferrals(period: "2018-10/2021-03", service: "PERPETRATOR") {
      total { value } shares(by: COUNCIL) { key figure { value } }
    }
    domesticAbuseContractValue(at: "2021-07-06") { total { value } }
    domesticAbuseContractFunding(at: "2021-07-06") {
      total { value }
      contributionsLessContractValue { value }
      amounts: breakdown(by: FUNDER) { key figure { value } }
      publishedShares { key figure { value } }
      sharesOfContractValue { key figure { value } }
    }
  }
}`;

/** The same figures as bare SQL, the floor the hub is measured against: one grouped statement each. */
export const DOMESTIC_ABUSE_BARE_SQL = [
  `SELECT service, age_group, district_code, source, accepted, supported, CASE WHEN received_date >= '2021-01-01' THEN 1 ELSE 0 END AS q4, COUNT(*) FROM referral WHERE authority_code = 'E10000028' AND unit = 'REFERRAL' AND received_date BETWEEN '2020-10-01' AND '2021-03-31' GROUP BY service, age_group, district_code, source, accepted, supported, q4`,
  `SELECT authority_code, service, COUNT(*) FROM referral WHERE received_date BETWEEN '2018-10-01' AND '2021-03-31' GROUP BY authority_code, service`,
  `SELECT support_level, COUNT(*), SUM(CASE WHEN satisfied = 1 THEN 1 ELSE 0 END) FROM satisfaction_response WHERE authority_code = 'E10000028' AND service = 'VICTIM' AND response_date BETWEEN '2021-01-01' AND '2021-03-31' GROUP BY support_level`,
  `SELECT (SELECT s.stage FROM dhr_stage s WHERE s.review_id = d.id AND s.from_date <= '2021-07-06' ORDER BY s.from_date DESC LIMIT 1) AS stage, COUNT(*) FROM domestic_homicide_review d WHERE d.authority_code = 'E10000028' GROUP BY stage`,
  `SELECT f.funder, SUM(f.annual_amount), SUM(c.annual_value) FROM contract_funding f JOIN commissioning_contract c ON c.id = f.contract_id WHERE c.area_code = 'STAFFS-STOKE' GROUP BY f.funder`,
];

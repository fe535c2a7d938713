/**
 * The England-wide question: children in care by age band at a date in every council (150 hold
 * records; the 151st, the Isles of Scilly, answers NO_DATA), as one request; with `region`, the
 * same for that region's members only (e.g. PILOT's nine), to compare the statements it costs.
 */
export const ENGLAND_CHILDREN_IN_CARE = `query EnglandChildrenInCare($at: Date!, $region: ID) {
  localAuthorities(regionCode: $region) {
    code
    childrenInCare(at: $at) { total { value } breakdown(by: AGE_BAND) { key figure { value } } }
  }
}`;

/** The board's headline query (the README's), for any region. */
export const BOARD_HEADLINE = `query BoardHeadline($code: ID!, $at: Date!) {
  region(code: $code) {
    name
    childrenInCare(at: $at) { total { value } breakdown(by: AGE_BAND) { key figure { value } } }
    members { shortName childrenInCare(at: $at) { total { value } aged0to5: breakdown(by: AGE_BAND, ageBands: ["0-5"]) { key figure { value } } } }
  }
}`;

/** What the gateway sends the fostering subgraph for the headline query: one `_entities` call. */
export const BOARD_HEADLINE_ENTITIES = `query ($representations: [_Any!]!, $at: Date!) {
  _entities(representations: $representations) {
    ... on Region { childrenInCare(at: $at) { total { value } breakdown(by: AGE_BAND) { key figure { value } } } }
    ... on LocalAuthority { childrenInCare(at: $at) { total { value } aged0to5: breakdown(by: AGE_BAND, ageBands: ["0-5"]) { key figure { value } } } }
  }
}`;

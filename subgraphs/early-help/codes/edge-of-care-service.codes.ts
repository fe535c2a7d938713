import { CodeList } from '../../measures/dimension-set';

/** Edge-of-care services, under the names the councils give them. */
export const EDGE_OF_CARE_SERVICE: CodeList = {
  NO_WRONG_DOOR: "No Wrong Door (North Yorkshire's model; Redcar and Cleveland)",
  FUTURES_FOR_FAMILIES: 'Futures for Families (Middlesbrough, with North Yorkshire)',
  INTENSIVE_PREVENTION: 'Intensive Prevention Service (Staffordshire)',
  EDGE_OF_CARE_TEAM: "The council's edge-of-care team",
};

/** Where a young person was at the end of the period counted. */
export const EDGE_OF_CARE_OUTCOME: CodeList = {
  REMAINED_AT_HOME: 'Remained at home or with their family',
  CAME_INTO_CARE: 'Came into care',
};

import { CodeList } from '../../measures/dimension-set';

/** Who pays towards a commissioned contract. */
export const FUNDER: CodeList = {
  STAFFORDSHIRE_COUNTY_COUNCIL: 'Staffordshire County Council',
  STAFFORDSHIRE_COMMISSIONERS_OFFICE: "Staffordshire Commissioner's Office (lead commissioner)",
  STOKE_ON_TRENT_CITY_COUNCIL: 'Stoke-on-Trent City Council',
};

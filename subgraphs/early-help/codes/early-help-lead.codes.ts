import { CodeList } from '../../measures/dimension-set';

/** Who leads an early help assessment and plan. */
export const EARLY_HELP_LEAD: CodeList = {
  PARTNER: 'Partner-led (a school, health visitor, or other agency)',
  COUNCIL: "Council-led (the council's own early help service)",
};

/** The lead practitioner's agency. */
export const LEAD_AGENCY: CodeList = {
  SCHOOL: 'School or college',
  EARLY_YEARS: 'Early years setting',
  HEALTH: 'Health (health visitor, school nurse, GP)',
  HOUSING: 'Housing provider',
  VOLUNTARY_SECTOR: 'Voluntary or community sector',
  POLICE: 'Police',
  COUNCIL_EARLY_HELP: "Council's early help or family support service",
  FAMILY_HUB: "Family hub or children's centre",
};

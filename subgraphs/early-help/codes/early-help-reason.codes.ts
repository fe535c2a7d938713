import { CodeList } from '../../measures/dimension-set';

/** The main reason for early help, after the Supporting Families outcomes framework's headlines. */
export const EARLY_HELP_REASON: CodeList = {
  EDUCATION: 'Getting a good education (attendance, exclusion)',
  EARLY_YEARS: 'Good early years development',
  HEALTH: 'Improved mental and physical health',
  SUBSTANCE_USE: 'Promoting recovery and reducing harm from substance use',
  FAMILY_RELATIONSHIPS: 'Improved family relationships',
  EXPLOITATION: 'Children safe from abuse and exploitation',
  CRIME: 'Crime prevention and tackling',
  DOMESTIC_ABUSE: 'Safe from domestic abuse',
  HOUSING: 'Secure housing',
  FINANCIAL_STABILITY: 'Financial stability',
};

/** Why an early help episode ended. */
export const EARLY_HELP_END_REASON: CodeList = {
  OUTCOMES_MET: 'Outcomes met',
  STEPPED_UP: "Stepped up to children's social care",
  STEPPED_DOWN: 'Stepped down to universal services',
  NO_FURTHER_ACTION: 'No further action',
  DISENGAGED: 'Family disengaged or withdrew consent',
  MOVED_AWAY: 'Moved out of the area',
};

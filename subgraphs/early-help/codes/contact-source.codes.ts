import { CodeList } from '../../measures/dimension-set';

/** Who contacted or referred: the CIN census referral sources, grouped as DfE publishes them. */
export const CONTACT_SOURCE: CodeList = {
  INDIVIDUAL: 'Individual (the family, a friend, the child themselves)',
  SCHOOL: 'Schools and education services',
  HEALTH: 'Health services',
  HOUSING: 'Housing',
  LA_SERVICES: "Local authority services (including the council's own early help)",
  POLICE: 'Police',
  OTHER_LEGAL_AGENCY: 'Other legal agency',
  OTHER: 'Other',
  ANONYMOUS: 'Anonymous',
  UNKNOWN: 'Unknown',
};

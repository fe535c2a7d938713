import { CodeList } from '../../measures/dimension-set';

/** The commissioned service a referral is to. */
export const SERVICE: CodeList = {
  VICTIM: 'Victim service (victims and survivors, adults and children and young people)',
  PERPETRATOR: 'Perpetrator service (people who harm, adults and young people)',
};

/** Who the referral is for: an adult, or a child or young person. */
export const AGE_GROUP: CodeList = {
  ADULT: 'Adult',
  CHILDREN_AND_YOUNG_PEOPLE: 'Children and young people',
};

/**
 * Who referred: the papers name police, self-referral and "other sources e.g. Victims Hub,
 * National Probation Service Victim Contact Scheme etc." (OTHER); the rest are the usual
 * professional referrers.
 */
export const REFERRAL_SOURCE: CodeList = {
  POLICE: 'Police',
  SELF: 'Self-referral',
  OTHER: 'Other sources (Victims Hub, National Probation Service Victim Contact Scheme, …)',
  HEALTH: 'Health services',
  CHILDRENS_SOCIAL_CARE: "Children's social care",
  HOUSING: 'Housing',
  EDUCATION: 'Schools and colleges',
};

/** A referral, or an enquiry for support (the since-contract counts are "referrals / enquiries"). */
export const REFERRAL_UNIT: CodeList = {
  REFERRAL: 'Referral',
  ENQUIRY: 'Enquiry for support',
};

/** Why a referral was not accepted (NONE: it was). */
export const NOT_ACCEPTED_REASON: CodeList = {
  NONE: 'Accepted',
  DUPLICATE: 'A duplicate of a referral already received',
  OUT_OF_AREA: 'Ineligible: out of area',
  INAPPROPRIATE: 'Inappropriate for the service',
};

/** The level of support given, for those supported. */
export const SUPPORT_LEVEL: CodeList = {
  IMMEDIATE_ADVICE: 'Immediate advice',
  EARLY_INTERVENTION: 'Early intervention',
  TARGETED: 'Targeted support',
  NONE: 'Not supported',
};

/** The risk assessed at triage (SafeLives DASH levels), for referrals triaged. */
export const RISK_LEVEL: CodeList = {
  STANDARD: 'Standard',
  MEDIUM: 'Medium',
  HIGH: 'High',
  NOT_TRIAGED: 'Not triaged (not accepted)',
};

/** A code list of a national return (SEN2, school census, NCCIS): code → label. */
export type CodeList = Readonly<Record<string, string>>;

/** SEN2 and school census primary type of need. */
export const PRIMARY_NEED: CodeList = {
  SPLD: 'Specific learning difficulty',
  MLD: 'Moderate learning difficulty',
  SLD: 'Severe learning difficulty',
  PMLD: 'Profound and multiple learning difficulty',
  SEMH: 'Social, emotional and mental health',
  SLCN: 'Speech, language and communication needs',
  HI: 'Hearing impairment',
  VI: 'Vision impairment',
  MSI: 'Multi-sensory impairment',
  PD: 'Physical disability',
  ASD: 'Autistic spectrum disorder',
  OTH: 'Other difficulty or disability',
};

/** SEN2 type of setting of a plan's named placement. */
export const SETTING: CodeList = {
  MAINSTREAM: 'Mainstream school',
  RESOURCED_PROVISION: 'Resourced provision or SEN unit in a mainstream school',
  SPECIAL: 'State-funded special school',
  INDEPENDENT: 'Independent or non-maintained special school',
  POST16: 'Further education or other post-16 setting',
  EHE: 'Elective home education',
  NEET: 'Not in education, employment or training',
  OTHER: 'Other arrangements',
};

/** SEN2 reason an EHC plan ceased; NOT_CEASED for a plan still maintained. */
export const CEASED_REASON: CodeList = {
  MAX_AGE: 'Reached the end of education or age 25',
  MOVED_LA: 'Moved to another council',
  NEEDS_MET: 'Needs met without a plan',
  EMPLOYMENT: 'Moved into employment',
  HE: 'Moved into higher education',
  OTHER: 'Other reason',
  NOT_CEASED: 'Not ceased',
};

/** A pupil's SEN provision (school census): none, SEN support ("K") or an EHC plan ("E"). */
export const SEN_STATUS: CodeList = {
  NONE: 'No special educational needs',
  SEN_SUPPORT: 'SEN support',
  EHC_PLAN: 'Education, health and care plan',
};

export const PHASE: CodeList = {
  PRIMARY: 'Primary (Reception to Year 6)',
  SECONDARY: 'Secondary (Years 7 to 11)',
  SPECIAL: 'Special school',
};

export const LOOKED_AFTER: CodeList = {
  LOOKED_AFTER: 'Looked after by the council (on the virtual school roll)',
  NOT_LOOKED_AFTER: 'Not looked after',
};

/** DfE reason for a suspension or permanent exclusion (grouped). */
export const EXCLUSION_REASON: CodeList = {
  PHYSICAL_ASSAULT_PUPIL: 'Physical assault against a pupil',
  PHYSICAL_ASSAULT_ADULT: 'Physical assault against an adult',
  VERBAL_ABUSE: 'Verbal abuse or threatening behaviour',
  PERSISTENT_DISRUPTION: 'Persistent disruptive behaviour',
  DRUGS: 'Use or threat of use of an offensive weapon, drug or alcohol related',
  DAMAGE: 'Damage to property',
  OTHER: 'Other',
};

/** NCCIS activity of a young person in Years 12–13. */
export const ACTIVITY: CodeList = {
  EET: 'In education, employment or training',
  NEET: 'Not in education, employment or training',
  NOT_KNOWN: 'Activity not known',
};

/** Where a young person dropped out from. */
export const PROVIDER: CodeList = {
  FE_COLLEGE: 'Further education college',
  SIXTH_FORM: 'School sixth form',
  TRAINING_PROVIDER: 'Training provider',
  APPRENTICESHIP: 'Apprenticeship',
};

export const SEND_FLAG: CodeList = { SEND: 'With SEND', NOT_SEND: 'Without SEND' };

/**
 * The pupils a school figure is about (`cohort`): everyone, those with SEND (SEN support or a
 * plan), each provision alone, those without, or the virtual school's (children looked after).
 */
export const COHORT: CodeList = {
  ALL: 'All pupils',
  SEND: 'Pupils with SEN support or an EHC plan',
  SEN_SUPPORT: 'Pupils with SEN support',
  EHC_PLAN: 'Pupils with an EHC plan',
  NO_SEN: 'Pupils without special educational needs',
  LOOKED_AFTER: 'Children looked after (the virtual school roll)',
};

import { CodeList } from '../../measures/dimension-set';

/** The main type of care a young carer gives (after the MACA-YC18 domains). */
export const CARE_TYPE: CodeList = {
  DOMESTIC: 'Domestic (cooking, cleaning, shopping)',
  GENERAL_CARE: 'General care (medication, mobility)',
  EMOTIONAL: 'Emotional support and supervision',
  INTIMATE: 'Intimate care (washing, dressing, toileting)',
  SIBLING_CARE: 'Looking after brothers or sisters',
  FINANCIAL_OR_PRACTICAL: 'Financial or practical (bills, interpreting)',
};

/** The main need of the person cared for. */
export const CARED_FOR_NEED: CodeList = {
  PHYSICAL_DISABILITY_OR_SENSORY_IMPAIRMENT: 'Physical disability or sensory impairment',
  MENTAL_HEALTH: 'Mental ill health',
  LONG_TERM_ILLNESS: 'Long-term illness',
  LEARNING_DISABILITY_OR_AUTISM: 'Learning disability or autism',
  SUBSTANCE_MISUSE: 'Alcohol or substance misuse',
  OTHER: 'Other',
};

/** What the carers assessment decided besides the young carers service's support. */
export const CARER_ASSESSMENT_OUTCOME: CodeList = {
  YOUNG_CARERS_SERVICE: 'Support from the young carers service only',
  REFERRED_TO_ADULT_SOCIAL_CARE: 'Also referred to adult social care (statutory threshold met)',
  REFERRED_TO_CHILDRENS_SOCIAL_CARE: "Also referred to children's social care",
};

import { CodeList } from '../../measures/dimension-set';

/**
 * What a social care assessment led to. The first three are "ongoing social care input"
 * (Middlesbrough's phrase); the rest are not.
 */
export const ASSESSMENT_OUTCOME: CodeList = {
  CHILD_IN_NEED_PLAN: 'Child in need plan',
  CHILD_PROTECTION: 'Child protection enquiry or plan',
  LOOKED_AFTER: 'Became looked after',
  EARLY_HELP: 'Stepped down to early help',
  NO_FURTHER_ACTION: 'No further action',
};

/** The outcomes that are ongoing social care input. */
export const ONGOING_SOCIAL_CARE_INPUT = ['CHILD_IN_NEED_PLAN', 'CHILD_PROTECTION', 'LOOKED_AFTER'];

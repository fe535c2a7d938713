import { dimensionSet, YES_NO } from '../../measures/dimension-set';
import { ASSESSMENT_OUTCOME, ONGOING_SOCIAL_CARE_INPUT } from '../codes/assessment-outcome.codes';
import { CONTACT_OUTCOME } from '../codes/contact-outcome.codes';
import { CONTACT_SOURCE } from '../codes/contact-source.codes';
import { AssessmentRow } from '../data/assessments.queries';
import { ContactRow } from '../data/contacts.queries';
import { ReferralRow } from '../data/referrals.queries';
import { ReReferredRow } from '../data/re-referred-children.queries';

/** The ways to split contacts. */
export const CONTACT_DIMENSIONS = dimensionSet<ContactRow>({
  enumName: 'ContactDimension',
  description: "A way to split contacts to children's services.",
  rowTypeName: 'ContactFigureRow',
  dimensions: {
    SOURCE: {
      description: 'Who made the contact (CIN census referral sources).',
      codes: CONTACT_SOURCE,
      attribute: 'source',
    },
    OUTCOME: {
      description: 'What came of it: early help, a referral to social care, information and advice, no further action.',
      codes: CONTACT_OUTCOME,
      attribute: 'outcome',
    },
  },
});

/** The ways to split referrals. */
export const REFERRAL_DIMENSIONS = dimensionSet<ReferralRow>({
  enumName: 'ReferralDimension',
  description: "A way to split referrals to children's social care.",
  rowTypeName: 'ReferralFigureRow',
  dimensions: {
    SOURCE: { description: 'Who referred (CIN census referral sources).', codes: CONTACT_SOURCE, attribute: 'source' },
    RE_REFERRAL: {
      description:
        'YES when the child had been referred before within the window (`reReferralWindowMonths`, 12 months by default), else NO.',
      codes: YES_NO,
      attribute: 'reReferral',
    },
  },
});

/** The ways to split re-referred children. */
export const RE_REFERRED_DIMENSIONS = dimensionSet<ReReferredRow>({
  enumName: 'ReReferredChildrenDimension',
  description: 'A way to split the children re-referred in a period.',
  rowTypeName: 'ReReferredChildrenFigureRow',
  dimensions: {
    IN_SIBLING_GROUP: {
      description:
        'YES when at least one brother or sister (same family) was also re-referred in the period: the children re-referred as a sibling group.',
      codes: YES_NO,
      attribute: 'siblingGroupSize',
      keyOf: (row) => (row.siblingGroupSize >= 2 ? 'YES' : 'NO'),
    },
  },
});

/** The ways to split completed social care assessments. */
export const ASSESSMENT_DIMENSIONS = dimensionSet<AssessmentRow>({
  enumName: 'SocialCareAssessmentDimension',
  description: 'A way to split completed social care assessments.',
  rowTypeName: 'SocialCareAssessmentFigureRow',
  dimensions: {
    OUTCOME: { description: 'What the assessment led to.', codes: ASSESSMENT_OUTCOME, attribute: 'outcome' },
    ONGOING_SOCIAL_CARE_INPUT: {
      description:
        'YES when it led to ongoing social care input (a child in need plan, child protection, or care), else NO.',
      codes: YES_NO,
      attribute: 'outcome',
      keyOf: (row) => (ONGOING_SOCIAL_CARE_INPUT.includes(row.outcome!) ? 'YES' : 'NO'),
    },
  },
});

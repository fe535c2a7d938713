import { Int } from 'type-graphql';
import { badInput } from '../../schema/vocabulary/errors';
import { codeOption } from '../measures/code-option';
import { recordCoverage } from '../measures/coverage';
import { countFigure } from '../measures/figure.builder';
import { MeasureDeclaration } from '../measures/measure';
import { measureShareOf, unsuppressedFor } from '../measures/measure-figures';
import { COUNT } from '../measures/statistic';
import { CONTACT_OUTCOME } from './codes/contact-outcome.codes';
import { AssessmentRow, assessmentsCompletedIn } from './data/assessments.queries';
import { ContactRow, contactsIn } from './data/contacts.queries';
import { ReferralRow, referralsIn } from './data/referrals.queries';
import { reReferredChildrenIn, ReReferredRow } from './data/re-referred-children.queries';
import {
  ASSESSMENT_DIMENSIONS,
  CONTACT_DIMENSIONS,
  REFERRAL_DIMENSIONS,
  RE_REFERRED_DIMENSIONS,
} from './dimensions/front-door.dimensions';
import { quarterlyMeanShare } from '../measures/quarterly-mean-share';

/** The front door's measures: contacts, referrals and re-referrals, and the assessments that follow. */

const contacts: MeasureDeclaration<ContactRow> = {
  ...codeOption<ContactRow>('outcome', CONTACT_OUTCOME, 'outcome', 'the contacts with an outcome'),
  field: 'contacts',
  typeName: 'Contacts',
  measure: 'contacts_count',
  description: "Contacts received by children's services in the period, by source and outcome.",
  typeDescription:
    "Contacts received by children's services in a period (the front door), with the ways to split them.",
  time: 'FLOW',
  statistic: COUNT,
  cube: (context, codes, time, grouping) => contactsIn(context.dataSource, codes, time.period!, grouping),
  dimensions: CONTACT_DIMENSIONS,
  coverage: recordCoverage('contacts', 'contact'),
  figures: {
    progressedToEarlyHelp: {
      description:
        'The share (percent) of the contacts of the whole period that progressed to early help: pooled, all contacts together (Redcar\'s "26.2% in 2020/21").',
      resolve: (value, context) => measureShareOf(value, context, value.dimension('OUTCOME', {}), 'EARLY_HELP'),
    },
    progressedToEarlyHelpQuarterlyMean: {
      description:
        'The mean of each quarter\'s share of contacts progressing to early help, for a period of whole quarters (e.g. "2021-07/2022-06", the last four quarters to June 2022): Redcar\'s "average of 36.1% over the last 4 quarters" is this mean of quarterly rates, not the pooled share.',
      resolve: (value, context) => quarterlyMeanShare(value, context, 'OUTCOME', 'EARLY_HELP'),
    },
  },
};

/** Months a re-referral looks back, as asked (default 12, the CIN census measure). */
const windowOf = (args: Record<string, unknown>) => Number(args.reReferralWindowMonths ?? 12);

const reReferralWindow = {
  options: [
    {
      name: 'reReferralWindowMonths',
      type: () => Int,
      options: {
        defaultValue: 12,
        description:
          "A referral is a re-referral when the child was referred before at most this many months earlier (1 to 120; default 12, the CIN census measure; Redcar's paper states no window).",
      },
    },
  ],
  validate(_time: unknown, args: Record<string, unknown>) {
    const months = args.reReferralWindowMonths;
    if (typeof months !== 'number' || !Number.isInteger(months) || months < 1 || months > 120)
      throw badInput('reReferralWindowMonths', months, 'a whole number of months from 1 to 120 (default 12)');
  },
  rowDimensions: (args: Record<string, unknown>) => ({ re_referral_window_months: String(windowOf(args)) }),
};

const referrals: MeasureDeclaration<ReferralRow> = {
  ...reReferralWindow,
  field: 'referrals',
  typeName: 'Referrals',
  measure: 'referrals_count',
  description:
    "Referrals to children's social care received in the period, by source and whether each was a re-referral within the window.",
  typeDescription: "Referrals to children's social care in a period, with re-referrals computed for a window.",
  time: 'FLOW',
  statistic: COUNT,
  cube: (context, codes, time, grouping, args) =>
    referralsIn(context.dataSource, codes, time.period!, grouping, windowOf(args)),
  dimensions: REFERRAL_DIMENSIONS,
  coverage: recordCoverage('referrals', 'referral', windowOf),
  figures: {
    reReferralRate: {
      description:
        'The share (percent) of the referrals that were re-referrals within the window (Redcar: "23.9% of referrals in June 2022 being re-referrals").',
      resolve: (value, context) => measureShareOf(value, context, value.dimension('RE_REFERRAL', {}), 'YES'),
    },
  },
};

const childrenReReferred: MeasureDeclaration<ReReferredRow> = {
  ...reReferralWindow,
  field: 'childrenReReferred',
  typeName: 'ReReferredChildren',
  measure: 'children_re_referred_count',
  description:
    'Children with a re-referral (within the window) in the period, each counted once, and how many came as sibling groups.',
  typeDescription:
    'Children re-referred to social care in a period; a sibling group is two or more children of one family re-referred in the period.',
  time: 'FLOW',
  statistic: COUNT,
  cube: (context, codes, time, _grouping, args) =>
    reReferredChildrenIn(context.dataSource, codes, time.period!, windowOf(args)),
  groupedBy: ['siblingGroupSize'],
  dimensions: RE_REFERRED_DIMENSIONS,
  coverage: recordCoverage('referrals', 'referral', windowOf),
  figures: {
    siblingGroups: {
      description: 'Sibling groups among the children re-referred: families with two or more children re-referred.',
      async resolve(value, context) {
        const rows = await value.rows(context);
        const groups = rows?.filter((r) => r.siblingGroupSize >= 2).reduce((s, r) => s + r.groups, 0) ?? null;
        return countFigure(groups, unsuppressedFor(value, context));
      },
    },
    largestSiblingGroup: {
      description: 'The number of children in the largest sibling group re-referred (0 when there is none).',
      async resolve(value, context) {
        const rows = await value.rows(context);
        const sizes = rows?.filter((r) => r.siblingGroupSize >= 2).map((r) => r.siblingGroupSize) ?? null;
        return countFigure(sizes === null ? null : Math.max(0, ...sizes), unsuppressedFor(value, context));
      },
    },
  },
};

const socialCareAssessments: MeasureDeclaration<AssessmentRow> = {
  field: 'socialCareAssessments',
  typeName: 'SocialCareAssessments',
  measure: 'social_care_assessments_count',
  description: "Children's social care assessments completed in the period, by what they led to.",
  typeDescription: "Children's social care assessments completed in a period.",
  time: 'FLOW',
  statistic: COUNT,
  cube: (context, codes, time, grouping) => assessmentsCompletedIn(context.dataSource, codes, time.period!, grouping),
  dimensions: ASSESSMENT_DIMENSIONS,
  coverage: recordCoverage('assessments', 'social_care_assessment'),
  figures: {
    ongoingSocialCareInput: {
      description:
        'The share (percent) of the assessments that led to ongoing social care input (Middlesbrough: "88%").',
      resolve: (value, context) =>
        measureShareOf(value, context, value.dimension('ONGOING_SOCIAL_CARE_INPUT', {}), 'YES'),
    },
  },
};

export const FRONT_DOOR_MEASURES = [
  contacts,
  referrals,
  childrenReReferred,
  socialCareAssessments,
] as MeasureDeclaration[];

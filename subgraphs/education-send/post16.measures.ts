import { MeasureDeclaration } from '../measures/measure';
import { MeasureGroupDeclaration } from '../measures/measure-group';
import { COUNT } from '../measures/statistic';
import { educationCoverage } from './data/education-coverage.queries';
import * as post16 from './data/post16.queries';
import { Post16Row } from './data/post16.queries';
import { POST16_DIMENSIONS } from './dimensions/post16.dimensions';

/** Post-16 participation and support (NCCIS tracking): declared here, built by the measures kit. */

const POST16 = educationCoverage('POST16');

const post16Participation: MeasureDeclaration<Post16Row> = {
  field: 'post16Participation',
  typeName: 'Post16Participation',
  measure: 'post16_young_people_count',
  description:
    'Young people of academic age 16–17 (Years 12–13) tracked in the month of the date, by ACTIVITY (EET, NEET, not known): `shares(by: ACTIVITY)` gives the EET and NEET percentages.',
  typeDescription:
    'Young people in Years 12–13 in the month of a date, as NCCIS tracks them, by activity, SEND, year group and the Year 11 risk-of-NEET indicator.',
  time: 'SNAPSHOT',
  statistic: COUNT,
  coverage: POST16,
  cube: (context, codes, time, grouping) => post16.post16ActivityAt(context.dataSource, codes, time.date!, grouping),
  dimensions: POST16_DIMENSIONS,
  notSplitBy: ['PROVIDER'],
};

const semhProvision: MeasureDeclaration<Post16Row> = {
  field: 'semhProvision',
  typeName: 'SemhProvision',
  measure: 'semh_provision_young_people_count',
  description:
    'Young people engaged in social, emotional and mental health (SEMH) provision for those at risk of NEET at the end of a day.',
  typeDescription: 'Young people engaged in SEMH provision at the end of a day.',
  time: 'SNAPSHOT',
  statistic: COUNT,
  coverage: POST16,
  cube: (context, codes, time, grouping) => post16.semhProvisionAt(context.dataSource, codes, time.date!, grouping),
  dimensions: POST16_DIMENSIONS,
  notSplitBy: ['ACTIVITY', 'YEAR_GROUP', 'PROVIDER', 'RISK_OF_NEET'],
};

const event = (
  field: string,
  measure: string,
  description: string,
  kind: 'DROPOUT' | 'TRANSITION_PLAN',
  interviewedOnly = false,
): MeasureDeclaration<Post16Row> => ({
  field,
  typeName: 'Post16Events',
  measure,
  description,
  typeDescription: 'Post-16 events in a period: dropouts from college or training, transition plans.',
  time: 'FLOW',
  statistic: COUNT,
  coverage: POST16,
  cube: (context, codes, time, grouping) =>
    post16.post16EventsIn(context.dataSource, codes, time.period!, kind, grouping, interviewedOnly),
  dimensions: POST16_DIMENSIONS,
  notSplitBy: ['ACTIVITY', 'YEAR_GROUP', 'RISK_OF_NEET', ...(kind === 'TRANSITION_PLAN' ? ['PROVIDER'] : [])],
});

/** Dropouts from post-16 education and training, and the transition plans made for those at risk of NEET. */
export const POST16_SUPPORT: MeasureGroupDeclaration = {
  field: 'post16Support',
  typeName: 'Post16Support',
  description:
    'Post-16 dropouts (by provider and SEND), those interviewed about leaving, and transition plans completed for young people at risk of NEET, in a period.',
  typeDescription: 'Post-16 dropouts and NEET-prevention work in a period.',
  time: 'FLOW',
  members: {
    dropouts: {
      declaration: event(
        'dropouts',
        'post16_education_dropouts_count',
        'Young people who dropped out of college or training in the period (split by PROVIDER or SEND).',
        'DROPOUT',
      ),
    },
    dropoutsInterviewed: {
      asFigure: true,
      declaration: event(
        'dropoutsInterviewed',
        'post16_dropouts_interviewed_count',
        'Of the dropouts in the period, those interviewed about leaving (by now).',
        'DROPOUT',
        true,
      ),
    },
    transitionPlans: {
      asFigure: true,
      declaration: event(
        'transitionPlans',
        'neet_risk_transition_plans_count',
        'Transition plans completed in the period for young people at risk of NEET.',
        'TRANSITION_PLAN',
      ),
    },
  },
};

export const POST16_MEASURES = [post16Participation, semhProvision] as MeasureDeclaration[];

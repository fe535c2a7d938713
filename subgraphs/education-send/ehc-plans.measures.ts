import { badInput } from '../../schema/vocabulary/errors';
import { MeasureDeclaration, OptionArgument } from '../measures/measure';
import { MeasureGroupDeclaration } from '../measures/measure-group';
import { COUNT, PERCENT } from '../measures/statistic';
import { withinDays } from '../measures/within-days';
import { PRIMARY_NEED } from './codes/send.codes';
import * as ehc from './data/ehc.queries';
import { educationCoverage } from './data/education-coverage.queries';
import { SendRow } from './data/send-row';
import { SEND_DIMENSIONS } from './dimensions/send.dimensions';

/** EHC plans, requests and SEN support (SEN2 and the school census): declared here, built by the measures kit. */

const SEN2 = educationCoverage('SEN2');
const CENSUS = educationCoverage('SCHOOL_CENSUS');

/** `primaryNeeds`: only records of these SEN2 primary needs (checked, so the error names the argument). */
const primaryNeedOption: OptionArgument = {
  name: 'primaryNeeds',
  type: () => [String],
  options: {
    nullable: true,
    description: `Only records with one of these SEN2 primary needs (${Object.keys(PRIMARY_NEED).join(', ')}); default all.`,
  },
};

function primaryNeedsOf(args: Record<string, unknown>): string[] | null {
  const needs = args.primaryNeeds as string[] | null | undefined;
  if (!needs || needs.length === 0) return null;
  const unknown = needs.find((n) => !(n in PRIMARY_NEED));
  if (unknown !== undefined)
    throw badInput('primaryNeeds', unknown, `SEN2 primary need codes: ${Object.keys(PRIMARY_NEED).join(', ')}`);
  return needs;
}

const byPrimaryNeed = {
  options: [primaryNeedOption],
  validate: (_time: unknown, args: Record<string, unknown>) => void primaryNeedsOf(args),
  filter(args: Record<string, unknown>) {
    const needs = primaryNeedsOf(args);
    return needs
      ? { attributes: ['primaryNeed'], keep: (row: SendRow) => needs.includes(row.primaryNeed!) }
      : undefined;
  },
};

const ehcPlans: MeasureDeclaration<SendRow> = {
  ...byPrimaryNeed,
  field: 'ehcPlans',
  typeName: 'EhcPlans',
  measure: 'ehc_plans_count',
  description:
    'EHC plans maintained by the council at the end of a day (SEN2), with their change since another date (`changeSince`).',
  typeDescription:
    'EHC plans maintained at the end of a day, for an authority or a region, with the ways to split them.',
  time: 'SNAPSHOT',
  statistic: COUNT,
  changeSince: true,
  coverage: SEN2,
  cube: (context, codes, time, grouping) => ehc.plansHeldAt(context.dataSource, codes, time.date!, grouping),
  dimensions: SEND_DIMENSIONS,
  notSplitBy: ['CEASED_REASON', 'DECISION'],
};

const ehcPlansCeased: MeasureDeclaration<SendRow> = {
  ...byPrimaryNeed,
  field: 'ehcPlansCeased',
  typeName: 'EhcPlanFlow',
  measure: 'ehc_plans_ceased_count',
  description: 'EHC plans that ceased in the period, split by CEASED_REASON to see why; age when they ceased.',
  typeDescription: 'EHC plans issued, or ceased, in a period.',
  time: 'FLOW',
  statistic: COUNT,
  coverage: SEN2,
  cube: (context, codes, time, grouping) => ehc.plansCeasedIn(context.dataSource, codes, time.period!, grouping),
  dimensions: SEND_DIMENSIONS,
  notSplitBy: ['DECISION'],
};

const senSupport: MeasureDeclaration<SendRow> = {
  ...byPrimaryNeed,
  field: 'senSupport',
  typeName: 'SenSupport',
  measure: 'sen_support_pupils_count',
  description: 'Pupils on SEN support (school census provision "K", no EHC plan) at the end of a day.',
  typeDescription: 'Pupils on SEN support at the end of a day.',
  time: 'SNAPSHOT',
  statistic: COUNT,
  coverage: CENSUS,
  cube: (context, codes, time, grouping) => ehc.senSupportAt(context.dataSource, codes, time.date!, grouping),
  dimensions: SEND_DIMENSIONS,
  notSplitBy: ['SETTING', 'CEASED_REASON', 'DECISION'],
};

/** 20 weeks, the statutory limit from a request to the final plan (SEND Regulations 2014, reg. 13(2)). */
const TWENTY_WEEKS = 140;

function within20Weeks(excludingExceptions: boolean): MeasureDeclaration<SendRow> {
  return {
    field: excludingExceptions ? 'issuedWithin20WeeksExcludingExceptions' : 'issuedWithin20Weeks',
    typeName: 'EhcTimeliness',
    measure: excludingExceptions
      ? 'ehcps_issued_within_20_weeks_excluding_exceptions_pct'
      : 'ehcps_issued_within_20_weeks_pct',
    description: excludingExceptions
      ? 'Of the new plans issued in the period where no exception applied, the percentage issued within 20 weeks of the request (SEN2 "excluding exceptions").'
      : 'Of the new plans issued in the period, the percentage issued within 20 weeks (140 days) of the request, exceptions included (SEN2 "including exceptions").',
    typeDescription: 'The share of new EHC plans issued within 20 weeks.',
    time: 'FLOW',
    statistic: PERCENT,
    coverage: SEN2,
    cube: async (context, codes, time, grouping) => {
      const rows = await ehc.newPlansWithRequestsIn(context.dataSource, codes, time.period!, grouping);
      return withinDays(
        excludingExceptions ? rows.filter((r) => r.exception === 'N') : rows,
        TWENTY_WEEKS,
        (r) => r.receivedOn,
        (r) => r.issuedOn,
      );
    },
    dimensions: SEND_DIMENSIONS,
    notSplitBy: ['CEASED_REASON', 'DECISION'],
  };
}

const flow = (
  field: string,
  measure: string,
  description: string,
  cube: MeasureDeclaration<SendRow>['cube'],
  notSplitBy: string[],
): MeasureDeclaration<SendRow> => ({
  field,
  typeName: 'EhcNeedsAssessmentStep',
  measure,
  description,
  typeDescription: 'One step of EHC needs assessment in a period (SEN2).',
  time: 'FLOW',
  statistic: COUNT,
  coverage: SEN2,
  cube,
  dimensions: SEND_DIMENSIONS,
  notSplitBy,
});

/** EHC needs assessment in a period, as SEN2 reports it: requests, decisions, plans issued and their timeliness. */
export const EHC_NEEDS_ASSESSMENTS: MeasureGroupDeclaration = {
  field: 'ehcNeedsAssessments',
  typeName: 'EhcNeedsAssessments',
  description:
    'EHC needs assessment in a period: requests received, decisions to assess or not, new plans issued, and the share issued within 20 weeks with and without exceptions.',
  typeDescription:
    "EHC needs assessment in a period (SEN2): each step counted when it happened. Timeliness is given both ways SEN2 publishes it, as a council's paper may not say which it reports.",
  time: 'FLOW',
  members: {
    requests: {
      declaration: flow(
        'requests',
        'ehc_requests_count',
        'Requests for an EHC needs assessment received in the period (split by DECISION for what became of them).',
        (context, codes, time, grouping) => ehc.requestsReceivedIn(context.dataSource, codes, time.period!, grouping),
        ['PRIMARY_NEED', 'SETTING', 'CEASED_REASON'],
      ),
    },
    assessmentsAgreed: {
      asFigure: true,
      declaration: flow(
        'assessmentsAgreed',
        'ehc_assessments_agreed_count',
        'Decisions in the period to carry out an EHC needs assessment.',
        (context, codes, time, grouping) =>
          ehc.decisionsIn(context.dataSource, codes, time.period!, 'ASSESS', grouping),
        ['PRIMARY_NEED', 'SETTING', 'CEASED_REASON', 'DECISION'],
      ),
    },
    assessmentsRefused: {
      asFigure: true,
      declaration: flow(
        'assessmentsRefused',
        'ehc_assessments_refused_count',
        'Decisions in the period not to carry out an EHC needs assessment.',
        (context, codes, time, grouping) =>
          ehc.decisionsIn(context.dataSource, codes, time.period!, 'NOT_ASSESS', grouping),
        ['PRIMARY_NEED', 'SETTING', 'CEASED_REASON', 'DECISION'],
      ),
    },
    plansIssued: {
      declaration: {
        ...flow(
          'plansIssued',
          'ehc_plans_issued_count',
          'EHC plans issued in the period (new plans, and those carried over into the records); age at issue.',
          (context, codes, time, grouping) => ehc.plansIssuedIn(context.dataSource, codes, time.period!, grouping),
          ['CEASED_REASON', 'DECISION'],
        ),
        typeName: 'EhcPlanFlow',
        typeDescription: 'EHC plans issued, or ceased, in a period.',
      },
    },
    issuedWithin20Weeks: { declaration: within20Weeks(false) },
    issuedWithin20WeeksExcludingExceptions: { declaration: within20Weeks(true) },
  },
};

export const EHC_PLAN_MEASURES = [ehcPlans, ehcPlansCeased, senSupport] as MeasureDeclaration[];

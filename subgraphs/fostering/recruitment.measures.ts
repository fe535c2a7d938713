import { loadAuthorityRows } from '../platform/authority-rows.loader';
import { RequestContext } from '../platform/request-context';
import { rateFigure, seesSmallNumbers } from '../measures/figure.builder';
import { FigureUnit } from '../measures/figure.type';
import { MeasureDeclaration } from '../measures/measure';
import { measureTally } from '../measures/measure-figures';
import { MeasureGroupDeclaration } from '../measures/measure-group';
import { COUNT } from '../measures/statistic';
import { TimePoint } from '../measures/time';
import { fosterCarerRecruitment, RecruitmentRow } from './data/recruitment.queries';

/** The funnel's one statement per request (every step is a column of it), shared by the four steps. */
function funnel(context: RequestContext, codes: string[], time: TimePoint): Promise<RecruitmentRow[]> {
  return loadAuthorityRows(context, `recruitment|${time.key}`, codes, (batch) =>
    fosterCarerRecruitment(context.dataSource, batch, time.period!),
  );
}

function step(
  measure: string,
  description: string,
  column: Exclude<keyof RecruitmentRow, 'authorityCode'>,
): MeasureDeclaration {
  return {
    field: column,
    typeName: 'FosterCarerRecruitmentStep',
    measure,
    description,
    typeDescription: 'One step of the foster carer recruitment funnel.',
    time: 'FLOW',
    statistic: COUNT,
    recordsTable: 'fostering_enquiry',
    cube: async (context, codes, time) =>
      (await funnel(context, codes, time)).map((r) => ({ authorityCode: r.authorityCode, n: r[column] })),
  };
}

const enquiries = step(
  'foster_carer_enquiries_count',
  'Enquiries about becoming a foster carer received in the period.',
  'enquiries',
);
const approvals = step(
  'foster_carer_cohort_approvals_count',
  'Of those enquirers, how many have been approved at fostering panel so far (approvals counted by approval date are `fosterHouseholdApprovals`).',
  'approvals',
);

/** The recruitment funnel of the enquiries received in a period: a cohort, so conversion is a true rate. */
export const FOSTER_CARER_RECRUITMENT: MeasureGroupDeclaration = {
  field: 'fosterCarerRecruitment',
  typeName: 'FosterCarerRecruitment',
  description: 'The foster carer recruitment funnel (enquiries, training, assessments, approvals) over the period.',
  typeDescription:
    'The foster carer recruitment funnel for the enquiries received in a period (a cohort): how many enquired, and how far those enquirers have got.',
  time: 'FLOW',
  members: {
    enquiries: { declaration: enquiries, asFigure: true },
    invitedToTraining: {
      declaration: step(
        'skills_to_foster_invitations_count',
        'Of those enquirers, how many were invited to "Skills to Foster" preparation training.',
        'invitedToTraining',
      ),
      asFigure: true,
    },
    assessmentsStarted: {
      declaration: step(
        'foster_applicants_progressing_count',
        'Of those enquirers, how many started a stage 2 (Form F) assessment (are progressing through the fostering process).',
        'assessmentsStarted',
      ),
      asFigure: true,
    },
    approvals: { declaration: approvals, asFigure: true },
  },
  figures: {
    conversionRate: {
      description: 'Approvals as a percentage of the enquiries of the cohort.',
      async resolve(group, context) {
        const [approved, enquired] = await Promise.all([
          measureTally(group.member('approvals'), context),
          measureTally(group.member('enquiries'), context),
        ]);
        return rateFigure(
          approved?.n ?? null,
          enquired?.n ?? null,
          FigureUnit.PERCENT,
          seesSmallNumbers(context.viewer, group.scope.authorityCodes, group.scope.regionCode),
        );
      },
    },
  },
};

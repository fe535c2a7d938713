import { Int } from 'type-graphql';
import { badInput } from '../../schema/vocabulary/errors';
import { RequestContext } from '../platform/request-context';
import { CoverageSource } from '../measures/coverage';
import { rateFigure } from '../measures/figure.builder';
import { BreakdownCell, Figure, FigureUnit } from '../measures/figure.type';
import { Comparators, MeasureDeclaration, MeasureValue, OptionArgument } from '../measures/measure';
import { measureBreakdown, unsuppressedFor } from '../measures/measure-figures';
import { GroupValue, MeasureGroupDeclaration } from '../measures/measure-group';
import { AVERAGE_DAYS, COUNT, MONEY, Statistic } from '../measures/statistic';
import { TimeKind } from '../measures/time';
import { benchmarksFor } from './data/benchmarks.queries';
import { agenciesCovering, agencySpans, localityHubs } from './data/locality-hub.queries';
import { benchmarkPeriodOf } from './data/timeliness-indicators';
import { AgencyWorkKind } from './types/agency-work-kind.enum';
import { detailColumns, hasDetail, hubDimension, parseDetailFilter } from './dimensions/agency-work.dimensions';
import { AgencyTally, agencyWorkCube, AgencyWorkRow } from './data/agency-work.queries';

/**
 * The agencies' own work, declared for the measures kit: `Region.agencyWork(period, kind,
 * detail)` and `Region.agencyCaseload(at, kind, detail)`, their series and flat rows.
 */

/** The published measure whose England average and target sit beside an average of a kind's days. */
const BENCHMARK_MEASURE: Record<string, string> = {
  adopter_stage1_completed: 'adopter_assessment_stage1_days',
  adopter_stage2_completed: 'adopter_assessment_stage2_days',
  adopter_assessment_completed: 'adopter_assessment_overall_days',
};

const DETAIL =
  'Only records whose detail has all these "name=value" pairs (e.g. "route=fast_track", "item=matches", "fund=covid").';

const OPTIONS: OptionArgument[] = [
  { name: 'kind', type: () => AgencyWorkKind, options: { description: 'The kind of work.' } },
  { name: 'detail', type: () => String, options: { nullable: true, description: DETAIL } },
];

/**
 * An agency's records are its own, not its councils': the region's code is whose records are
 * read (a region that is not an agency has none), and the agency's own span of records
 * (`adoption_agency`) decides NO_DATA.
 */
const agencyCoverage: CoverageSource = {
  covered: (context, codes, window) => agenciesCovering(context, codes, window),
  spans: (context, codes) => agencySpans(context, codes),
};

function member(
  measure: string,
  description: string,
  time: TimeKind,
  statistic: Statistic,
  tallied: AgencyTally,
): MeasureDeclaration {
  return {
    field: measure,
    typeName: 'AgencyWorkFigure',
    measure,
    description,
    typeDescription: "A figure of one kind of a regional adoption agency's work.",
    time,
    statistic,
    coverage: agencyCoverage,
    // Rows of different kinds and filters stay apart in a BI table, as in published-figures.csv's breakdown.
    rowDimensions: (args) => ({
      kind: String(args.kind),
      ...detailColumns(parseDetailFilter('detail', args.detail as string | null)),
    }),
    cube: (context, codes, t, grouping, args) =>
      agencyWorkCube(
        context,
        codes,
        { kind: String(args.kind), detail: parseDetailFilter('detail', args.detail as string | null), time: t },
        grouping,
        tallied,
      ),
  };
}

/** England's average (else the agencies' average) and the target beside a stage's average days, for the period. */
async function assessmentBenchmarks(value: MeasureValue, context: RequestContext): Promise<Comparators> {
  const measure = BENCHMARK_MEASURE[String(value.args.kind)];
  if (!measure || !value.time.period) return {};
  const benchmarks = await benchmarksFor(context, [measure], benchmarkPeriodOf(value.time.period));
  return { englandAverage: benchmarks.englandAverage ?? benchmarks.raaAverage, target: benchmarks.target };
}

const count = member('agency_work_count', 'How many records of the kind in the period.', 'FLOW', COUNT, 'records');
const averageDays: MeasureDeclaration = {
  ...member(
    'agency_work_average_days',
    "Average days taken (stages of assessment completed in the period), with England's average and the target.",
    'FLOW',
    AVERAGE_DAYS,
    'days',
  ),
  comparators: assessmentBenchmarks,
};
const value = member(
  'agency_work_value_gbp',
  'Money: the total value of the records (e.g. Adoption Support Fund applications), in pounds.',
  'FLOW',
  MONEY,
  'money',
);
const open = member(
  'agency_caseload_count',
  'How many records of the kind were open at the end of the day.',
  'SNAPSHOT',
  COUNT,
  'records',
);

/** The count by the agency's locality hubs (every hub listed, zeros included). */
async function byHub(value: MeasureValue, context: RequestContext): Promise<BreakdownCell[]> {
  const agencies = value.scope.authorityCodes;
  const hubs = (await localityHubs(context)).filter((h) => agencies.includes(h.agencyCode));
  return measureBreakdown(value, context, hubDimension(hubs));
}

/** Of the member's records (grouped by `attribute`), the percentage of those `keep` picks. */
async function percentageOf(
  value: MeasureValue,
  context: RequestContext,
  attribute: 'days' | 'detail',
  keep: (row: AgencyWorkRow) => boolean,
) {
  const rows = (await value.rows(context, [attribute])) as AgencyWorkRow[] | null;
  const sum = (list: AgencyWorkRow[]) => list.reduce((s, r) => s + r.n, 0);
  return rateFigure(
    rows === null ? null : sum(rows.filter(keep)),
    rows === null ? null : sum(rows),
    FigureUnit.PERCENT,
    unsuppressedFor(value, context),
  );
}

const kindField = {
  returns: () => String,
  description: 'The kind of work (AgencyWorkKind, lower case).',
  resolve: (group: GroupValue) => String(group.args.kind),
};

const agencyGroup = {
  options: OPTIONS,
  on: ['Region' as const],
  // The agency's own records, held under the region's code (not its councils').
  regionRecords: 'REGION' as const,
  validate: (_time: unknown, args: Record<string, unknown>) =>
    void parseDetailFilter('detail', args.detail as string | null),
};

/** One kind of an agency's work over a period. */
export const AGENCY_WORK: MeasureGroupDeclaration = {
  ...agencyGroup,
  field: 'agencyWork',
  typeName: 'AgencyWork',
  description:
    "One kind of the agency's own work over a period (for a regional adoption agency; NO_DATA for other regions).",
  typeDescription:
    "One kind of a regional adoption agency's work over a period: how many, by locality hub, how long (stages of assessment, beside England's average and the target), shares, and money.",
  time: 'FLOW',
  timeDescription: 'Financial year, quarter(s), month(s) or window.',
  members: {
    count: { declaration: count, asFigure: true },
    averageDays: { declaration: averageDays, asFigure: true },
    value: { declaration: value, asFigure: true },
  },
  fields: {
    kind: kindField,
    byHub: {
      returns: () => [BreakdownCell],
      description: 'The count by locality hub.',
      resolve: (group, context) => byHub(group.member('count'), context),
    },
    withinDays: {
      returns: () => Figure,
      description:
        'Percentage of the records that took no more than `days` days (e.g. stage 1 within the 60-day target).',
      args: [
        {
          name: 'days',
          type: () => Int,
          options: { description: 'The limit in days (e.g. 60 for stage 1, 182 for the whole assessment).' },
        },
      ],
      resolve(group, context, args) {
        const days = Number(args.days);
        if (days < 1) throw badInput('days', days, 'a whole number of days, at least 1');
        return percentageOf(group.member('averageDays'), context, 'days', (row) => row.days! <= days);
      },
    },
    share: {
      returns: () => Figure,
      description: 'Percentage of the records whose detail has these pairs (e.g. "rating=good_or_outstanding").',
      args: [{ name: 'detail', type: () => String, options: { description: '"name=value" pairs joined by ";".' } }],
      resolve(group, context, args) {
        const pairs = parseDetailFilter('detail', args.detail as string);
        return percentageOf(group.member('count'), context, 'detail', (row) => hasDetail(row.detail!, pairs));
      },
    },
  },
};

/** Records of one kind open at the end of a day. */
export const AGENCY_CASELOAD: MeasureGroupDeclaration = {
  ...agencyGroup,
  field: 'agencyCaseload',
  typeName: 'AgencyCaseload',
  description:
    'Records of one kind open at the end of a day (for a regional adoption agency; NO_DATA for other regions).',
  typeDescription:
    'Records of one kind open at the end of a day: households in assessment, approved adopters waiting, non-agency assessments in progress, families waiting for a support assessment…',
  time: 'SNAPSHOT',
  timeDescription: 'The date to count at, YYYY-MM-DD.',
  members: { open: { declaration: open, asFigure: true } },
  fields: {
    kind: kindField,
    byHub: {
      returns: () => [BreakdownCell],
      description: 'The open records by locality hub.',
      resolve: (group, context) => byHub(group.member('open'), context),
    },
  },
};

export const AGENCY_WORK_MEASURES = [AGENCY_WORK, AGENCY_CASELOAD];

import { GraphQLFloat } from 'graphql';
import { badInput } from '../../schema/vocabulary/errors';
import { loadAuthorityRows } from '../platform/authority-rows.loader';
import { RequestContext } from '../platform/request-context';
import { CubeRow } from '../measures/breakdown';
import { MeasureDeclaration, OptionArgument } from '../measures/measure';
import { MeasureGroupDeclaration } from '../measures/measure-group';
import { COUNT, PERCENT } from '../measures/statistic';
import { TimePoint } from '../measures/time';
import { COHORT } from './codes/send.codes';
import { parseCohort } from './data/cohort.sql';
import { cohortCoverage } from './data/education-coverage.queries';
import { absenceIn, AbsenceRow } from './data/attendance.queries';
import { SCHOOL_DIMENSIONS } from './dimensions/school.dimensions';

/** School absence (school census attendance): declared here, built by the measures kit. */

/** DfE's persistent absence threshold: 10% or more of possible sessions missed. */
export const PERSISTENT_ABSENCE_THRESHOLD = 10;

export const COHORT_OPTION: OptionArgument = {
  name: 'cohort',
  type: () => String,
  options: {
    nullable: true,
    description: `The pupils counted: ${Object.entries(COHORT)
      .map(([code, label]) => `${code} (${label.toLowerCase()})`)
      .join(', ')}; default ALL.`,
  },
};

const THRESHOLD_OPTION: OptionArgument = {
  name: 'threshold',
  type: () => GraphQLFloat,
  options: {
    nullable: true,
    description: `Persistent absence: the percentage of possible sessions a pupil misses to count, from 0 to 100; default DfE's ${PERSISTENT_ABSENCE_THRESHOLD}.`,
  },
};

export function thresholdOf(args: Record<string, unknown>): number {
  const value = args.threshold == null ? PERSISTENT_ABSENCE_THRESHOLD : Number(args.threshold);
  if (!(value >= 0 && value <= 100)) throw badInput('threshold', value, 'a percentage from 0 to 100, e.g. 10');
  return value;
}

/** The school census's span, and for children in care the virtual school roll's as well. */
export const SCHOOL_COHORT_COVERAGE = cohortCoverage((args) =>
  args.cohort === 'LOOKED_AFTER' ? ['SCHOOL_CENSUS', 'VIRTUAL_SCHOOL'] : ['SCHOOL_CENSUS'],
);

/** The group's one statement per request and grouping (every member is a column of it). */
function absence(
  context: RequestContext,
  codes: string[],
  time: TimePoint,
  grouping: string[],
  args: Record<string, unknown>,
): Promise<AbsenceRow[]> {
  const cohort = parseCohort(args.cohort);
  const threshold = thresholdOf(args);
  return loadAuthorityRows(
    context,
    `absence|${time.key}|${grouping.join(',')}|${cohort}|${threshold}`,
    codes,
    (batch) => absenceIn(context.dataSource, batch, time.period!, grouping, cohort, threshold),
  );
}

function member(
  field: string,
  measure: string,
  description: string,
  statistic: typeof COUNT,
  fold: (row: AbsenceRow) => { n: number; sum?: number; base?: number },
): MeasureDeclaration<CubeRow> {
  return {
    field,
    typeName: statistic === PERCENT ? 'AbsenceRate' : 'AbsencePupils',
    measure,
    description,
    typeDescription:
      statistic === PERCENT
        ? 'An absence percentage of a cohort of pupils over the terms starting in a period.'
        : 'The pupils of a cohort with attendance recorded in a period.',
    time: 'FLOW',
    statistic,
    coverage: SCHOOL_COHORT_COVERAGE,
    cube: async (context, codes, time, grouping, args) =>
      (await absence(context, codes, time, grouping, args)).map((row) => ({ ...row, ...fold(row) })),
    dimensions: SCHOOL_DIMENSIONS,
    notSplitBy: ['REASON', 'AGE_BAND'],
  };
}

/**
 * Absence of a cohort over the terms that start in a period (an academic year is the run of
 * months "2021-09/2022-08"): overall absence (sessions missed of sessions possible) and
 * persistent absence (pupils missing at least the threshold), by phase, SEN status or care.
 */
export const SCHOOL_ABSENCE: MeasureGroupDeclaration = {
  field: 'schoolAbsence',
  typeName: 'SchoolAbsence',
  description:
    'School absence of a cohort (all pupils, SEND, children in care, …) over the terms starting in a period: overall and persistent absence, by phase.',
  typeDescription:
    'School absence (school census) of a cohort over the terms that start in a period: overall absence rate and persistent absence, each splittable by PHASE, SEN_STATUS and LOOKED_AFTER. An academic year is the run of months "2021-09/2022-08"; a term is counted in the period its first day falls in.',
  time: 'FLOW',
  timeDescription:
    'A run of months such as an academic year "2021-09/2022-08", a month (the term starting in it), a quarter or a financial year.',
  options: [COHORT_OPTION, THRESHOLD_OPTION],
  validate(_time, args) {
    parseCohort(args.cohort);
    thresholdOf(args);
  },
  members: {
    pupils: {
      asFigure: true,
      declaration: member('pupils', 'pupils_count', 'Pupils of the cohort with attendance recorded.', COUNT, (r) => ({
        n: r.pupils,
      })),
    },
    overallAbsence: {
      declaration: member(
        'overallAbsence',
        'overall_absence_pct',
        'Overall absence: sessions missed (authorised or not) as a percentage of possible sessions (numerator and denominator are sessions).',
        PERCENT,
        (r) => ({ n: r.pupils, sum: r.missed, base: r.possible }),
      ),
    },
    persistentAbsence: {
      declaration: member(
        'persistentAbsence',
        'persistent_absence_pct',
        'Persistent absence: the percentage of pupils who missed at least `threshold` per cent (default 10) of their possible sessions over the period.',
        PERCENT,
        (r) => ({ n: r.pupils, sum: r.persistent }),
      ),
    },
  },
};

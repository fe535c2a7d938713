import { loadAuthorityRows } from '../platform/authority-rows.loader';
import { RequestContext } from '../platform/request-context';
import { CubeRow } from '../measures/breakdown';
import { MeasureDeclaration } from '../measures/measure';
import { MeasureGroupDeclaration } from '../measures/measure-group';
import { COUNT, DAYS_TOTAL, Statistic } from '../measures/statistic';
import { TimePoint } from '../measures/time';
import { parseCohort } from './data/cohort.sql';
import { exclusionsIn, ExclusionRow } from './data/exclusion.queries';
import { SCHOOL_DIMENSIONS } from './dimensions/school.dimensions';
import { COHORT_OPTION, SCHOOL_COHORT_COVERAGE } from './school-absence.measures';

/** Suspensions and permanent exclusions (school census): declared here, built by the measures kit. */

function exclusions(
  context: RequestContext,
  codes: string[],
  time: TimePoint,
  kind: 'SUSPENSION' | 'PERMANENT',
  grouping: string[],
  args: Record<string, unknown>,
): Promise<ExclusionRow[]> {
  const cohort = parseCohort(args.cohort);
  return loadAuthorityRows(context, `exclusions|${kind}|${time.key}|${grouping.join(',')}|${cohort}`, codes, (batch) =>
    exclusionsIn(context.dataSource, batch, time.period!, kind, grouping, cohort),
  );
}

function member(
  field: string,
  measure: string,
  description: string,
  kind: 'SUSPENSION' | 'PERMANENT',
  statistic: Statistic,
  fold: (row: ExclusionRow) => { n: number; sum?: number },
): MeasureDeclaration<CubeRow> {
  return {
    field,
    typeName: statistic.kind === 'COUNT' ? 'ExclusionCount' : 'ExclusionDaysLost',
    measure,
    description,
    typeDescription:
      statistic.kind === 'COUNT'
        ? 'Suspensions or permanent exclusions of a cohort in a period, or the pupils they were given to.'
        : 'School days lost to suspensions of a cohort in a period.',
    time: 'FLOW',
    statistic,
    coverage: SCHOOL_COHORT_COVERAGE,
    cube: async (context, codes, time, grouping, args) =>
      (await exclusions(context, codes, time, kind, grouping, args)).map((row) => ({ ...row, ...fold(row) })),
    dimensions: SCHOOL_DIMENSIONS,
    notSplitBy: ['AGE_BAND'],
  };
}

/** Suspensions and permanent exclusions of a cohort in a period, counted on the day they began. */
export const EXCLUSIONS: MeasureGroupDeclaration = {
  field: 'exclusions',
  typeName: 'Exclusions',
  description:
    'Suspensions (how many, the pupils suspended, the days lost) and permanent exclusions of a cohort in a period.',
  typeDescription:
    'Suspensions and permanent exclusions (school census) of a cohort in a period, counted on the day each began; the cohort (all pupils, SEND, children in care, …) is explicit, as the papers\' "suspensions" mean different pupils in different places.',
  time: 'FLOW',
  options: [COHORT_OPTION],
  validate: (_time, args) => void parseCohort(args.cohort),
  members: {
    suspensions: {
      declaration: member(
        'suspensions',
        'suspensions_count',
        'Suspensions (fixed-period exclusions) that began in the period.',
        'SUSPENSION',
        COUNT,
        (r) => ({ n: r.exclusions }),
      ),
    },
    pupilsSuspended: {
      declaration: member(
        'pupilsSuspended',
        'pupils_suspended_count',
        'Pupils given one or more suspensions in the period (a pupil counts once in each cell they were suspended in).',
        'SUSPENSION',
        COUNT,
        (r) => ({ n: r.pupils }),
      ),
    },
    daysLostToSuspension: {
      declaration: member(
        'daysLostToSuspension',
        'suspension_days_lost',
        'School days lost to the suspensions that began in the period (suppressed where the suspensions are few).',
        'SUSPENSION',
        DAYS_TOTAL,
        (r) => ({ n: r.exclusions, sum: r.daysLost }),
      ),
    },
    permanentExclusions: {
      declaration: member(
        'permanentExclusions',
        'permanent_exclusions_count',
        'Permanent exclusions that began in the period.',
        'PERMANENT',
        COUNT,
        (r) => ({ n: r.exclusions }),
      ),
    },
  },
};

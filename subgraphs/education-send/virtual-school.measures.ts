import { MeasureDeclaration } from '../measures/measure';
import { MeasureGroupDeclaration } from '../measures/measure-group';
import { COUNT, PERCENT } from '../measures/statistic';
import { educationCoverage } from './data/education-coverage.queries';
import { SendRow } from './data/send-row';
import * as vs from './data/virtual-school.queries';
import { SEND_DIMENSIONS } from './dimensions/send.dimensions';

/** The virtual school: its roll (the children in care), their EHC plans and their PEPs, declared against the kit. */

const VIRTUAL_SCHOOL = educationCoverage('VIRTUAL_SCHOOL');
/** Every PEP due is tracked from a later date than the quality-assurance log of graded PEPs is kept. */
const PEP_TRACKER = educationCoverage('PEP');
const PEP_QUALITY = educationCoverage('PEP_QUALITY');

const virtualSchoolRoll: MeasureDeclaration<SendRow> = {
  field: 'virtualSchoolRoll',
  typeName: 'VirtualSchoolRoll',
  measure: 'virtual_school_children_count',
  description:
    "The virtual school's roll at the end of a day: the children in care then (the fostering subgraph's children, by `Child` id).",
  typeDescription: "The virtual school's roll at the end of a day.",
  time: 'SNAPSHOT',
  statistic: COUNT,
  coverage: VIRTUAL_SCHOOL,
  cube: (context, codes, time, grouping) => vs.virtualSchoolRollAt(context.dataSource, codes, time.date!, grouping),
  dimensions: SEND_DIMENSIONS,
  notSplitBy: ['PRIMARY_NEED', 'SETTING', 'CEASED_REASON', 'DECISION'],
};

const childrenInCareWithEhcPlan: MeasureDeclaration<SendRow> = {
  field: 'childrenInCareWithEhcPlan',
  typeName: 'ChildrenInCareWithEhcPlan',
  measure: 'children_in_care_with_ehc_plan_count',
  description:
    "Children in care (on the virtual school's roll) who hold an EHC plan at the end of a day, by age band, primary need or setting: computed from the virtual school's own records of the fostering subgraph's children.",
  typeDescription: 'Children in care with an EHC plan at the end of a day.',
  time: 'SNAPSHOT',
  statistic: COUNT,
  coverage: educationCoverage('VIRTUAL_SCHOOL', 'SEN2'),
  cube: (context, codes, time, grouping) =>
    vs.childrenInCareWithPlanAt(context.dataSource, codes, time.date!, grouping),
  dimensions: SEND_DIMENSIONS,
  notSplitBy: ['CEASED_REASON', 'DECISION'],
};

/** PEP quality in a period: the graded PEPs' shares, from one statement per request. */
function quality(field: 'amber' | 'good', measure: string, description: string): MeasureDeclaration {
  return {
    field,
    typeName: 'PepQualityShare',
    measure,
    description,
    typeDescription: 'A share of the PEPs completed in a period and quality-assured.',
    time: 'FLOW',
    statistic: PERCENT,
    coverage: PEP_QUALITY,
    cube: async (context, codes, time) =>
      (await vs.pepQualityIn(context.dataSource, codes, time.period!)).map((r) => ({
        authorityCode: r.authorityCode,
        n: r.n,
        sum: r[field],
      })),
  };
}

/**
 * The virtual school's personal education plans in a period: how many fell due and the share
 * completed in timescale (by month, as a series of months), and the quality of those completed.
 */
export const PERSONAL_EDUCATION_PLANS: MeasureGroupDeclaration = {
  field: 'personalEducationPlans',
  typeName: 'PersonalEducationPlans',
  description:
    "The virtual school's PEPs in a period: due, completed in timescale, and their quality grades (amber, and green or gold: good or outstanding).",
  typeDescription:
    "Personal education plans of children in care in a period. `completedInTimescale` is of the PEPs due in the period (completed on or before the day due); `amber` and `goodOrOutstanding` are of the PEPs completed in the period and quality-assured. A PEP first graded amber and regraded after improvement counts in `amber` by its first grade and in `goodOrOutstanding` by its grade now, which is how the two can add to more than 100% (Redcar's 11.4% and 89.0% in 2021-22).",
  time: 'FLOW',
  members: {
    due: {
      asFigure: true,
      declaration: {
        field: 'due',
        typeName: 'PepsDue',
        measure: 'peps_due_count',
        description: 'PEPs (reviews) due in the period.',
        typeDescription: 'PEPs due in a period.',
        time: 'FLOW',
        statistic: COUNT,
        coverage: PEP_TRACKER,
        cube: async (context, codes, time, grouping) =>
          (await vs.pepsDueIn(context.dataSource, codes, time.period!, grouping)).map(({ authorityCode, n }) => ({
            authorityCode,
            n,
          })),
      },
    },
    completedInTimescale: {
      asFigure: true,
      declaration: {
        field: 'completedInTimescale',
        typeName: 'PepsInTimescale',
        measure: 'peps_completed_in_timescale_pct',
        description: 'Of the PEPs due in the period, the percentage completed on or before the day they were due.',
        typeDescription: 'The share of PEPs completed in timescale.',
        time: 'FLOW',
        statistic: PERCENT,
        coverage: PEP_TRACKER,
        cube: (context, codes, time, grouping) => vs.pepsDueIn(context.dataSource, codes, time.period!, grouping),
      },
    },
    amber: {
      asFigure: true,
      declaration: quality(
        'amber',
        'peps_rated_amber_pct',
        'Of the PEPs completed in the period and quality-assured, the percentage first graded amber.',
      ),
    },
    goodOrOutstanding: {
      asFigure: true,
      declaration: quality(
        'good',
        'peps_good_or_outstanding_pct',
        'Of the PEPs completed in the period and quality-assured, the percentage graded green or gold (good or outstanding) now.',
      ),
    },
  },
};

export const VIRTUAL_SCHOOL_MEASURES = [virtualSchoolRoll, childrenInCareWithEhcPlan] as MeasureDeclaration[];

import { registerEnumType } from 'type-graphql';
import { CubeRow } from '../measures/breakdown';
import { DimensionSet, MeasureDeclaration } from '../measures/measure';
import { MeasureGroupDeclaration } from '../measures/measure-group';
import { COUNT } from '../measures/statistic';
import { loadAuthorityRows } from '../platform/authority-rows.loader';
import { educationCoverage } from './data/education-coverage.queries';
import { educationSupportIn, EducationSupportRow, schoolsTrainedIn } from './data/education-support.queries';
import { codeListDimension } from './dimensions/code-list.dimension';

/**
 * A regional adoption agency's education support to adopted (previously looked-after) children,
 * funded by its councils' virtual schools: the agency's own records, so a figure of the Region.
 */

export enum EducationSupportDimension {
  PRIOR_SEN_REGISTER = 'PRIOR_SEN_REGISTER',
}

registerEnumType(EducationSupportDimension, {
  name: 'EducationSupportDimension',
  description: "A way to split a count of an agency's education support cases.",
  valuesConfig: {
    PRIOR_SEN_REGISTER: { description: 'YES when the child was on the SEN register before the case opened, else NO.' },
  },
});

const DIMENSIONS: DimensionSet<CubeRow> = {
  enumType: EducationSupportDimension,
  rowTypeName: 'EducationSupportFigureRow',
  columns: { PRIOR_SEN_REGISTER: 'prior_sen_register' },
  dimension: () =>
    codeListDimension(
      'prior_sen_register',
      { YES: 'On the SEN register before', NO: 'Not on it before' },
      'priorSenRegister',
    ),
};

const COVERAGE = educationCoverage('EDUCATION_SUPPORT');

function outcome(
  field: string,
  measure: string,
  description: string,
  count: (row: EducationSupportRow) => number,
): MeasureDeclaration<CubeRow> {
  return {
    field,
    typeName: 'EducationSupportCases',
    measure,
    description,
    typeDescription: "An agency's education support cases open in a period (or those with one outcome).",
    time: 'FLOW',
    statistic: COUNT,
    coverage: COVERAGE,
    cube: (context, codes, time, grouping) => {
      const split = grouping.includes('priorSenRegister');
      return loadAuthorityRows(context, `education-support|${time.key}|${split}`, codes, (batch) =>
        educationSupportIn(context.dataSource, batch, time.period!, split),
      ).then((rows) => rows.map((row) => ({ ...row, n: count(row) })));
    },
    dimensions: DIMENSIONS,
  };
}

/** An adoption agency's education support in a period, with what came of the cases. */
export const EDUCATION_SUPPORT: MeasureGroupDeclaration = {
  field: 'educationSupport',
  typeName: 'EducationSupport',
  description:
    "A regional adoption agency's education support to adopted children in a period (its own records: NO_DATA for a region that is not such an agency).",
  typeDescription:
    "A regional adoption agency's education support to adopted (previously looked-after) children in a period, funded by its councils' virtual schools: the cases open in the period, what came of them, and the schools whose staff it trained. The cases are the same as the agency's work counts (`agencyWork(kind: EDUCATION_SUPPORT_CASE)`), held here with their outcomes.",
  time: 'FLOW',
  on: ['Region'],
  regionRecords: 'REGION',
  members: {
    cases: {
      asFigure: true,
      declaration: outcome(
        'cases',
        'education_support_families_count',
        'Cases open at some time in the period (one per family).',
        (r) => r.cases,
      ),
    },
    changedProvision: {
      asFigure: true,
      declaration: outcome(
        'changedProvision',
        'adopted_children_changed_education_provision_count',
        'Cases where the child successfully changed education provision.',
        (r) => r.changedProvision,
      ),
    },
    addedToSenRegister: {
      asFigure: true,
      declaration: outcome(
        'addedToSenRegister',
        'adopted_children_added_to_sen_register_count',
        'Cases where, after the support, the child was added to the SEN register.',
        (r) => r.addedToSenRegister,
      ),
    },
    schoolRefusalResolved: {
      asFigure: true,
      declaration: outcome(
        'schoolRefusalResolved',
        'adopted_children_school_refusal_resolved_count',
        'Cases of a child "school refusing" that changed.',
        (r) => r.schoolRefusalResolved,
      ),
    },
    ehcpSecured: {
      declaration: outcome(
        'ehcpSecured',
        'adopted_children_ehcp_secured_count',
        'Cases where the child received an EHC plan to secure support (split by PRIOR_SEN_REGISTER).',
        (r) => r.ehcpSecured,
      ),
    },
    schoolsTrained: {
      asFigure: true,
      declaration: {
        field: 'schoolsTrained',
        typeName: 'SchoolsTrained',
        measure: 'schools_trained_trauma_attachment_count',
        description: 'Schools whose staff the agency trained (e.g. in trauma and attachment) in the period.',
        typeDescription: 'Schools trained in a period.',
        time: 'FLOW',
        statistic: COUNT,
        coverage: COVERAGE,
        cube: (context, codes, time) => schoolsTrainedIn(context.dataSource, codes, time.period!),
      },
    },
  },
};

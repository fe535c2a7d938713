import { CubeRow } from '../measures/breakdown';
import { MeasureDeclaration } from '../measures/measure';
import { COUNT } from '../measures/statistic';
import { educationCoverage } from './data/education-coverage.queries';
import { outOfSchoolAt } from './data/out-of-school.queries';
import { SCHOOL_DIMENSIONS } from './dimensions/school.dimensions';

/** Children out of school — electively home educated, or missing education: declared here, built by the kit. */

function outOfSchool(
  kind: 'EHE' | 'CME',
  field: string,
  measure: string,
  description: string,
): MeasureDeclaration<CubeRow> {
  return {
    field,
    typeName: 'ChildrenOutOfSchool',
    measure,
    description,
    typeDescription:
      'Children of compulsory school age out of school at the end of a day, as the council records them, split by SEN_STATUS (their SEN provision when it began) or AGE_BAND.',
    time: 'SNAPSHOT',
    statistic: COUNT,
    coverage: educationCoverage('SCHOOL_CENSUS'),
    cube: (context, codes, time, grouping) => outOfSchoolAt(context.dataSource, codes, time.date!, kind, grouping),
    dimensions: SCHOOL_DIMENSIONS,
    notSplitBy: ['PHASE', 'LOOKED_AFTER', 'REASON'],
  };
}

export const OUT_OF_SCHOOL_MEASURES = [
  outOfSchool(
    'EHE',
    'electivelyHomeEducated',
    'elective_home_education_count',
    'Children electively home educated (EHE) at the end of a day: registered with the council as educated at home by their parents.',
  ),
  outOfSchool(
    'CME',
    'childrenMissingEducation',
    'children_missing_education_count',
    'Children missing education (CME, Education Act 1996 s436A) at the end of a day: of compulsory school age, not on a school roll and not otherwise receiving suitable education.',
  ),
] as MeasureDeclaration[];

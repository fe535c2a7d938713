import { codeOption } from '../measures/code-option';
import { recordCoverage } from '../measures/coverage';
import { MeasureDeclaration } from '../measures/measure';
import { measureShareOf } from '../measures/measure-figures';
import { COUNT } from '../measures/statistic';
import { EdgeOfCareRow, supportedAt, supportedIn } from './data/edge-of-care.queries';
import { EDGE_OF_CARE_SERVICE } from './codes/edge-of-care-service.codes';
import { EDGE_OF_CARE_DIMENSIONS } from './dimensions/edge-of-care.dimensions';

/** Young people supported on the edge of care: declared here, built by the measures kit. */

/** One service only, when `service` is given (the SQL then groups by service, one statement for all). */
const serviceOption = codeOption<EdgeOfCareRow>(
  'service',
  EDGE_OF_CARE_SERVICE,
  'service',
  'the young people of a service',
);

const edgeOfCareYoungPeople: MeasureDeclaration<EdgeOfCareRow> = {
  ...serviceOption,
  field: 'edgeOfCareYoungPeople',
  typeName: 'EdgeOfCareYoungPeople',
  measure: 'edge_of_care_children_supported_count',
  description:
    'Young people being supported by an edge-of-care service at the end of a day (Middlesbrough: "currently supporting around 40 children to remain with their families").',
  typeDescription: 'Young people supported on the edge of care at the end of a day.',
  time: 'SNAPSHOT',
  statistic: COUNT,
  cube: (context, codes, time, grouping) => supportedAt(context.dataSource, codes, time.date!, grouping),
  dimensions: EDGE_OF_CARE_DIMENSIONS,
  // Support ends when a young person comes into care: everyone supported at a date is at home.
  notSplitBy: ['OUTCOME'],
  coverage: recordCoverage('edge_of_care', 'edge_of_care_intervention'),
};

const edgeOfCareYoungPeopleSupported: MeasureDeclaration<EdgeOfCareRow> = {
  ...serviceOption,
  field: 'edgeOfCareYoungPeopleSupported',
  typeName: 'EdgeOfCareYoungPeopleSupported',
  measure: 'edge_of_care_young_people_supported_count',
  description:
    'Young people supported by an edge-of-care service at any time in the period, and where they were at its end (Redcar: "48 Young People … 87.5% … remained at home or with their families").',
  typeDescription: 'Young people supported on the edge of care during a period.',
  time: 'FLOW',
  statistic: COUNT,
  cube: (context, codes, time, grouping) => supportedIn(context.dataSource, codes, time.period!, grouping),
  dimensions: EDGE_OF_CARE_DIMENSIONS,
  coverage: recordCoverage('edge_of_care', 'edge_of_care_intervention'),
  figures: {
    remainedAtHome: {
      description:
        'The share (percent) of them at home or with their family at the end of the period (not come into care).',
      resolve: (value, context) => measureShareOf(value, context, value.dimension('OUTCOME', {}), 'REMAINED_AT_HOME'),
    },
  },
};

export const EDGE_OF_CARE_MEASURES = [edgeOfCareYoungPeople, edgeOfCareYoungPeopleSupported] as MeasureDeclaration[];

import { recordCoverage } from '../measures/coverage';
import { MeasureDeclaration } from '../measures/measure';
import { COUNT } from '../measures/statistic';
import { YoungCarerRow, youngCarersAt, youngCarersIn } from './data/young-carers.queries';
import { YOUNG_CARER_DIMENSIONS } from './dimensions/young-carer.dimensions';

/** Young carers receiving services: declared here, built by the measures kit. */

const youngCarer = {
  statistic: COUNT,
  dimensions: YOUNG_CARER_DIMENSIONS,
  coverage: recordCoverage('young_carers', 'young_carer'),
} as const;

const youngCarers: MeasureDeclaration<YoungCarerRow> = {
  ...youngCarer,
  field: 'youngCarers',
  typeName: 'YoungCarers',
  measure: 'young_carers_count',
  description: 'Young carers receiving services from the young carers service at the end of a day.',
  typeDescription: 'Young carers receiving services at the end of a day.',
  time: 'SNAPSHOT',
  cube: (context, codes, time, grouping) => youngCarersAt(context.dataSource, codes, time.date!, grouping),
};

const youngCarersSupported: MeasureDeclaration<YoungCarerRow> = {
  ...youngCarer,
  field: 'youngCarersSupported',
  typeName: 'YoungCarersSupported',
  measure: 'young_carers_receiving_services_count',
  description:
    'Young carers receiving services at any time in the period (Staffordshire: "125 young carers receiving services during the first three quarters of 2021-22"); split by AGE_BAND and HOURS_BAND together (`rows(by: [AGE_BAND, HOURS_BAND])`) for the age × hours table.',
  typeDescription: 'Young carers receiving services during a period.',
  time: 'FLOW',
  cube: (context, codes, time, grouping) => youngCarersIn(context.dataSource, codes, time.period!, grouping),
};

export const YOUNG_CARER_MEASURES = [youngCarers, youngCarersSupported] as MeasureDeclaration[];

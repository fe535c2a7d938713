import { parseAgeBands } from '../../../schema/vocabulary/age-bands';
import { AGE_BANDS_ARGUMENT } from '../../measures/band-arguments';
import { ageBandDimension, dimensionSet } from '../../measures/dimension-set';
import { EDGE_OF_CARE_OUTCOME, EDGE_OF_CARE_SERVICE } from '../codes/edge-of-care-service.codes';
import { EdgeOfCareRow } from '../data/edge-of-care.queries';

/** The ways to split young people supported on the edge of care. */
export const EDGE_OF_CARE_DIMENSIONS = dimensionSet<EdgeOfCareRow>({
  enumName: 'EdgeOfCareDimension',
  description: 'A way to split young people supported on the edge of care.',
  rowTypeName: 'EdgeOfCareFigureRow',
  dimensions: {
    SERVICE: {
      description: 'The service, as the council names it.',
      codes: EDGE_OF_CARE_SERVICE,
      attribute: 'service',
    },
    OUTCOME: {
      description:
        'Where the young person was at the end of the day or period counted: at home or with family, or in care (the day they came into care is in the fostering subgraph).',
      codes: EDGE_OF_CARE_OUTCOME,
      attribute: 'outcome',
    },
    AGE_BAND: {
      description: 'Age in completed years at the date (for flows: when support started), in the bands of `ageBands`.',
      build: ({ time, args }) =>
        ageBandDimension(parseAgeBands('ageBands', args.ageBands as string[] | null), time.date, 'startDate'),
    },
  },
  arguments: [AGE_BANDS_ARGUMENT],
});

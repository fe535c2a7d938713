import { dimensionSet } from '../../measures/dimension-set';
import { NO_DISTRICT } from '../../measures/district-figures';
import { DISTRICT } from '../codes/area.codes';
import { DHR_UNDERWAY_STAGE } from '../codes/review.codes';
import { ReviewRow } from '../data/reviews.queries';

/** The ways to split domestic homicide reviews underway. */
export const REVIEW_DIMENSIONS = dimensionSet<ReviewRow>({
  enumName: 'DomesticHomicideReviewDimension',
  description: 'A way to split domestic homicide reviews underway at a date.',
  rowTypeName: 'DomesticHomicideReviewFigureRow',
  dimensions: {
    STAGE: {
      description: 'The stage in the Home Office process at the date.',
      codes: DHR_UNDERWAY_STAGE,
      attribute: 'stage',
    },
    DISTRICT: {
      description: 'The district whose community safety partnership is involved (GSS code).',
      codes: DISTRICT,
      attribute: 'districtCode',
      keyOf: (row) => row.districtCode ?? NO_DISTRICT,
    },
  },
});

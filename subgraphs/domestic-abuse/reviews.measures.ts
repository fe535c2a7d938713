import { recordCoverage } from '../measures/coverage';
import { MeasureDeclaration } from '../measures/measure';
import { COUNT } from '../measures/statistic';
import { ReviewRow, reviewsUnderwayAt } from './data/reviews.queries';
import { REVIEW_DIMENSIONS } from './dimensions/review.dimensions';

/** Domestic homicide reviews underway, by stage. */
const domesticHomicideReviews: MeasureDeclaration<ReviewRow> = {
  field: 'domesticHomicideReviews',
  typeName: 'DomesticHomicideReviews',
  measure: 'dhrs_underway_count',
  description:
    'Domestic homicide reviews underway at the end of a day (received, not yet published), by stage in the Home Office process: Staffordshire\'s "eight DHRs underway" on 6 July 2021.',
  typeDescription: 'Domestic homicide reviews underway at the end of a day.',
  time: 'SNAPSHOT',
  statistic: COUNT,
  smallNumbersFor: ['BOARD_MEMBER'],
  cube: (context, codes, time, grouping) => reviewsUnderwayAt(context.dataSource, codes, time.date!, grouping),
  dimensions: REVIEW_DIMENSIONS,
  coverage: recordCoverage('reviews', 'domestic_homicide_review'),
};

export const REVIEW_MEASURES = [domesticHomicideReviews] as MeasureDeclaration[];

import { addDays } from '../../schema/vocabulary/dates';
import { DomesticHomicideReviewRecord, ReviewStageRecord } from '../../subgraphs/domestic-abuse/entities';
import { STAFFORDSHIRE_DISTRICTS } from '../shared/pilot-councils';
import { Random } from '../shared/random';
import { REVIEWS_TO } from './domestic-abuse-span';
import { DomesticAbuseTargets, expectFigure, STAFFORDSHIRE } from './domestic-abuse-targets';

/**
 * Staffordshire's domestic homicide reviews (Stoke-on-Trent's are its own partnership's: not held).
 * At the committee's meeting on 6 July 2021 eight are underway: four with the Home Office awaiting
 * its publication decision, one with its Quality Assurance Board, two live, one paused awaiting a
 * police investigation (paused since before October 2020). The most recent was received in
 * November 2020. Six earlier reviews are published (plausible: the paper counts none).
 */
type Stage = 'LIVE' | 'PAUSED' | 'QA_BOARD' | 'HOME_OFFICE' | 'PUBLISHED';
const HISTORIES: { notified: string; stages: [string, Stage][] }[] = [
  // Published: about a year live, half a year with the board, half a year with the Home Office.
  ...['2016-06-14', '2016-11-02', '2017-03-20', '2017-08-09', '2018-01-15', '2018-05-30'].map((notified) => ({
    notified,
    stages: [
      [notified, 'LIVE'],
      [addDays(notified, 380), 'QA_BOARD'],
      [addDays(notified, 560), 'HOME_OFFICE'],
      [addDays(notified, 750), 'PUBLISHED'],
    ] as [string, Stage][],
  })),
  {
    notified: '2018-09-12',
    stages: [
      ['2018-09-12', 'LIVE'],
      ['2019-12-02', 'QA_BOARD'],
      ['2020-07-20', 'HOME_OFFICE'],
    ],
  },
  {
    notified: '2018-12-03',
    stages: [
      ['2018-12-03', 'LIVE'],
      ['2020-02-10', 'QA_BOARD'],
      ['2020-11-16', 'HOME_OFFICE'],
    ],
  },
  {
    notified: '2019-03-25',
    stages: [
      ['2019-03-25', 'LIVE'],
      ['2020-06-01', 'QA_BOARD'],
      ['2021-01-18', 'HOME_OFFICE'],
    ],
  },
  {
    notified: '2019-06-17',
    stages: [
      ['2019-06-17', 'LIVE'],
      ['2020-09-07', 'QA_BOARD'],
      ['2021-04-12', 'HOME_OFFICE'],
    ],
  },
  {
    notified: '2019-10-07',
    stages: [
      ['2019-10-07', 'LIVE'],
      ['2021-05-24', 'QA_BOARD'],
    ],
  },
  {
    notified: '2020-01-20',
    stages: [
      ['2020-01-20', 'LIVE'],
      ['2020-05-11', 'PAUSED'],
    ],
  },
  { notified: '2020-08-03', stages: [['2020-08-03', 'LIVE']] },
  { notified: '2020-11-23', stages: [['2020-11-23', 'LIVE']] },
];

export function generateReviews(targets: DomesticAbuseTargets): {
  reviews: DomesticHomicideReviewRecord[];
  stages: ReviewStageRecord[];
} {
  const random = new Random('domestic-abuse|reviews');
  const districts = STAFFORDSHIRE_DISTRICTS.map(([code]) => code);
  const reviews: DomesticHomicideReviewRecord[] = [];
  const stages: ReviewStageRecord[] = [];
  HISTORIES.forEach((history, i) => {
    const id = `${STAFFORDSHIRE}-DHR${String(i + 1).padStart(3, '0')}`;
    reviews.push(
      Object.assign(new DomesticHomicideReviewRecord(), {
        id,
        authorityCode: STAFFORDSHIRE,
        districtCode: random.pick(districts),
        notifiedDate: history.notified,
      }),
    );
    for (const [fromDate, stage] of history.stages)
      stages.push(Object.assign(new ReviewStageRecord(), { reviewId: id, fromDate, stage }));
  });
  // The stage of each review at the meeting, as the paper counts them.
  const at = (h: (typeof HISTORIES)[number]) => h.stages.filter(([d]) => d <= REVIEWS_TO).at(-1)![1];
  const underway = HISTORIES.filter((h) => at(h) !== 'PUBLISHED');
  expectFigure('reviews underway', underway.length, targets.reviews.underway);
  for (const stage of ['HOME_OFFICE', 'QA_BOARD', 'LIVE', 'PAUSED'] as const)
    expectFigure(`reviews ${stage}`, underway.filter((h) => at(h) === stage).length, targets.reviews[stage]);
  return { reviews, stages };
}

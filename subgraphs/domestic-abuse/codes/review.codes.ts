import { CodeList } from '../../measures/dimension-set';

/** A domestic homicide review's stage in the Home Office process. */
export const DHR_STAGE: CodeList = {
  LIVE: 'Live: the review is in progress',
  PAUSED: 'Paused (e.g. awaiting the outcome of a police investigation)',
  QA_BOARD: 'With the Home Office Quality Assurance Board before the final report',
  HOME_OFFICE: 'Report with the Home Office, awaiting its decision on publication',
  PUBLISHED: 'Published',
};

/** The stages of a review still underway (every stage but PUBLISHED). */
export const DHR_UNDERWAY_STAGE: CodeList = Object.fromEntries(
  Object.entries(DHR_STAGE).filter(([code]) => code !== 'PUBLISHED'),
);

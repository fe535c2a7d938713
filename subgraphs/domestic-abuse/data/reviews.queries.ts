import { DataSource } from 'typeorm';
import { IsoDate } from '../../../schema/vocabulary/dates';
import { CubeRow } from '../../measures/breakdown';
import { dateLiteral, recordCube, RecordTable } from '../../measures/record-cube';

/** Reviews underway sharing the attributes asked for. */
export interface ReviewRow extends CubeRow {
  stage?: string;
  districtCode?: string | null;
}

/** A review's stage at the end of `at`: the last stage it entered by then. */
const stageAt = (at: IsoDate) =>
  `(SELECT s.stage FROM dhr_stage s WHERE s.review_id = d.id AND s.from_date <= ${dateLiteral(at)}
    ORDER BY s.from_date DESC LIMIT 1)`;

const reviews = (at: IsoDate): RecordTable => ({
  from: 'domestic_homicide_review d',
  authority: 'd.authority_code',
  attributes: {
    stage: { sql: stageAt(at) },
    districtCode: { sql: 'd.district_code', type: 'nullable-string' },
  },
});

/** Reviews underway at the end of `at`: received by then and not yet published. */
export function reviewsUnderwayAt(dataSource: DataSource, codes: string[], at: IsoDate, attributes: string[]) {
  return recordCube<ReviewRow>(dataSource, reviews(at), codes, attributes, {
    where: `d.notified_date <= ? AND ${stageAt(at)} <> 'PUBLISHED'`,
    parameters: [at],
  });
}

import { DataSource } from 'typeorm';
import { Period } from '../../../schema/vocabulary/period';
import { CubeRow } from '../../measures/breakdown';
import { recordCube, RecordTable } from '../../measures/record-cube';

/** MARAC cases sharing the attributes asked for; `children` the children in their households. */
export interface MaracCaseRow extends CubeRow {
  children: number;
  districtCode?: string | null;
  isRepeat?: boolean;
  source?: string;
}

const CASES: RecordTable = {
  from: 'marac_case m',
  authority: 'm.authority_code',
  attributes: {
    districtCode: { sql: 'm.district_code', type: 'nullable-string' },
    isRepeat: { sql: 'm.is_repeat', type: 'boolean' },
    source: { sql: 'm.source' },
  },
};

/** Cases heard in the period. */
export function maracCasesIn(dataSource: DataSource, codes: string[], period: Period, attributes: string[]) {
  return recordCube<MaracCaseRow>(dataSource, CASES, codes, attributes, {
    where: 'm.heard_date BETWEEN ? AND ?',
    parameters: [period.start, period.end],
    aggregates: { children: 'SUM(m.children)' },
  });
}

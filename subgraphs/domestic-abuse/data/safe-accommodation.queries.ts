import { DataSource } from 'typeorm';
import { Period } from '../../../schema/vocabulary/period';
import { CubeRow } from '../../measures/breakdown';
import { recordCube, RecordTable } from '../../measures/record-cube';

/** Households in safe accommodation sharing the attributes asked for. */
export interface SafeAccommodationRow extends CubeRow {
  accommodationType?: string;
  declinedForCapacity?: boolean;
}

const SUPPORT: RecordTable = {
  from: 'safe_accommodation_support a',
  authority: 'a.authority_code',
  attributes: {
    accommodationType: { sql: 'a.accommodation_type' },
    declinedForCapacity: { sql: 'a.declined_for_capacity', type: 'boolean' },
  },
};

/** Households supported (or turned away) at any time in the period. */
export function safeAccommodationIn(dataSource: DataSource, codes: string[], period: Period, attributes: string[]) {
  return recordCube<SafeAccommodationRow>(dataSource, SUPPORT, codes, attributes, {
    where: 'a.start_date <= ? AND (a.end_date IS NULL OR a.end_date >= ?)',
    parameters: [period.end, period.start],
  });
}

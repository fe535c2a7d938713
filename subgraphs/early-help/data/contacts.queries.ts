import { DataSource } from 'typeorm';
import { Period } from '../../../schema/vocabulary/period';
import { CubeRow } from '../../measures/breakdown';
import { recordCube, RecordTable } from '../../measures/record-cube';

/** Contacts sharing the attributes a figure asked for. */
export interface ContactRow extends CubeRow {
  source?: string;
  outcome?: string;
  /** `2022-06`: the month of the contact, for figures over the quarters of a period. */
  month?: string;
}

const CONTACTS: RecordTable = {
  from: 'contact c',
  authority: 'c.authority_code',
  attributes: {
    source: { sql: 'c.source' },
    outcome: { sql: 'c.outcome' },
    month: { sql: 'substr(c.contact_date, 1, 7)' },
  },
};

/** Contacts received in the period. */
export function contactsIn(
  dataSource: DataSource,
  authorityCodes: string[],
  period: Period,
  attributes: string[],
): Promise<ContactRow[]> {
  return recordCube<ContactRow>(dataSource, CONTACTS, authorityCodes, attributes, {
    where: 'c.contact_date BETWEEN ? AND ?',
    parameters: [period.start, period.end],
  });
}

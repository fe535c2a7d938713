import { IsoDate } from '../../../schema/vocabulary/dates';

/**
 * A validated date as an SQL literal, for the few expressions in a SELECT list that depend on the
 * request (placeholders there would come before the WHERE clause's). Only ISO dates pass.
 */
export function dateLiteral(date: IsoDate): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`not an ISO date: ${date}`);
  return `'${date}'`;
}

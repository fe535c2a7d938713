import { Int } from 'type-graphql';
import { badInput } from '../../schema/vocabulary/errors';
import { FigureRowData } from './figure-row.type';
import { ArgumentSpec } from './graphql-fields';

/** The most rows one page may ask for (`first`). */
export const MAX_ROWS_PAGE = 10_000;

/** `first` and `after`, the paging arguments of every `rows` field. */
export const ROW_PAGING_ARGUMENTS: ArgumentSpec[] = [
  {
    name: 'first',
    type: () => Int,
    options: {
      nullable: true,
      description: `At most this many rows, from 1 to ${MAX_ROWS_PAGE.toLocaleString('en-GB')}; every row when omitted.`,
    },
  },
  {
    name: 'after',
    type: () => String,
    options: {
      nullable: true,
      description: "Only the rows after the row with this `cursor` (the last row's, to get the next page).",
    },
  },
];

const PREFIX = 'row:';

/** A row's cursor: its place in the table, opaque to callers (the rows' order is fixed, so it is stable). */
export function rowCursor(index: number): string {
  return Buffer.from(`${PREFIX}${index}`).toString('base64url');
}

function cursorIndex(after: string): number {
  const text = Buffer.from(after, 'base64url').toString('utf8');
  const index = text.startsWith(PREFIX) ? Number(text.slice(PREFIX.length)) : NaN;
  if (!Number.isSafeInteger(index) || index < 0 || rowCursor(index) !== after)
    throw badInput('after', after, 'the `cursor` of a row from the same field, as returned');
  return index;
}

/**
 * One page of a table: each row with its cursor, from the row after `after`, at most `first` of
 * them. Paging slices rows already built, so every row keeps the suppression its table gave it.
 */
export function pageOfRows(rows: FigureRowData[], args: Record<string, unknown>): FigureRowData[] {
  const first = args.first as number | null | undefined;
  const after = args.after as string | null | undefined;
  if (first !== null && first !== undefined && (!Number.isInteger(first) || first < 1 || first > MAX_ROWS_PAGE))
    throw badInput('first', first, `a whole number of rows from 1 to ${MAX_ROWS_PAGE}`);
  const start = after === null || after === undefined ? 0 : cursorIndex(after) + 1;
  const end = first === null || first === undefined ? rows.length : start + first;
  return rows.slice(start, end).map((row, i) => ({ ...row, cursor: rowCursor(start + i) }));
}

import { badInput } from '../../../schema/vocabulary/errors';
import { CubeRow, Dimension } from '../../measures/breakdown';
import { LocalityHubRow } from '../data/locality-hub.queries';

/**
 * How an agency's work records are told apart: by the locality hub that did the work, and by
 * the `name=value` pairs of their detail (e.g. `route=fast_track`, `rating=good_or_outstanding`).
 */

/** `name=value;…` pairs a record's detail must all contain (none when not given). */
export function parseDetailFilter(argument: string, value: string | null | undefined): string[] {
  if (!value) return [];
  const pairs = value.split(';').filter(Boolean);
  for (const pair of pairs)
    if (!/^[a-z0-9_]+=[A-Za-z0-9_.-]+$/.test(pair))
      throw badInput(
        argument,
        value,
        '"name=value" pairs joined by ";", e.g. "route=fast_track;adopter_type=second_time_adopter"',
      );
  return pairs;
}

/** Whether a record's detail has every one of the pairs. */
export const hasDetail = (detail: string, pairs: readonly string[]): boolean =>
  pairs.every((p) => detail.split(';').includes(p));

/** The pairs as columns of a flat row, e.g. `route=fast_track` → { route: 'fast_track' }. */
export function detailColumns(pairs: readonly string[]): Record<string, string> {
  return Object.fromEntries(pairs.map((pair) => pair.split('=') as [string, string]));
}

/**
 * The locality hubs of the agencies asked about, in code order, labelled with their names.
 * Built per request because the hubs are rows of the `locality_hub` table, not a code list.
 */
export function hubDimension<R extends CubeRow & { hubCode?: string }>(hubs: readonly LocalityHubRow[]): Dimension<R> {
  return {
    column: 'hub',
    attributes: ['hubCode'],
    keys: () => hubs.map((h) => ({ key: h.code, label: h.name })),
    keyOf: (row) => row.hubCode!,
  };
}

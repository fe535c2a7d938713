import { isSmallCount } from './small-number';

/** One cell of a cross-tab: its keys (one per dimension, in order) and its count. */
export interface TableCell {
  keys: readonly string[];
  n: number;
}

export type Withheld = 'SMALL_NUMBER' | 'SECONDARY' | null;

/**
 * Primary and complementary suppression over a cross-tab of any number of dimensions, for callers
 * who may not see small numbers. Every line of the table (all cells that agree on every key but one)
 * adds up to a margin anyone can ask for (a one-way breakdown, or a smaller cross-tab), so a line
 * with exactly one hidden cell would give it away: the next smallest non-zero cell of that line is
 * hidden too, and so on until no line has exactly one, nor hidden cells whose sum pins one of them (two small
 * cells adding up to 2). Cells that do not occur are zeros, known to
 * everyone, and never hide anything. With one dimension this is the breakdowns' own rule, so a row
 * and its breakdown cell agree. A hidden cell with no possible complement in a line (its other cells
 * zero, or alone in their own lines) cannot be protected by this table alone: consistent suppression
 * of the table and its margins together is the disclosure issue's (see DISCLOSURE.md when written).
 */
export function complementarySuppression(cells: readonly TableCell[]): Withheld[] {
  const withheld: Withheld[] = cells.map((c) => (isSmallCount(c.n) ? 'SMALL_NUMBER' : null));
  const dimensions = cells[0]?.keys.length ?? 0;
  // The lines of each dimension: cells agreeing on every other key.
  const lines = [...Array(dimensions).keys()].map((d) => {
    const byLine = new Map<string, number[]>();
    cells.forEach((cell, i) => {
      const line = JSON.stringify(cell.keys.filter((_, j) => j !== d));
      byLine.set(line, [...(byLine.get(line) ?? []), i]);
    });
    return [...byLine.values()];
  });
  const lineOf = lines.map((ls) => {
    const of = new Map<number, number[]>();
    for (const members of ls) for (const i of members) of.set(i, members);
    return of;
  });
  // A complement alone (with no other non-zero cell) in one of its other lines would be its line's
  // margin, and give the first cell away in turn: prefer complements that have company everywhere.
  const accompanied = (i: number) => lineOf.every((of) => (of.get(i) ?? []).some((j) => j !== i && cells[j].n > 0));
  /**
   * Whether a reader who knows a line's margin, and that a SMALL_NUMBER is 1 to 4 and a SECONDARY
   * cell at least 1 (no zero is hidden), can pin one of the line's hidden cells to a single value,
   * e.g. two small cells adding up to 2, or to 8.
   */
  const determined = (hidden: number[]) => {
    const sum = hidden.reduce((total, i) => total + cells[i].n, 0);
    const low = () => 1;
    const high = (i: number) => (withheld[i] === 'SMALL_NUMBER' ? 4 : Number.POSITIVE_INFINITY);
    return hidden.some((i) => {
      const others = hidden.filter((j) => j !== i);
      const most = Math.min(high(i), sum - others.reduce((t) => t + low(), 0));
      const least = Math.max(low(), sum - others.reduce((t, j) => t + high(j), 0));
      return most <= least;
    });
  };
  // Each line's margin is a cell of the smaller table over the other dimensions (a breakdown, for a
  // two-way table), which has its own suppression: where that margin is hidden, its line must hide
  // at least one cell too, or the visible cells would add up to it and give it away.
  const marginHidden = [...Array(dimensions).keys()].map((d) => {
    if (dimensions < 2) return new Set<string>();
    const margins = new Map<string, TableCell>();
    for (const cell of cells) {
      const keys = cell.keys.filter((_, j) => j !== d);
      const id = JSON.stringify(keys);
      const margin = margins.get(id) ?? { keys, n: 0 };
      margins.set(id, { keys, n: margin.n + cell.n });
    }
    const list = [...margins.values()];
    const hidden = complementarySuppression(list);
    return new Set(list.filter((_, i) => hidden[i] !== null).map((m) => JSON.stringify(m.keys)));
  });
  const lineKey = (d: number, members: number[]) => JSON.stringify(cells[members[0]].keys.filter((_, j) => j !== d));
  let changed = true;
  while (changed) {
    changed = false;
    for (let d = 0; d < dimensions; d += 1) {
      for (const members of lines[d]) {
        const hidden = members.filter((i) => withheld[i] !== null);
        const ofHiddenMargin = marginHidden[d].has(lineKey(d, members));
        if (ofHiddenMargin) {
          if (hidden.length > 0) continue;
        } else if (hidden.length === 0 || (hidden.length > 1 && !determined(hidden))) continue;
        let pick = -1;
        for (const i of members) {
          if (withheld[i] !== null || cells[i].n === 0) continue;
          if (!ofHiddenMargin && dimensions > 1 && !accompanied(i)) continue;
          if (pick < 0 || cells[i].n < cells[pick].n) pick = i;
        }
        if (pick >= 0) {
          withheld[pick] = 'SECONDARY';
          changed = true;
        }
      }
    }
  }
  return withheld;
}

import { complementarySuppression, TableCell } from './complementary-suppression';
import { countBreakdown } from './figure.builder';
import { Random } from '../../seed/shared/random';

/**
 * Cells a reader recovers by subtracting a line's visible cells from its margin, over and over (a
 * recovered cell helps with the next line). Margins are the one-way breakdowns and smaller tables
 * anyone can ask for; a margin of 1 to 4 is itself hidden, so only others are known.
 */
function recoverable(cells: TableCell[], hidden: boolean[]): number[] {
  const found = new Set<number>();
  let progress = true;
  while (progress) {
    progress = false;
    for (let d = 0; d < cells[0].keys.length; d += 1) {
      const lines = new Map<string, number[]>();
      cells.forEach((c, i) => {
        const line = JSON.stringify(c.keys.filter((_, j) => j !== d));
        lines.set(line, [...(lines.get(line) ?? []), i]);
      });
      for (const members of lines.values()) {
        const margin = members.reduce((sum, i) => sum + cells[i].n, 0);
        const unknown = members.filter((i) => hidden[i] && !found.has(i));
        if (unknown.length === 1 && !(margin >= 1 && margin <= 4)) {
          found.add(unknown[0]);
          progress = true;
        }
      }
    }
  }
  return [...found];
}

describe('complementary suppression of cross-tabs', () => {
  it('hides a second cell in every line that would otherwise have one hidden cell', () => {
    // Age band × hours band: one carer aged 5-9 giving 31+ hours, the rest large.
    const cells: TableCell[] = [
      { keys: ['5-9', '0-10'], n: 20 },
      { keys: ['5-9', '11-30'], n: 9 },
      { keys: ['5-9', '31+'], n: 1 },
      { keys: ['10-15', '0-10'], n: 40 },
      { keys: ['10-15', '11-30'], n: 25 },
      { keys: ['10-15', '31+'], n: 6 },
    ];
    const withheld = complementarySuppression(cells);
    expect(withheld).toEqual([null, 'SECONDARY', 'SMALL_NUMBER', null, 'SECONDARY', 'SECONDARY']);
    expect(recoverable(cells, withheld.map(Boolean))).toEqual([]);
  });

  it('leaves no line of random two-way tables with a lone hidden cell it could have partnered', () => {
    const random = new Random('complementary-suppression');
    for (let t = 0; t < 400; t += 1) {
      const sizes = [random.int(2, 6), random.int(2, 5)];
      const cells: TableCell[] = [];
      for (let a = 0; a < sizes[0]; a += 1)
        for (let b = 0; b < sizes[1]; b += 1)
          if (random.chance(0.85))
            cells.push({ keys: [`a${a}`, `b${b}`], n: random.chance(0.3) ? random.int(1, 4) : random.int(5, 60) });
      if (cells.length === 0) continue;
      const hidden = complementarySuppression(cells).map(Boolean);
      const line = (i: number, d: number) =>
        cells.map((_, j) => j).filter((j) => cells[j].keys[1 - d] === cells[i].keys[1 - d]);
      // A cell that could partner: visible, non-zero, and not alone in its other line (whose margin would show it).
      const eligible = (j: number, d: number) => !hidden[j] && cells[j].n > 0 && line(j, 1 - d).length > 1;
      // A line's margin is a cell of the other dimension's breakdown, hidden by the breakdown's own rule.
      const marginHidden = (i: number, d: number) => {
        const other = 1 - d;
        const keys = [...new Set(cells.map((c) => c.keys[other]))];
        const margins = keys.map((key) => ({
          key,
          label: key,
          count: cells.filter((c) => c.keys[other] === key).reduce((sum, c) => sum + c.n, 0),
        }));
        return countBreakdown(margins, false).find((m) => m.key === cells[i].keys[other])!.figure.suppressed;
      };
      cells.forEach((c, i) => {
        if (c.n >= 1 && c.n <= 4) expect(hidden[i]).toBe(true);
        for (const d of [0, 1]) {
          const members = line(i, d);
          // A hidden margin needs one hidden cell in its line, not two.
          if (marginHidden(i, d)) {
            if (members.some((j) => cells[j].n > 0))
              expect([t, i, d, members.some((j) => hidden[j])]).toEqual([t, i, d, true]);
            continue;
          }
          if (!hidden[i] || members.filter((j) => hidden[j]).length !== 1) continue;
          expect([t, i, d, members.filter((j) => eligible(j, d))]).toEqual([t, i, d, []]);
        }
      });
    }
  });

  it('hides enough of the age × hours table that its margins do not give a small cell away', () => {
    const cells: TableCell[] = [
      { keys: ['5-9', '0-10'], n: 14 },
      { keys: ['5-9', '11-30'], n: 2 },
      { keys: ['10-15', '0-10'], n: 41 },
      { keys: ['10-15', '11-30'], n: 23 },
      { keys: ['10-15', '31+'], n: 3 },
      { keys: ['16+', '0-10'], n: 20 },
      { keys: ['16+', '11-30'], n: 19 },
      { keys: ['16+', '31+'], n: 3 },
    ];
    const hidden = complementarySuppression(cells).map(Boolean);
    expect(recoverable(cells, hidden)).toEqual([]);
  });

  it('agrees with a one-way breakdown on which cells it hides', () => {
    const counts = [12, 3, 0, 7, 30, 5];
    const cells = counts.map((n, i) => ({ keys: [`k${i}`], n })).filter((c) => c.n > 0);
    const breakdown = countBreakdown(
      counts.map((count, i) => ({ key: `k${i}`, label: `k${i}`, count })),
      false,
    ).filter((c) => (c.figure.value ?? 1) > 0);
    expect(complementarySuppression(cells).map(Boolean)).toEqual(breakdown.map((c) => c.figure.suppressed));
  });
});

import type { Measured } from './interleaved-rounds';

interface Target {
  target: string;
  backend: string;
  measured: string;
  goal: string;
  met: boolean;
}

/**
 * Issue 13's targets, read off the national bench's rows (measured, not asserted: a missed target
 * is printed as missed, with the figures that show what limits it).
 */
export function targetsOf(rows: Measured[]): Target[] {
  const find = (backend: string, topology: string, key: string, concurrency = 1) =>
    rows.find(
      (r) => r.backend === backend && r.topology === topology && r.key === key && r.concurrency === concurrency,
    );
  const targets: Target[] = [];
  const add = (
    target: string,
    backend: string,
    value: number | undefined,
    goal: string,
    met: (v: number) => boolean,
    unit = '×',
  ) => {
    if (value === undefined || !Number.isFinite(value)) return;
    targets.push({ target, backend, measured: `${value.toFixed(unit === '×' ? 2 : 0)}${unit}`, goal, met: met(value) });
  };
  for (const backend of [...new Set(rows.map((r) => r.backend))]) {
    const bareSql = find(backend, 'one process', 'headline T4C · bare SQL');
    for (const topology of ['one process', 'processes']) {
      const gateway = find(backend, topology, 'headline T4C · apollo');
      const subgraph = find(backend, topology, 'headline T4C · fostering subgraph');
      if (gateway && subgraph)
        add(
          `headline gateway p50 / straight to the subgraph (${topology})`,
          backend,
          gateway.p50 / subgraph.p50,
          '≤ 1.5×',
          (v) => v <= 1.5,
        );
      if (gateway && bareSql)
        add(`headline gateway p50 / bare SQL (${topology})`, backend, gateway.p50 / bareSql.p50, '≤ 2×', (v) => v <= 2);
    }
    add(
      'England-wide bare SQL p50',
      backend,
      find(backend, 'one process', 'England (150) · bare SQL')?.p50,
      '< 50 ms',
      (v) => v < 50,
      ' ms',
    );
    for (const engine of ['apollo', 'hive'])
      add(
        `England-wide p50 through ${engine} (processes)`,
        backend,
        find(backend, 'processes', `England (150) · ${engine}`)?.p50,
        '< 150 ms',
        (v) => v < 150,
        ' ms',
      );
    const nine = find(backend, 'one process', 'every council of PILOT (9) · apollo')?.statements;
    const all = find(backend, 'one process', 'England (150) · apollo')?.statements;
    if (nine !== undefined && all !== undefined)
      targets.push({
        target: 'fostering SQL statements per request, 9 councils vs 150 (one query)',
        backend,
        measured: `${nine.toFixed(1)} vs ${all.toFixed(1)}`,
        goal: 'equal',
        met: Math.abs(nine - all) < 0.05,
      });
    for (const engine of ['apollo', 'hive']) {
      const c1 = find(backend, 'processes', `headline T4C · ${engine}`, 1);
      const c8 = find(backend, 'processes', `headline T4C · ${engine}`, 8);
      if (c1 && c8)
        add(`headline throughput c8 / c1, ${engine} (processes)`, backend, c8.rps / c1.rps, '≥ 1.5×', (v) => v >= 1.5);
    }
    const alone = find(backend, 'processes', 'headline T4C · apollo', 1);
    const mixed = find(backend, 'processes', 'headline T4C · apollo, beside England-wide load', 1);
    if (alone && mixed)
      add(
        'headline p50 beside England-wide load / alone (processes)',
        backend,
        mixed.p50 / alone.p50,
        '≤ 2×',
        (v) => v <= 2,
      );
    for (const concurrency of [1, 8, 32]) {
      const apollo = find(backend, 'processes', 'headline T4C · apollo', concurrency);
      const hive = find(backend, 'processes', 'headline T4C · hive', concurrency);
      if (apollo && hive)
        add(
          `Apollo / Hive throughput at c${concurrency} (processes)`,
          backend,
          apollo.rps / hive.rps,
          '≥ 0.9×',
          (v) => v >= 0.9,
        );
    }
  }
  return targets;
}

export function printTargets(rows: Measured[]): void {
  const targets = targetsOf(rows);
  const widths = [60, 8, 14, 10, 4];
  const line = (cells: string[]) => console.log(cells.map((c, i) => c.padEnd(widths[i])).join(' '));
  console.log("\nissue 13's targets:\n");
  line(['target', 'backend', 'measured', 'goal', 'met']);
  for (const t of targets) line([t.target, t.backend, t.measured, t.goal, t.met ? 'yes' : 'NO']);
}

import { percentile, runLoad } from './load';

/** One thing timed: a task at a concurrency, optionally beside a background load, counting SQL if it can. */
export interface Cell {
  key: string;
  concurrency: number;
  requests: number;
  task: () => Promise<void>;
  /** A running count of the SQL statements the task's subgraph sent (one-process topology only). */
  statements?: () => number;
  /** Another load running throughout the cell (e.g. England-wide queries beside a board query). */
  background?: { clients: number; task: () => Promise<void> };
}

export interface CellResult {
  key: string;
  concurrency: number;
  p50: number;
  p95: number;
  rps: number;
  /** SQL statements per request, or undefined where they cannot be counted. */
  statements?: number;
  /** Requests that failed (an error answer or a refused connection), over all rounds, background included. */
  failures: number;
}

/** The task, counting its failures instead of ending the run (a bench reports them; it does not stop at one). */
function counted(task: () => Promise<void>, failures: { n: number; last?: string }): () => Promise<void> {
  return async () => {
    try {
      await task();
    } catch (error) {
      failures.n += 1;
      failures.last = (error as Error).message.slice(0, 300);
    }
  };
}

const median = (values: number[]) => percentile(values, 50);

/** Runs `background` in `clients` loops until `until` settles. */
async function beside<T>(background: Cell['background'], until: Promise<T>): Promise<T> {
  if (!background) return until;
  let done = false;
  const loops = Array.from({ length: background.clients }, async () => {
    while (!done) await background.task();
  });
  try {
    return await until;
  } finally {
    done = true;
    await Promise.all(loops);
  }
}

/**
 * Times every cell in each of `rounds` rounds, the cells one after another in the same order in
 * every round (interleaved, so a slow minute of a shared machine lands on every cell alike, and
 * ratios between cells come from one run), after one warm-up pass. Each figure is the median
 * over the rounds of that round's p50, p95, throughput and statements per request.
 */
export async function runRounds(cells: Cell[], rounds: number, log: (line: string) => void): Promise<CellResult[]> {
  for (const cell of cells) await runLoad(cell.task, Math.min(3, cell.requests), 1);
  const id = (cell: Cell) => `${cell.key}@${cell.concurrency}`;
  const failures = new Map(cells.map((c) => [id(c), { n: 0 } as { n: number; last?: string }]));
  cells = cells.map((c) => ({
    ...c,
    task: counted(c.task, failures.get(id(c))!),
    background: c.background && { ...c.background, task: counted(c.background.task, failures.get(id(c))!) },
  }));
  const perRound = new Map<string, CellResult[]>(cells.map((c) => [id(c), []]));
  for (let round = 1; round <= rounds; round += 1) {
    const started = Date.now();
    for (const cell of cells) {
      const before = cell.statements?.();
      const { latencies, wallMs } = await beside(cell.background, runLoad(cell.task, cell.requests, cell.concurrency));
      perRound.get(id(cell))!.push({
        key: cell.key,
        concurrency: cell.concurrency,
        p50: percentile(latencies, 50),
        p95: percentile(latencies, 95),
        rps: (cell.requests / wallMs) * 1000,
        statements: before === undefined ? undefined : (cell.statements!() - before) / cell.requests,
        failures: 0,
      });
    }
    const failed = [...failures].filter(([, f]) => f.n > 0).map(([key, f]) => `${key}: ${f.n} (${f.last})`);
    log(
      `round ${round}/${rounds} in ${((Date.now() - started) / 1000).toFixed(0)} s${failed.length ? `; failures ${failed.join('; ')}` : ''}`,
    );
  }
  return cells.map((cell) => {
    const results = perRound.get(id(cell))!;
    return {
      key: cell.key,
      concurrency: cell.concurrency,
      p50: median(results.map((r) => r.p50)),
      p95: median(results.map((r) => r.p95)),
      rps: median(results.map((r) => r.rps)),
      statements: cell.statements ? median(results.map((r) => r.statements!)) : undefined,
      failures: failures.get(id(cell))!.n,
    };
  });
}

/** A cell's result with the backend and topology it ran on (the national bench's rows). */
export interface Measured extends CellResult {
  backend: string;
  topology: string;
}

import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { configuredSubgraphs } from '../../subgraphs/platform/subgraph-config';
import { Backend } from './backends';

/** A service running as its own operating-system process. */
export interface ServiceProcess {
  name: string;
  url: string;
  pid: number;
  /** Everything it wrote to stderr so far (its JSON log lines). */
  log(): string;
  /** Peak resident memory so far, in MB (VmHWM from /proc). */
  peakRssMb(): number;
  /** Resident memory now, in MB (VmRSS). */
  rssMb(): number;
  /** Whether the process is stopped by SIGSTOP (state "T" in /proc). */
  isStopped(): boolean;
  signal(signal: NodeJS.Signals): void;
  exited: Promise<void>;
  /** The exit code once exited (null while running, or when a signal ended it). */
  exitCode(): number | null;
}

export interface ProcessStack {
  gateway: ServiceProcess;
  subgraphs: Record<string, ServiceProcess>;
  stop(): Promise<void>;
}

function startProcess(name: string, script: string, args: string[], env: NodeJS.ProcessEnv): Promise<ServiceProcess> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', join(__dirname, 'processes', script), ...args],
    { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  let stdout = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const status = () => readFileSync(`/proc/${child.pid}/status`, 'utf8');
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${name} exited with ${code} before it was ready:\n${stderr}`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const ready = /\{"ready":"([^"]+)"\}/.exec(stdout);
      if (!ready) return;
      child.stdout!.removeAllListeners('data');
      child.stdout!.resume();
      resolve({
        name,
        url: ready[1],
        pid: child.pid!,
        log: () => stderr,
        peakRssMb: () => Number(/VmHWM:\s+(\d+) kB/.exec(status())?.[1] ?? NaN) / 1024,
        rssMb: () => Number(/VmRSS:\s+(\d+) kB/.exec(status())?.[1] ?? NaN) / 1024,
        isStopped: () => /^State:\s+T/m.test(status()),
        signal: (signal) => child.kill(signal),
        exited,
        exitCode: () => child.exitCode,
      });
    });
  });
}

/**
 * The real thing as processes: every subgraph in its own process over its test database, and the
 * gateway in another over them (`gatewayEnv` e.g. sets SUBGRAPH_TIMEOUT_MS; `subgraphEnv` is every
 * subgraph's, e.g. LOG_LEVEL). Slower to start than
 * `startStack`, for suites that stop or stall a subgraph or measure memory per process.
 */
export async function startProcessStack(
  backend: Backend,
  gatewayEnv: NodeJS.ProcessEnv = {},
  subgraphEnv: NodeJS.ProcessEnv = {},
): Promise<ProcessStack> {
  const list = await Promise.all(
    configuredSubgraphs().map(({ name }) => startProcess(name, 'subgraph-main.ts', [name, backend], subgraphEnv)),
  );
  const subgraphs = Object.fromEntries(list.map((s) => [s.name, s]));
  let gateway: ServiceProcess;
  try {
    gateway = await startProcess('gateway', 'gateway-main.ts', [], {
      ...gatewayEnv,
      STACK_SUBGRAPH_URLS: JSON.stringify(Object.fromEntries(list.map((s) => [s.name, s.url]))),
    });
  } catch (error) {
    for (const s of list) s.signal('SIGKILL');
    throw error;
  }
  return {
    gateway,
    subgraphs,
    async stop() {
      for (const service of [gateway, ...list]) {
        service.signal('SIGCONT');
        service.signal('SIGTERM');
      }
      await Promise.all([gateway, ...list].map((s) => s.exited));
    },
  };
}

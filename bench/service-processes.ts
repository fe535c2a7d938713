import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { configuredSubgraphs } from '../subgraphs/platform/subgraph-config';

/** A service the bench started as its own process, from the compiled entry point compose runs. */
export interface ServiceProcess {
  name: string;
  url: string;
  stop(): Promise<void>;
}

export interface ProcessTopology {
  subgraphs: Record<string, ServiceProcess>;
  apollo: ServiceProcess;
  hive: ServiceProcess;
  stop(): Promise<void>;
}

const envName = (name: string) => name.toUpperCase().replace(/-/g, '_');

/** Starts `dist/<entry>` with `env`; resolves with its URL once it prints "ready at <url>". */
function startProcess(name: string, entry: string, env: NodeJS.ProcessEnv): Promise<ServiceProcess> {
  const child: ChildProcess = spawn(process.execPath, [join(__dirname, '..', entry)], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${name} exited with ${code} before it was ready:\n${stderr}`)));
    let stdout = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const ready = /ready at (http:\/\/\S+)/.exec(stdout);
      if (!ready) return;
      child.stdout!.removeAllListeners('data');
      child.stdout!.resume();
      resolve({
        name,
        url: ready[1],
        async stop() {
          child.kill('SIGTERM');
          await exited;
        },
      });
    });
  });
}

/**
 * The hub as compose runs it: every subgraph in its own process (`dist/subgraphs/<name>/main.js`,
 * on a free port), the Apollo gateway (`dist/gateway/main.js`) and Hive Gateway
 * (`dist/gateway/hive-main.js`) each in another, over the same subgraph processes. `env` says
 * where the databases are (DATA_DIR or DATABASE_URL) and carries the secrets.
 */
export async function startProcessTopology(env: NodeJS.ProcessEnv): Promise<ProcessTopology> {
  const started: ServiceProcess[] = [];
  const stop = async () => {
    for (const service of started.reverse()) await service.stop();
  };
  try {
    const subgraphs: Record<string, ServiceProcess> = {};
    for (const { name } of configuredSubgraphs()) {
      subgraphs[name] = await startProcess(name, join('subgraphs', name, 'main.js'), {
        ...env,
        [`${envName(name)}_PORT`]: '0',
      });
      started.push(subgraphs[name]);
    }
    const urls = Object.fromEntries(Object.entries(subgraphs).map(([name, s]) => [`${envName(name)}_URL`, s.url]));
    const apollo = await startProcess('apollo gateway', join('gateway', 'main.js'), {
      ...env,
      ...urls,
      GATEWAY_PORT: '0',
    });
    started.push(apollo);
    const hive = await startProcess('hive gateway', join('gateway', 'hive-main.js'), {
      ...env,
      ...urls,
      HIVE_GATEWAY_PORT: '0',
    });
    started.push(hive);
    return { subgraphs, apollo, hive, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

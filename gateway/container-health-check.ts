import { readFileSync } from 'node:fs';
import { configuredSubgraphs, subgraphPort } from '../subgraphs/platform/subgraph-config';
import { gatewayPort } from './gateway-port';

/**
 * The service a container runs, from its main command (PID 1's command line: `node
 * dist/gateway/main.js` or `node dist/subgraphs/<name>/main.js`); undefined for the one-shot seed.
 */
export function serviceOfCommand(commandLine: string): string | undefined {
  if (/(^|\/)gateway\/main\.js\b/.test(commandLine)) return 'gateway';
  return configuredSubgraphs().find(({ name }) => commandLine.includes(`subgraphs/${name}/main.js`))?.name;
}

/** The readiness URL of a service on this machine, on the port its environment gives it. */
export function readinessUrl(service: string, env: NodeJS.ProcessEnv = process.env): string {
  const port = service === 'gateway' ? gatewayPort(env) : subgraphPort(service, env);
  return `http://127.0.0.1:${port}/health/ready`;
}

/**
 * The image's HEALTHCHECK: exit 0 when the service this container runs answers 200 on its own
 * /health/ready, 1 otherwise (within READINESS_TIMEOUT_MS, default 3 s). The service is the first
 * argument, else read off the container's main command.
 */
async function main(): Promise<void> {
  let commandLine = '';
  try {
    commandLine = readFileSync('/proc/1/cmdline', 'utf8').split('\0').join(' ');
  } catch {
    // Not in a container: the service must be named.
  }
  const service = process.argv[2] ?? serviceOfCommand(commandLine);
  if (!service) {
    console.log('no hub service in this container (a one-shot command such as the seed): nothing to check');
    return;
  }
  const timeout = Number(process.env.READINESS_TIMEOUT_MS ?? 3000);
  try {
    const response = await fetch(readinessUrl(service), { signal: AbortSignal.timeout(timeout) });
    console.log(`${service}: ${response.status} ${await response.text()}`);
    process.exitCode = response.ok ? 0 : 1;
  } catch (error) {
    console.log(`${service}: not answering (${(error as Error).message})`);
    process.exitCode = 1;
  }
}

if (require.main === module) void main();

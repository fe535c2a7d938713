import { startGateway } from '../../gateway/gateway-service';
import { RunningService } from '../../subgraphs/platform/http-service';
import { Stack } from './stack';

/**
 * Another gateway over a stack's subgraphs, started with `env` set (and put back after), for
 * suites that compare configurations: CORS origins, production mode, the IDE switch.
 */
export async function gatewayWith(stack: Stack, env: Record<string, string | undefined>): Promise<RunningService> {
  const previous = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  for (const [key, value] of Object.entries(env))
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  try {
    return await startGateway({
      port: 0,
      subgraphUrls: Object.fromEntries(Object.entries(stack.subgraphs).map(([name, s]) => [name, s.url])),
    });
  } finally {
    for (const [key, value] of Object.entries(previous))
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
  }
}

/** The gateway's origin, e.g. http://localhost:4000. */
export const originOf = (service: RunningService) => service.url.replace(/\/graphql$/, '');

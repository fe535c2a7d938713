import { subgraph } from '../subgraphs/fostering/fostering.subgraph';
import { startSubgraph } from '../subgraphs/platform/subgraph-service';
import { testTarget } from './support/backends';
import { startStack } from './support/stack';

const healthOf = (url: string, path = '/health') => url.replace(/\/graphql$/, path);

/** Asks `url` until it answers `status` (readiness is checked in the background, so it changes a moment later). */
async function untilStatus(url: string, status: number): Promise<Response> {
  for (;;) {
    const response = await fetch(url);
    if (response.status === status) return response;
    await response.body?.cancel();
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('service lifecycle', () => {
  it('a subgraph stops cleanly: it stops answering and closes its database', async () => {
    const service = await startSubgraph(subgraph, {
      port: 0,
      target: testTarget('sqlite', 'fostering'),
    });
    expect((await fetch(healthOf(service.url))).status).toBe(200);
    await service.stop();
    await expect(fetch(healthOf(service.url))).rejects.toThrow();
    expect(service.database.dataSource.isInitialized).toBe(false);
  });

  it('the gateway reports 503 on /health/ready (and /health) once a subgraph is down, says which, and stays live', async () => {
    process.env.READINESS_INTERVAL_MS = '100';
    const stack = await startStack('sqlite');
    try {
      expect((await fetch(healthOf(stack.gateway.url, '/health/ready'))).status).toBe(200);
      expect((await fetch(healthOf(stack.gateway.url))).status).toBe(200);
      await stack.subgraphs.fostering.stop();
      const response = await untilStatus(healthOf(stack.gateway.url, '/health/ready'), 503);
      const body = JSON.stringify(await response.json());
      expect(body).toContain('"fostering":"unreachable"');
      expect(body).not.toMatch(/localhost|127\.0\.0\.1|ECONNREFUSED/);
      expect((await fetch(healthOf(stack.gateway.url))).status).toBe(503);
      expect((await fetch(healthOf(stack.gateway.url, '/health/live'))).status).toBe(200);
    } finally {
      delete process.env.READINESS_INTERVAL_MS;
      await stack.gateway.stop();
      await stack.subgraphs.authorities.stop();
    }
  });
});

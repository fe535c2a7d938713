import { subgraph } from '../subgraphs/fostering/fostering.subgraph';
import { startSubgraph } from '../subgraphs/platform/subgraph-service';
import { testTarget } from './support/backends';
import { startStack } from './support/stack';

const healthOf = (url: string) => url.replace(/\/graphql$/, '/health');

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

  it('the gateway reports 503 on /health while a subgraph is down, and says which', async () => {
    const stack = await startStack('sqlite');
    try {
      expect((await fetch(healthOf(stack.gateway.url))).status).toBe(200);
      await stack.subgraphs.fostering.stop();
      const response = await fetch(healthOf(stack.gateway.url));
      expect(response.status).toBe(503);
      expect(JSON.stringify(await response.json())).toContain('fostering');
    } finally {
      await stack.gateway.stop();
      await stack.subgraphs.authorities.stop();
    }
  });
});

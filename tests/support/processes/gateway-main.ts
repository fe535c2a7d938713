import 'reflect-metadata';
import { startGateway } from '../../../gateway/gateway-service';
import { stopOnSignals } from '../../../subgraphs/platform/http-service';

/**
 * The gateway in a process of its own, over the subgraph URLs in STACK_SUBGRAPH_URLS (a JSON
 * object). Prints its URL as one JSON line when it is ready.
 */
startGateway({
  port: 0,
  subgraphUrls: JSON.parse(process.env.STACK_SUBGRAPH_URLS ?? '{}') as Record<string, string>,
}).then(
  (service) => {
    console.log(JSON.stringify({ ready: service.url }));
    stopOnSignals(() => [service]);
  },
  (error) => {
    console.error(error);
    process.exit(1);
  },
);

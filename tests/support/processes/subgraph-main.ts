import 'reflect-metadata';
import { stopOnSignals } from '../../../subgraphs/platform/http-service';
import { loadSubgraph } from '../../../subgraphs/platform/subgraph-definition';
import { startSubgraph } from '../../../subgraphs/platform/subgraph-service';
import { Backend, testTarget } from '../backends';

/**
 * A subgraph in a process of its own over its test database (argv: name, backend), for suites
 * that stop, stall or measure a subgraph as the operating system sees it. Prints its URL as one
 * JSON line when it is ready.
 */
const [name, backend] = process.argv.slice(2);
startSubgraph(loadSubgraph(name), { port: 0, target: testTarget(backend as Backend, name) }).then(
  (service) => {
    console.log(JSON.stringify({ ready: service.url }));
    stopOnSignals(() => [service]);
  },
  (error) => {
    console.error(error);
    process.exit(1);
  },
);

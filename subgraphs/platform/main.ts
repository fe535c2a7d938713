import 'reflect-metadata';
import { stopOnSignals } from './http-service';
import { SubgraphDefinition } from './subgraph-definition';
import { startSubgraph } from './subgraph-service';

/** Entry point of a subgraph run alone (one container per subgraph). */
export function runSubgraphAlone(definition: SubgraphDefinition): void {
  startSubgraph(definition).then(
    (service) => {
      console.log(`${definition.name} subgraph ready at ${service.url}`);
      stopOnSignals(() => [service]);
    },
    (error) => {
      console.error(`${definition.name} failed to start:`, error);
      process.exit(1);
    },
  );
}

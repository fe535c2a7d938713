import 'reflect-metadata';
import { startGateway } from './gateway/gateway-service';
import { SUBGRAPHS } from './subgraphs';
import { RunningService, stopOnSignals } from './subgraphs/shared/http-service';
import { subgraphUrl } from './subgraphs/shared/subgraph-definition';
import { startSubgraph } from './subgraphs/shared/subgraph-service';

export const EXAMPLE_QUERY = `query ChildrenInCareT4C {
  region(code: "T4C") {
    name
    childrenInCare(at: "2022-03-31") {
      total { value }
      breakdown(by: AGE_BAND) { key figure { value } }
    }
    members {
      shortName
      childrenInCare(at: "2022-03-31") {
        total { value }
        aged0to5: breakdown(by: AGE_BAND, ageBands: ["0-5"]) { key figure { value } }
      }
    }
  }
}`;

/**
 * `npm start`: every subgraph (databases created and seeded on first run) and the gateway, in one
 * process. For containers, run each service alone (dist/subgraphs/<name>/main.js, dist/gateway/main.js).
 */
async function main(): Promise<void> {
  const services: RunningService[] = [];
  stopOnSignals(() => [...services].reverse());
  for (const definition of SUBGRAPHS) {
    const started = Date.now();
    const service = await startSubgraph(definition);
    services.push(service);
    console.log(`${definition.name} subgraph at ${service.url} (${Date.now() - started} ms)`);
  }
  const gateway = await startGateway({ subgraphUrls: Object.fromEntries(SUBGRAPHS.map((d) => [d.name, subgraphUrl(d)])) });
  services.push(gateway);
  console.log(`\ncsc-hub gateway ready at ${gateway.url}\n\nTry:\n\ncurl -s ${gateway.url} -H 'content-type: application/json' \\\n  -d '${JSON.stringify({ query: EXAMPLE_QUERY.replace(/\s+/g, ' ') })}'\n`);
}

main().catch((error) => {
  console.error('csc-hub failed to start:', error);
  process.exit(1);
});

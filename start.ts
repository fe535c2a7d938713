import 'reflect-metadata';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gatewaySubgraphUrls, startGateway } from './gateway/gateway-service';
import { RunningService, stopOnSignals } from './subgraphs/platform/http-service';
import { databaseTarget } from './subgraphs/platform/database';
import { configuredSubgraphs } from './subgraphs/platform/subgraph-config';
import { loadSubgraphs } from './subgraphs/platform/subgraph-definition';
import { startSubgraph } from './subgraphs/platform/subgraph-service';

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
 * The local SQLite databases that do not exist yet are created and seeded by the seed command, in
 * its own process (the services never load the seed). A zero-byte file is handed to it too, which
 * refuses it with the reason, so the hub does not start on it as if it were a database.
 */
function seedMissingDatabases(): void {
  const missing = configuredSubgraphs().filter(({ name }) => {
    const target = databaseTarget(name);
    return target.kind === 'sqlite' && (!existsSync(target.file) || statSync(target.file).size === 0);
  });
  if (missing.length === 0) return;
  console.log(`seeding ${missing.map((s) => s.name).join(', ')} (first start)…`);
  const seed = spawnSync(
    process.execPath,
    [join(__dirname, 'seed', 'main.js'), '--only', missing.map((s) => s.name).join(',')],
    { stdio: 'inherit' },
  );
  if (seed.status !== 0) throw new Error('seeding failed (see above)');
}

/**
 * `npm start`: seeds missing local databases, then every subgraph and the gateway, in one process.
 * `npm run start:hive` (`--hive`) adds Hive Gateway over the same subgraphs, beside it.
 * For containers, run each service alone (dist/subgraphs/<name>/main.js, dist/gateway/main.js).
 */
async function main(): Promise<void> {
  seedMissingDatabases();
  // Everything runs in this one process: a fresh secret signs the gateway-to-subgraph hop unless one is given.
  process.env.SUBGRAPH_SECRET ??= randomBytes(32).toString('hex');
  const services: RunningService[] = [];
  stopOnSignals(() => [...services].reverse());
  for (const definition of loadSubgraphs()) {
    const started = Date.now();
    const service = await startSubgraph(definition);
    services.push(service);
    console.log(`${definition.name} subgraph at ${service.url} (${Date.now() - started} ms)`);
  }
  const gateway = await startGateway({ subgraphUrls: gatewaySubgraphUrls() });
  services.push(gateway);
  if (process.argv.includes('--hive')) {
    // Loaded only when asked for: Hive Gateway is a development dependency.
    const { startHiveGateway } = await import('./gateway/hive-gateway-service');
    const hive = await startHiveGateway({ subgraphUrls: gatewaySubgraphUrls() });
    services.push(hive);
    console.log(`Hive Gateway over the same subgraphs at ${hive.url}`);
  }
  console.log(
    `\ncsc-hub gateway ready at ${gateway.url} (open it in a browser for the GraphQL IDE)\n` +
      `board page: ${gateway.url.replace(/\/graphql$/, '/board/')}\n\nTry:\n\ncurl -s ${gateway.url} -H 'content-type: application/json' \\\n  -d '${JSON.stringify({ query: EXAMPLE_QUERY.replace(/\s+/g, ' ') })}'\n`,
  );
}

main().catch((error) => {
  console.error('csc-hub failed to start:', error);
  process.exit(1);
});

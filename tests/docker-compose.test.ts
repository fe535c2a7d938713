import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { databaseTarget } from '../subgraphs/platform/database';
import { projectRoot } from '../subgraphs/platform/project-root';
import { configuredSubgraphs, subgraphHost, subgraphPort, subgraphUrl } from '../subgraphs/platform/subgraph-config';
import { gatewayPort } from '../gateway/gateway-service';

/**
 * Docker cannot run here, so the compose file is checked against the code: every service the code
 * has is there, started with its real entry point, with the variables the code reads, and the
 * ports and URLs line up.
 */
interface ComposeService {
  build?: string;
  command?: string[];
  environment?: Record<string, string>;
  ports?: string[];
  depends_on?: Record<string, unknown>;
}

const root = projectRoot();
const compose = parse(readFileSync(join(root, 'docker-compose.yml'), 'utf8')) as {
  services: Record<string, ComposeService>;
};
const tsconfig = JSON.parse(readFileSync(join(root, 'tsconfig.json'), 'utf8'));

/** The compiled entry point a command runs, mapped back to its TypeScript source. */
function sourceOf(command: string[]): string {
  expect(command[0]).toBe('node');
  expect(command[1]).toMatch(new RegExp(`^${tsconfig.compilerOptions.outDir}/`));
  return join(root, command[1].replace(/^dist\//, '').replace(/\.js$/, '.ts'));
}

describe('docker-compose.yml', () => {
  const SUBGRAPHS = configuredSubgraphs();

  it('has MySQL, the seed, the gateway and one service per subgraph, nothing else', () => {
    expect(Object.keys(compose.services).sort()).toEqual(
      ['gateway', 'mysql', 'seed', ...SUBGRAPHS.map((s) => s.name)].sort(),
    );
    expect(compose.services.mysql.environment?.MYSQL_ROOT_PASSWORD).toBeTruthy();
  });

  it.each(SUBGRAPHS.map((s) => s.name))('runs the %s subgraph as the code expects', (name) => {
    const service = compose.services[name];
    const source = readFileSync(sourceOf(service.command!), 'utf8');
    expect(source).toContain('runSubgraphAlone');
    const env = service.environment!;
    // The URL the code derives from this environment is a MySQL database on the compose MySQL service.
    const target = databaseTarget(name, env);
    expect(target.kind).toBe('mysql');
    const url = new URL(target.kind === 'mysql' ? target.url : '');
    expect(url.hostname).toBe('mysql');
    expect(url.password).toBe(compose.services.mysql.environment!.MYSQL_ROOT_PASSWORD);
    const port = subgraphPort(name, env);
    expect(service.ports).toContain(`${port}:${port}`);
    // Its database is seeded (once, by the seed service) before it starts.
    expect(service.depends_on).toEqual({ seed: { condition: 'service_completed_successfully' } });
    // Every variable set is one the code reads.
    for (const key of Object.keys(env))
      expect([
        'DATABASE_URL',
        `${name.toUpperCase().replace(/-/g, '_')}_PORT`,
        'JWT_SECRET',
        'SUBGRAPH_SECRET',
        'SUBGRAPH_HOST',
      ]).toContain(key);
    expect(env.JWT_SECRET).toBe(compose.services.gateway.environment!.JWT_SECRET);
    // It answers only the gateway's signed requests, and listens where the gateway's container can reach it.
    expect(env.SUBGRAPH_SECRET).toBe(compose.services.gateway.environment!.SUBGRAPH_SECRET);
    expect(subgraphHost(name, env)).toBe('0.0.0.0');
  });

  it("seeds every subgraph's database with the seed command before the subgraphs start", () => {
    const seed = compose.services.seed;
    expect(readFileSync(sourceOf(seed.command!), 'utf8')).toContain('seedSubgraph');
    const target = databaseTarget('fostering', seed.environment!);
    expect(target.kind === 'mysql' && new URL(target.url).hostname).toBe('mysql');
    expect(seed.depends_on).toEqual({ mysql: { condition: 'service_healthy' } });
  });

  it('points the gateway at every subgraph by the names the code reads', () => {
    const gateway = compose.services.gateway;
    expect(readFileSync(sourceOf(gateway.command!), 'utf8')).toContain('startGateway');
    const env = gateway.environment!;
    const port = gatewayPort(env);
    expect(gateway.ports).toContain(`${port}:${port}`);
    for (const { name } of SUBGRAPHS) {
      const url = new URL(subgraphUrl(name, env));
      expect(url.hostname).toBe(name);
      expect(Number(url.port)).toBe(subgraphPort(name, compose.services[name].environment));
      expect(gateway.depends_on).toHaveProperty(name);
    }
  });

  it('builds from a Dockerfile that installs from the lock file and ships the schema and seed data', () => {
    const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');
    expect(dockerfile).toMatch(/npm ci/);
    expect(dockerfile).toMatch(/COPY .*schema/);
    expect(dockerfile).toMatch(/COPY .*seed\/data/);
    expect(dockerfile).toMatch(/COPY .*subgraphs\/subgraphs.json/);
    for (const service of Object.values(compose.services).filter((s) => s.build)) expect(service.build).toBe('.');
  });
});

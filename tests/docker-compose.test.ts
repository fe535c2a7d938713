import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { databaseTarget } from '../subgraphs/platform/database';
import { projectRoot } from '../subgraphs/platform/project-root';
import { configuredSubgraphs, subgraphHost, subgraphPort, subgraphUrl } from '../subgraphs/platform/subgraph-config';
import { gatewayPort } from '../gateway/gateway-service';
import { hiveGatewayPort } from '../gateway/hive-gateway-service';

/**
 * Docker cannot run here, so the compose file is checked against the code: every service the code
 * has is there, started with its real entry point, with the variables the code reads, and the
 * ports and URLs line up.
 */
interface ComposeService {
  build?: string | { context: string; target: string };
  profiles?: string[];
  command?: string[];
  environment?: Record<string, string>;
  ports?: string[];
  depends_on?: Record<string, unknown>;
  healthcheck?: { test: string[] };
}

const root = projectRoot();

/** What compose does with `${VAR}`, `${VAR:-default}` and `${VAR:?message}` (refusing to start), and `$$`. */
function interpolate(value: unknown, env: Record<string, string>): unknown {
  if (typeof value === 'string')
    return value
      .replace(/(?<!\$)\$\{(\w+)(?::([-?])([^}]*))?\}/g, (_, name: string, kind: string, text: string) => {
        if (env[name]) return env[name];
        if (kind === '?') throw new Error(`compose refuses to start: ${name}: ${text}`);
        return kind === '-' ? text : '';
      })
      .replace(/\$\$/g, '$');
  if (Array.isArray(value)) return value.map((v) => interpolate(v, env));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, interpolate(v, env)]));
  return value;
}

/** The secrets compose asks for: it has no defaults of its own. */
const SECRETS = { MYSQL_ROOT_PASSWORD: 'mysql-root-pw', JWT_SECRET: 'jwt-secret', SUBGRAPH_SECRET: 'subgraph-secret' };
const raw = parse(readFileSync(join(root, 'docker-compose.yml'), 'utf8'));
const compose = interpolate(raw, SECRETS) as {
  services: Record<string, ComposeService>;
};
const tsconfig = JSON.parse(readFileSync(join(root, 'tsconfig.json'), 'utf8'));

/** The compiled entry point a command runs, mapped back to its TypeScript source. */
function sourceOf(command: string[]): string {
  expect(command[0]).toBe('node');
  expect(command[1]).toMatch(new RegExp(`^${tsconfig.compilerOptions.outDir}/`));
  return join(root, command[1].replace(/^dist\//, '').replace(/\.js$/, '.ts'));
}

/** The identity settings compose passes on (identity-config.ts reads them; JWKS_FILE needs a mounted file). */
const IDENTITY_VARIABLES = ['JWKS_URL', 'JWT_ISSUER', 'JWT_AUDIENCE', 'JWT_SECRET'];

describe('docker-compose.yml', () => {
  const SUBGRAPHS = configuredSubgraphs();

  it('has MySQL, the seed, the gateway and one service per subgraph, nothing else', () => {
    expect(Object.keys(compose.services).sort()).toEqual(
      ['gateway', 'hive-gateway', 'mysql', 'seed', ...SUBGRAPHS.map((s) => s.name)].sort(),
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
        ...IDENTITY_VARIABLES,
        'SUBGRAPH_SECRET',
        'SUBGRAPH_HOST',
      ]).toContain(key);
    // It accepts and refuses the same tokens as the gateway.
    for (const key of IDENTITY_VARIABLES)
      expect([key, env[key]]).toEqual([key, compose.services.gateway.environment![key]]);
    // It answers only the gateway's signed requests, and listens where the gateway's container can reach it.
    expect(env.SUBGRAPH_SECRET).toBe(compose.services.gateway.environment!.SUBGRAPH_SECRET);
    expect(subgraphHost(name, env)).toBe('0.0.0.0');
  });

  it.each(Object.keys(SECRETS))('refuses to start without %s: there is no default secret', (name) => {
    expect(() => interpolate(raw, { ...SECRETS, [name]: '' })).toThrow(`compose refuses to start: ${name}`);
  });

  it("keeps MySQL on compose's own network (no published port) and checks it with the password it was given", () => {
    expect(compose.services.mysql.ports).toBeUndefined();
    expect(compose.services.mysql.environment?.MYSQL_ROOT_PASSWORD).toBe(SECRETS.MYSQL_ROOT_PASSWORD);
    // The shell in the MySQL container expands its own variable: compose leaves `$MYSQL_ROOT_PASSWORD` to it.
    expect(compose.services.mysql.healthcheck?.test.join(' ')).toContain('-p"$MYSQL_ROOT_PASSWORD"');
  });

  it('passes on identity variables that the code reads', () => {
    const source = readFileSync(join(root, 'subgraphs/platform/identity-config.ts'), 'utf8');
    for (const key of IDENTITY_VARIABLES) expect(source).toContain(`env.${key}`);
  });

  it("seeds every subgraph's database with the seed command before the subgraphs start", () => {
    const seed = compose.services.seed;
    expect(readFileSync(sourceOf(seed.command!), 'utf8')).toContain('seedDatabase');
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

  it('checks every service by its /health/ready on its own port, and starts the gateway on healthy subgraphs', () => {
    const ports: Record<string, number> = {
      gateway: gatewayPort(compose.services.gateway.environment),
      ...Object.fromEntries(
        SUBGRAPHS.map(({ name }) => [name, subgraphPort(name, compose.services[name].environment)]),
      ),
    };
    for (const [name, port] of Object.entries(ports))
      expect(compose.services[name].healthcheck?.test.join(' ')).toContain(`http://127.0.0.1:${port}/health/ready`);
    for (const { name } of SUBGRAPHS)
      expect(compose.services.gateway.depends_on?.[name]).toEqual({ condition: 'service_healthy' });
  });

  it('builds from a Dockerfile that installs from the lock file and ships the schema and seed data', () => {
    const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');
    expect(dockerfile).toMatch(/npm ci/);
    expect(dockerfile).toMatch(/COPY .*schema/);
    expect(dockerfile).toMatch(/COPY .*seed\/data/);
    expect(dockerfile).toMatch(/COPY .*subgraphs\/subgraphs.json/);
    for (const [name, service] of Object.entries(compose.services).filter(([, s]) => s.build))
      expect(service.build).toEqual(name === 'hive-gateway' ? { context: '.', target: 'hive-gateway' } : '.');
  });

  it('offers Hive Gateway as the optional profile "hive": the gateway\'s settings, subgraphs and health, its own port', () => {
    const hive = compose.services['hive-gateway'];
    const gateway = compose.services.gateway;
    expect(hive.profiles).toEqual(['hive']);
    expect(gateway.profiles).toBeUndefined();
    expect(readFileSync(sourceOf(hive.command!), 'utf8')).toContain('startHiveGateway');
    // Its image is the Dockerfile's stage that keeps the development dependencies (Hive is one).
    expect(readFileSync(join(root, 'Dockerfile'), 'utf8')).toMatch(/^FROM .* AS hive-gateway$/m);
    // The same subgraph URLs, identity settings and secret as the gateway, and the same subgraphs first.
    expect(hive.environment).toEqual(gateway.environment);
    expect(hive.depends_on).toEqual(gateway.depends_on);
    const port = hiveGatewayPort(hive.environment);
    expect(port).not.toBe(gatewayPort(gateway.environment));
    expect(hive.ports).toEqual([`${port}:${port}`]);
    expect(hive.healthcheck?.test.join(' ')).toContain(`http://127.0.0.1:${port}/health/ready`);
  });
});

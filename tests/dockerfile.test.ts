import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { jwtVerify } from 'jose';
import { readinessUrl, serviceOfCommand } from '../gateway/container-health-check';
import { buildWebBundles } from '../gateway/web/build-web';
import { projectRoot } from '../subgraphs/platform/project-root';
import { startSubgraph } from '../subgraphs/platform/subgraph-service';
import { subgraph as authorities } from '../subgraphs/authorities/authorities.subgraph';
import { testTarget } from './support/backends';

/**
 * Docker cannot run here, so the Dockerfile is read and each of its claims checked, and its final
 * stage is laid out in a folder as the image's /app would be (the build stage's output: the code
 * compiled by `npm run build`'s steps; its COPY lines; its RUN lines), where `npm run seed`,
 * `npm run token` and the HEALTHCHECK command are run as the image would run them.
 */
const root = projectRoot();

interface Stage {
  from: string;
  name?: string;
  lines: { instruction: string; args: string }[];
}

/** The Dockerfile's stages, continuation lines joined, comments dropped. */
function stages(): Stage[] {
  const text = readFileSync(join(root, 'Dockerfile'), 'utf8').replace(/\\\n\s*/g, ' ');
  const result: Stage[] = [];
  for (const line of text.split('\n').map((l) => l.trim())) {
    if (!line || line.startsWith('#')) continue;
    const [, instruction, args] = /^(\w+)\s+(.*)$/.exec(line)!;
    if (instruction === 'FROM') {
      const [, from, name] = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(args)!;
      result.push({ from, name, lines: [] });
    } else result[result.length - 1].lines.push({ instruction, args });
  }
  return result;
}

const all = stages();
const final = all[all.length - 1];
const args = (stage: Stage, instruction: string) =>
  stage.lines.filter((l) => l.instruction === instruction).map((l) => l.args);

describe('Dockerfile', () => {
  it('builds in one stage and runs in another, both on Node 24 (the current LTS), which package.json accepts', () => {
    // build; Hive Gateway's image (compose profile hive, with dev dependencies); the build pruned; the services' image.
    expect(all.map((s) => s.name)).toEqual(['build', 'hive-gateway', 'pruned', undefined]);
    for (const stage of all)
      expect(stage.from).toMatch(stage.name === 'pruned' ? /^build$/ : /^node:24-bookworm-slim$/);
    expect(all[0].name).toBe('build');
    expect(args(all[0], 'RUN')).toEqual(expect.arrayContaining(['npm ci --no-audit --no-fund', 'npm run build']));
    expect(args(all[2], 'RUN')).toEqual(['npm prune --omit=dev --no-audit --no-fund']);
    for (const copy of args(final, 'COPY')) expect(copy).toMatch(/^--from=(build|pruned) \/app\/\S+ \.\/\S+$/);
    expect(args(final, 'RUN').join(' ')).not.toMatch(/apt-get|npm ci|npm install/);
    const engines = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).engines.node as string;
    expect(Number(/>=(\d+)/.exec(engines)![1])).toBeLessThanOrEqual(24);
  });

  it('runs as the unprivileged node user, in production mode, with a health check and the gateway by default', () => {
    const order = final.lines.map((l) => l.instruction);
    expect(args(final, 'USER')).toEqual(['node']);
    expect(order.indexOf('USER')).toBeGreaterThan(order.lastIndexOf('RUN'));
    expect(order.indexOf('USER')).toBeLessThan(order.indexOf('CMD'));
    expect(args(final, 'ENV')).toContain('NODE_ENV=production');
    const [healthcheck] = args(final, 'HEALTHCHECK');
    const command = JSON.parse(/CMD (\[.*\])$/.exec(healthcheck)![1]) as string[];
    expect(command).toEqual(['node', 'dist/gateway/container-health-check.js']);
    expect(existsSync(join(root, 'gateway/container-health-check.ts'))).toBe(true);
    expect(JSON.parse(args(final, 'CMD')[0])).toEqual(['node', 'dist/gateway/main.js']);
    expect(existsSync(join(root, 'gateway/main.ts'))).toBe(true);
  });

  it('knows which service a container runs from its command, and where that service answers', () => {
    expect(serviceOfCommand('node dist/gateway/main.js ')).toBe('gateway');
    expect(serviceOfCommand('node dist/subgraphs/early-help/main.js ')).toBe('early-help');
    expect(serviceOfCommand('node dist/seed/main.js ')).toBeUndefined();
    expect(readinessUrl('gateway', { GATEWAY_PORT: '4100' })).toBe('http://127.0.0.1:4100/health/ready');
    expect(readinessUrl('fostering', {})).toBe('http://127.0.0.1:4002/health/ready');
  });

  describe("the final stage, laid out as the image's /app", () => {
    let app: string;

    beforeAll(async () => {
      app = mkdtempSync(join(tmpdir(), 'cschub-image-'));
      // The build stage's `npm run build`, its two steps with the output in the folder's dist/.
      const build = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts.build as string;
      expect(build).toBe('tsc -p tsconfig.build.json && node dist/gateway/web/build-web.js');
      const built = mkdtempSync(join(tmpdir(), 'cschub-build-'));
      execFileSync(
        process.execPath,
        [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', join(built, 'dist')],
        {
          cwd: root,
          stdio: 'inherit',
        },
      );
      await buildWebBundles(join(built, 'dist', 'web'));
      // Each COPY --from=build /app/<path> ./<path>; node_modules is this checkout's (the image's
      // is pruned of dev dependencies).
      for (const copy of args(final, 'COPY')) {
        const [, from, to] = /^--from=(?:build|pruned) \/app\/(\S+) \.\/(\S+)$/.exec(copy)!;
        const source = from === 'dist' ? join(built, 'dist') : join(root, from);
        if (from === 'node_modules') symlinkSync(source, join(app, to));
        else cpSync(source, join(app, to), { recursive: true });
      }
      rmSync(built, { recursive: true, force: true });
      // Each RUN, step by step (a chown to the image's node user only where that user exists).
      const hasNodeUser = spawnSync('id', ['node']).status === 0;
      for (const run of args(final, 'RUN'))
        for (const step of run.split('&&').map((s) => s.trim())) {
          if (step.startsWith('chown node:node') && !hasNodeUser) continue;
          execFileSync('sh', ['-c', step], { cwd: app, stdio: 'inherit' });
        }
    }, 600_000);

    afterAll(() => rmSync(app, { recursive: true, force: true }));

    /** A command run in the folder as in the image (not blocking: the health check asks a service of this process). */
    const inImage = (command: string[], env: NodeJS.ProcessEnv = {}) =>
      new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
        const child = spawn(command[0], command.slice(1), {
          cwd: app,
          env: { PATH: process.env.PATH, HOME: app, NODE_ENV: 'production', ...env },
        });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        child.once('close', (status) => resolve({ status, stdout, stderr }));
      });

    it('has the files the services read, and the data folder they write', () => {
      for (const file of [
        'dist/gateway/main.js',
        'dist/seed/main.js',
        'dist/web/board/index.html',
        'dist/web/ide/ide.js',
      ])
        expect([file, existsSync(join(app, file))]).toEqual([file, true]);
      for (const file of ['schema/supergraph.graphql', 'seed/data/published-figures.csv', 'subgraphs/subgraphs.json'])
        expect([file, existsSync(join(app, file))]).toEqual([file, true]);
      expect(existsSync(join(app, 'data'))).toBe(true);
      expect(existsSync(join(app, 'gateway/main.ts'))).toBe(false);
    });

    it("`npm run token -- board T4C` prints a T4C board member's token signed with JWT_SECRET", async () => {
      const result = await inImage(['npm', 'run', '--silent', 'token', '--', 'board', 'T4C'], {
        JWT_SECRET: 'image-secret',
      });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      const { payload } = await jwtVerify(result.stdout.trim(), new TextEncoder().encode('image-secret'));
      expect(payload).toMatchObject({ role: 'board_member', region: 'T4C' });
    });

    it('`npm run seed` creates and seeds the databases (here: the authorities one on SQLite)', async () => {
      const result = await inImage(['npm', 'run', '--silent', 'seed', '--', '--only', 'authorities'], {
        DATA_DIR: join(app, 'data'),
      });
      expect(result.status).toBe(0);
      const database = new Database(join(app, 'data', 'authorities.sqlite'), { readonly: true });
      try {
        expect(database.prepare('SELECT COUNT(*) AS n FROM local_authority').get()).toEqual({ n: 151 });
        expect(database.prepare("SELECT name FROM region WHERE code = 'T4C'").get()).toEqual({
          name: 'Together4Children',
        });
      } finally {
        database.close();
      }
    });

    it('its HEALTHCHECK command passes when the service answers /health/ready and fails when it does not', async () => {
      const service = await startSubgraph(authorities, { port: 0, target: testTarget('sqlite', 'authorities') });
      try {
        const healthy = await inImage(['node', 'dist/gateway/container-health-check.js', 'authorities'], {
          AUTHORITIES_PORT: String(service.port),
        });
        expect([healthy.status, healthy.stdout]).toEqual([0, expect.stringContaining('authorities: 200')]);
      } finally {
        await service.stop();
      }
      const down = await inImage(['node', 'dist/gateway/container-health-check.js', 'authorities'], {
        AUTHORITIES_PORT: String(service.port),
      });
      expect([down.status, down.stdout]).toEqual([1, expect.stringContaining('not answering')]);
    });
  });
});

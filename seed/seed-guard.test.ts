import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Backend, backends } from '../tests/support/backends';
import { scratchDatabase } from '../tests/support/scratch-database';
import { DatabaseTarget, openDatabase } from '../subgraphs/platform/database';
import { projectRoot } from '../subgraphs/platform/project-root';
import { loadSubgraph } from '../subgraphs/platform/subgraph-definition';
import { SeedRefused } from './seed-guard';
import { seedDatabase } from './seed-subgraph';

/**
 * The synthetic seed writes only into a database that is new or that it marked as the local
 * demo; a zero-byte file or a database it did not make is refused unless --force.
 */
const authorities = loadSubgraph('authorities');

async function count(target: DatabaseTarget, sql: string): Promise<number> {
  const database = await openDatabase(target, authorities.entities);
  try {
    const [{ n }] = await database.dataSource.query(sql);
    return Number(n);
  } finally {
    await database.dataSource.destroy();
  }
}

describe.each(backends())('the seed guard on %s', (backend: Backend) => {
  it('seeds a new database and marks it as the demo; a second run leaves it as it is', async () => {
    const target = await scratchDatabase(backend, 'seed-new');
    expect(await seedDatabase(authorities, target, 'pilot')).toBe('seeded');
    const authoritiesSeeded = await count(target, 'SELECT COUNT(*) AS n FROM local_authority');
    expect(authoritiesSeeded).toBeGreaterThan(100);
    expect(
      await count(target, "SELECT COUNT(*) AS n FROM hub_meta WHERE `key` = 'dataset' AND value = 'synthetic-demo'"),
    ).toBe(1);
    expect(await seedDatabase(authorities, target, 'pilot')).toBe('kept');
    expect(await count(target, 'SELECT COUNT(*) AS n FROM local_authority')).toBe(authoritiesSeeded);
  });

  it("refuses a database it did not make, leaving the council's rows alone; --force replaces them", async () => {
    const target = await scratchDatabase(backend, 'seed-council');
    const council = await openDatabase(target, authorities.entities, { migrations: authorities.migrations });
    await council.dataSource.query(
      "INSERT INTO region (code, name, kind) VALUES ('XCOUNCIL', 'A council''s own grouping', 'CUSTOM')",
    );
    await council.dataSource.destroy();
    const refusal = seedDatabase(authorities, target, 'pilot');
    await expect(refusal).rejects.toThrow(SeedRefused);
    await expect(refusal).rejects.toThrow(/not marked as the local demo .*`npm run seed -- --force --only authorities/);
    expect(await count(target, 'SELECT COUNT(*) AS n FROM region')).toBe(1);
    expect(await count(target, 'SELECT COUNT(*) AS n FROM local_authority')).toBe(0);

    expect(await seedDatabase(authorities, target, 'pilot', true)).toBe('seeded');
    expect(await count(target, "SELECT COUNT(*) AS n FROM region WHERE code = 'XCOUNCIL'")).toBe(0);
    expect(await count(target, 'SELECT COUNT(*) AS n FROM local_authority')).toBeGreaterThan(100);
  });
});

describe.each(backends())('the seed guard on %s, against a database of something else', (backend: Backend) => {
  it("refuses it before migrating, so not even the hub's tables are added to it", async () => {
    const target = await scratchDatabase(backend, 'seed-other-system');
    const other = await openDatabase(target, []);
    await other.dataSource.query('CREATE TABLE case_notes (id varchar(20) PRIMARY KEY NOT NULL, note varchar(100))');
    await other.dataSource.query("INSERT INTO case_notes (id, note) VALUES ('n1', 'not ours')");
    const tables = async () => {
      const database = await openDatabase(target, []);
      try {
        const rows: Record<string, unknown>[] = await database.dataSource.query(
          backend === 'sqlite'
            ? "SELECT name FROM sqlite_master WHERE type = 'table'"
            : 'SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE()',
        );
        return rows.map((r) => String(r.name ?? r.NAME)).sort();
      } finally {
        await database.dataSource.destroy();
      }
    };
    await other.dataSource.destroy();
    await expect(seedDatabase(authorities, target, 'pilot')).rejects.toThrow(SeedRefused);
    expect(await tables()).toEqual(['case_notes']);
  });
});

describe('the seed command', () => {
  it('refuses a zero-byte database file with a clear message and exit code 1, and leaves it empty', () => {
    const dir = join(projectRoot(), 'data', `test-${process.env.TEST_DB_TAG ?? ''}`, 'seed-zero-byte');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'authorities.sqlite');
    writeFileSync(file, '');
    const run = spawnSync(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', join('seed', 'main.ts'), '--only', 'authorities'],
      { cwd: projectRoot(), env: { ...process.env, DATA_DIR: dir, DATABASE_URL: '' }, encoding: 'utf8' },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`refused to seed SQLite ${file}: it is a zero-byte file`);
    expect(run.stderr).toContain('npm run seed -- --force --only authorities');
    expect(statSync(file).size).toBe(0);
  });
});

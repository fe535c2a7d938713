import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { Column, DataSource, DataSourceOptions, Entity, Index, PrimaryColumn } from 'typeorm';
import { seedOf } from '../seed/seed-subgraph';
import { writeRecords } from '../seed/shared/write-records';
import { DatabaseTarget, openDatabase } from '../subgraphs/platform/database';
import { HubMetaRecord } from '../subgraphs/platform/hub-meta.entity';
import { MIGRATIONS_TABLE } from '../subgraphs/platform/migrations';
import { projectRoot } from '../subgraphs/platform/project-root';
import { RecordAccessLogRecord } from '../subgraphs/platform/record-access-log.entity';
import { AuthoritySuccessionRecord, LocalAuthorityRecord } from '../subgraphs/authorities/entities';
import { RecordSet } from '../seed/shared/record-set';
import { loadSubgraphs, SubgraphDefinition } from '../subgraphs/platform/subgraph-definition';
import { CareStockRecord } from '../subgraphs/fostering/entities/care-stock.entity';
import { Backend, backends } from './support/backends';
import { scratchDatabase } from './support/scratch-database';

/**
 * Schema changes by migrations, on every subgraph and backend: a database made the way the hub
 * made them before (TypeORM's synchronize from the previous entities, holding the pilot seed)
 * is upgraded with every row kept; the migrations give exactly what the entities describe; two
 * processes migrating one new database at once both succeed, each migration run once.
 */

/** The record-access log as it was before refused reads were logged (no `outcome`). */
@Entity('record_access_log')
@Index(['authorityCode', 'readAt'])
class PreviousRecordAccessLog {
  @PrimaryColumn({ type: 'varchar', length: 64 }) id!: string;
  @Column({ name: 'read_at', type: 'varchar', length: 30 }) readAt!: string;
  @Column({ type: 'varchar', length: 120 }) subject!: string;
  @Column({ name: 'authority_code', type: 'varchar', length: 9 }) authorityCode!: string;
  @Column({ name: 'record_type', type: 'varchar', length: 40 }) recordType!: string;
  @Column({ name: 'record_id', type: 'varchar', length: 48 }) recordId!: string;
}

/** A council as it was before the dates it existed were kept (no `existed_from`, `existed_until`). */
@Entity('local_authority')
class PreviousLocalAuthority {
  @PrimaryColumn({ type: 'varchar', length: 9 }) code!: string;
  @Column({ name: 'dfe_code', type: 'varchar', length: 3, unique: true }) dfeCode!: string;
  @Column({ type: 'varchar', length: 100 }) name!: string;
  @Column({ name: 'short_name', type: 'varchar', length: 40 }) shortName!: string;
  @Column({ name: 'government_region_code', type: 'varchar', length: 9 }) governmentRegionCode!: string;
}

/** Entities added since the schema before migrations. */
const ADDED: unknown[] = [HubMetaRecord, AuthoritySuccessionRecord, CareStockRecord];
const PREVIOUS = new Map<unknown, unknown>([
  [RecordAccessLogRecord, PreviousRecordAccessLog],
  [LocalAuthorityRecord, PreviousLocalAuthority],
]);

/** Entities before migrations: none added since (hub_meta, successions, care_stock); the previous log, councils. */
const previousEntities = (definition: SubgraphDefinition) =>
  definition.entities.filter((e) => !ADDED.includes(e)).map((e) => PREVIOUS.get(e) ?? e);

/** The seed's records as the schema before migrations held them. */
const previousRecords = (sets: RecordSet[]) =>
  sets
    .filter(([entity]) => !ADDED.includes(entity))
    .map(([entity, rows]) =>
      entity === LocalAuthorityRecord
        ? [PreviousLocalAuthority, rows.map(({ existedFrom: _f, existedUntil: _u, ...rest }) => rest)]
        : [entity, rows],
    );

const connection = (target: DatabaseTarget): DataSourceOptions =>
  target.kind === 'sqlite'
    ? { type: 'better-sqlite3', database: target.file }
    : { type: 'mysql', url: target.url, timezone: 'Z', dateStrings: ['DATE'], charset: 'utf8mb4' };

/** Every table's rows as sorted JSON lines: what "every row kept" compares. */
async function snapshot(dataSource: DataSource, tables: string[]): Promise<Record<string, string[]>> {
  const result: Record<string, string[]> = {};
  for (const table of tables) {
    const rows: Record<string, unknown>[] = await dataSource.query(`SELECT * FROM ${table}`);
    result[table] = rows
      .map((row) => JSON.stringify(Object.entries(row).sort(([a], [b]) => a.localeCompare(b))))
      .sort();
  }
  return result;
}

async function mysqlCreate(target: DatabaseTarget): Promise<void> {
  if (target.kind !== 'mysql') return;
  const { createConnection } = await import('mysql2/promise');
  const url = new URL(target.url);
  const name = url.pathname.slice(1);
  url.pathname = '/';
  const admin = await createConnection({ uri: url.toString() });
  await admin.query(`CREATE DATABASE IF NOT EXISTS \`${name}\``);
  await admin.end();
}

/**
 * The subgraphs that ran before migrations (their databases were made by synchronize); the ones
 * added since began with migrations, so no database of theirs has an earlier schema to upgrade.
 */
const BEFORE_MIGRATIONS = ['authorities', 'fostering', 'adoption'];

describe.each(backends())('migrations on %s', (backend: Backend) => {
  describe.each(loadSubgraphs().map((d) => [d.name, d] as const))('the %s subgraph', (name, definition) => {
    // Only these have an earlier schema; for the others the tests below are the whole story.
    const upgrades = (title: string, test: () => Promise<void>) =>
      BEFORE_MIGRATIONS.includes(name) ? it(title, test, 600_000) : undefined;
    upgrades('upgrades a database made by the previous schema (synchronize) and keeps every row', async () => {
      const target = await scratchDatabase(backend, `upgrade-${name}`);
      await mysqlCreate(target);
      // The hub before migrations: synchronize from the previous entities, then the pilot seed and some audit rows.
      const before = new DataSource({
        ...connection(target),
        entities: previousEntities(definition),
      } as DataSourceOptions);
      await before.initialize();
      await before.synchronize();
      const hasLog = definition.entities.includes(RecordAccessLogRecord);
      const audit = Array.from({ length: 3 }, (_, i) =>
        Object.assign(new PreviousRecordAccessLog(), {
          id: `audit-${i}`,
          readAt: '2025-01-01T00:00:00.000Z',
          subject: 'E06000002-analyst',
          authorityCode: 'E06000002',
          recordType: 'Child',
          recordId: `E06000002-C00000${i}`,
        }),
      );
      await writeRecords(before, [
        ...previousRecords(seedOf(name)('pilot')),
        ...(hasLog ? [[PreviousRecordAccessLog, audit] as const] : []),
      ] as never);
      const tables = before.entityMetadatas.map((m) => m.tableName);
      const rowsBefore = await snapshot(before, tables);
      await before.destroy();
      expect(Object.values(rowsBefore).reduce((n, rows) => n + rows.length, 0)).toBeGreaterThan(100);

      const upgraded = await openDatabase(target, definition.entities, { migrations: definition.migrations });
      try {
        expect(upgraded.migrated).toEqual(
          definition.migrations.map((m) => new (m as new () => { name: string })().name),
        );
        const rowsAfter = await snapshot(upgraded.dataSource, tables);
        if (hasLog) {
          // The log gained `outcome`: every earlier row was a granted read; otherwise the row is as it was.
          const logged: Record<string, unknown>[] = await upgraded.dataSource.query(
            'SELECT outcome FROM record_access_log',
          );
          expect(logged.map((r) => r.outcome)).toEqual(['GRANTED', 'GRANTED', 'GRANTED']);
          rowsAfter.record_access_log = (
            await upgraded.dataSource.query(
              'SELECT id, read_at, subject, authority_code, record_type, record_id FROM record_access_log',
            )
          )
            .map((row: Record<string, unknown>) =>
              JSON.stringify(Object.entries(row).sort(([a], [b]) => a.localeCompare(b))),
            )
            .sort();
        }
        if (tables.includes('local_authority')) {
          // Councils gained the dates they existed, unknown (null) for rows made before.
          const added: Record<string, unknown>[] = await upgraded.dataSource.query(
            'SELECT existed_from, existed_until FROM local_authority',
          );
          expect(added.every((r) => r.existed_from === null && r.existed_until === null)).toBe(true);
          rowsAfter.local_authority = (
            await upgraded.dataSource.query(
              'SELECT code, dfe_code, name, short_name, government_region_code FROM local_authority',
            )
          )
            .map((row: Record<string, unknown>) =>
              JSON.stringify(Object.entries(row).sort(([a], [b]) => a.localeCompare(b))),
            )
            .sort();
        }
        for (const table of tables) expect([table, rowsAfter[table].length]).toEqual([table, rowsBefore[table].length]);
        expect(rowsAfter).toEqual(rowsBefore);
        if (name === 'fostering') {
          // The summary added since was made from the rows kept: at a quarter end, a direct count.
          const rows = async (sql: string) =>
            ((await upgraded.dataSource.query(sql)) as Record<string, unknown>[]).map((r) => [
              String(r.authority_code),
              Number(r.n),
            ]);
          const summary = await rows(
            "SELECT authority_code, n FROM care_stock WHERE attribute = '' AND at = '2022-03-31' ORDER BY authority_code",
          );
          expect(summary.length).toBeGreaterThan(0);
          expect(summary).toEqual(
            await rows(
              "SELECT authority_code, COUNT(*) AS n FROM care_episode WHERE start_date <= '2022-03-31' AND (end_date IS NULL OR end_date > '2022-03-31') GROUP BY authority_code ORDER BY authority_code",
            ),
          );
        }
      } finally {
        await upgraded.dataSource.destroy();
      }
    });

    it('gives exactly the schema its entities describe (TypeORM finds nothing to change)', async () => {
      const target = await scratchDatabase(backend, `schema-${name}`);
      const database = await openDatabase(target, definition.entities, { migrations: definition.migrations });
      await database.dataSource.destroy();
      // MariaDB's column defaults are read right only by TypeORM's "mariadb" driver.
      let options = connection(target);
      if (target.kind === 'mysql') {
        const probe = new DataSource(options);
        await probe.initialize();
        const [{ version }] = await probe.query('SELECT VERSION() AS version');
        await probe.destroy();
        if (/mariadb/i.test(version)) options = { ...options, type: 'mariadb' } as DataSourceOptions;
      }
      const check = new DataSource({ ...options, entities: definition.entities } as DataSourceOptions);
      await check.initialize();
      try {
        const diff = await check.driver.createSchemaBuilder().log();
        expect(diff.upQueries.map((q) => q.query)).toEqual([]);
      } finally {
        await check.destroy();
      }
    });
  });

  it('lets two processes migrate one new database at once: both start, each migration runs once', async () => {
    const definition = loadSubgraphs().find((d) => d.name === 'adoption')!;
    const target = await scratchDatabase(backend, 'concurrent-adoption');
    // Both wait for the same moment, well after their modules have loaded, then open the database.
    const startAt = Date.now() + 8000;
    const run = () =>
      new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
        const child = spawn(
          process.execPath,
          [
            '-r',
            'ts-node/register/transpile-only',
            join('tests', 'support', 'migrate-once.ts'),
            definition.name,
            JSON.stringify(target),
            String(startAt),
          ],
          { cwd: projectRoot(), env: process.env },
        );
        let out = '';
        let err = '';
        child.stdout.on('data', (d) => (out += d));
        child.stderr.on('data', (d) => (err += d));
        child.on('close', (code) => resolve({ code, out, err }));
      });
    const results = await Promise.all([run(), run()]);
    for (const r of results) expect([r.code, r.err]).toEqual([0, '']);
    expect(Date.now()).toBeGreaterThan(startAt);
    const ran = results.flatMap(
      (r) => (JSON.parse(r.out.trim().split('\n').pop()!) as { migrated: string[] }).migrated,
    );
    const names = [
      ...definition.migrations.map((m) => new (m as new () => { name: string })().name),
      'SlowTestMigration9999999999999',
    ];
    expect(ran.sort()).toEqual([...names].sort());
    const database = await openDatabase(target, definition.entities);
    try {
      const recorded: { name: string }[] = await database.dataSource.query(`SELECT name FROM ${MIGRATIONS_TABLE}`);
      expect(recorded.map((r) => r.name).sort()).toEqual([...names].sort());
      const [{ n }] = await database.dataSource.query('SELECT COUNT(*) AS n FROM adoption_journey');
      expect(Number(n)).toBe(0);
    } finally {
      await database.dataSource.destroy();
    }
  });

  it('refuses to start on tables that lack a column the entities read (an older schema adopted as it was)', async () => {
    const definition = loadSubgraphs().find((d) => d.name === 'authorities')!;
    const target = await scratchDatabase(backend, 'older-authorities');
    await mysqlCreate(target);
    // Every table, as an older version might have left them, but local_authority without short_name.
    const older = new DataSource({
      ...connection(target),
      entities: previousEntities(definition),
    } as DataSourceOptions);
    await older.initialize();
    await older.synchronize();
    await older.query('ALTER TABLE local_authority DROP COLUMN short_name');
    await older.destroy();
    await expect(openDatabase(target, definition.entities, { migrations: definition.migrations })).rejects.toThrow(
      /not the one this version's migrations make \(local_authority lacks short_name\)/,
    );
  });

  it('refuses a database holding only some of a subgraph’s tables, leaving it as it was', async () => {
    const definition = loadSubgraphs().find((d) => d.name === 'fostering')!;
    const target = await scratchDatabase(backend, 'partial-fostering');
    await mysqlCreate(target);
    const other = new DataSource({ ...connection(target) } as DataSourceOptions);
    await other.initialize();
    await other.query('CREATE TABLE child (id varchar(40) PRIMARY KEY NOT NULL, note varchar(20))');
    await other.query("INSERT INTO child (id, note) VALUES ('someone-else', 'theirs')");
    await other.destroy();
    await expect(openDatabase(target, definition.entities, { migrations: definition.migrations })).rejects.toThrow(
      /has some of this subgraph's tables \(child\) but not all/,
    );
    const after = new DataSource({ ...connection(target) } as DataSourceOptions);
    await after.initialize();
    expect(await after.query('SELECT id, note FROM child')).toEqual([{ id: 'someone-else', note: 'theirs' }]);
    await after.destroy();
  });
});

import { DataSource, MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Schema changes are versioned migrations, never TypeORM's `synchronize` (which once dropped a
 * column and its data). Each subgraph keeps its own in `subgraphs/<name>/migrations/` — one class
 * per change, with the SQL for SQLite and for MySQL — lists them in its definition, and the
 * platform runs the pending ones on start (subgraph-service.ts), under a lock so that processes
 * starting on one database at once do not race. `npm run migration -- <subgraph> <Name>` writes
 * a new one from the difference between the entities and the migrations so far.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type MigrationList = Function[];

/** The table that records which migrations a database has had. */
export const MIGRATIONS_TABLE = 'hub_migrations';

/** A migration's SQL for each database the hub runs on. */
export interface DriverSql {
  sqlite: string[];
  mysql: string[];
}

/** Runs the statements for the query runner's database, in order. */
export async function runSql(queryRunner: QueryRunner, sql: DriverSql): Promise<void> {
  const type = queryRunner.connection.options.type;
  const statements = type === 'mysql' || type === 'mariadb' ? sql.mysql : sql.sqlite;
  for (const statement of statements) await queryRunner.query(statement);
}

/**
 * The first migration of a subgraph whose databases were made by `synchronize` before migrations
 * existed: on a database that already has all of `tables` it creates nothing (the schema is the
 * one its SQL would make), on an empty one it creates them, and a database with only some of
 * them is refused rather than guessed at.
 */
export abstract class BaselineMigration implements MigrationInterface {
  abstract name: string;
  protected abstract tables: string[];
  protected abstract upSql: DriverSql;
  protected abstract downSql: DriverSql;

  async up(queryRunner: QueryRunner): Promise<void> {
    const present: string[] = [];
    for (const table of this.tables) if (await queryRunner.hasTable(table)) present.push(table);
    if (present.length === this.tables.length) return;
    if (present.length > 0)
      throw new Error(
        `${this.name}: the database has some of this subgraph's tables (${present.join(', ')}) but not all (${this.tables
          .filter((t) => !present.includes(t))
          .join(', ')}); it was not made by this hub, so it is left as it is`,
      );
    await runSql(queryRunner, this.upSql);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await runSql(queryRunner, this.downSql);
  }
}

/** Names of the configured migrations the database has not had yet (read without the lock). */
async function pendingMigrations(dataSource: DataSource): Promise<string[]> {
  const names = dataSource.migrations.map((m) => m.name ?? m.constructor.name);
  const runner = dataSource.createQueryRunner();
  try {
    if (!(await runner.hasTable(MIGRATIONS_TABLE))) return names;
    const done: { name: string }[] = await runner.query(`SELECT name FROM ${MIGRATIONS_TABLE}`);
    const applied = new Set(done.map((row) => row.name));
    return names.filter((name) => !applied.has(name));
  } finally {
    await runner.release();
  }
}

/** How long a process waits for another one's migrations before giving up. */
const LOCK_WAIT_SECONDS = 120;

/**
 * Runs `work` holding the database's migration lock: MySQL's GET_LOCK (a named lock held by one
 * connection for as long as it runs), SQLite's write lock (BEGIN IMMEDIATE; other processes wait
 * for it, and all the migrations are one transaction, so they apply whole or not at all).
 */
async function withMigrationLock<T>(dataSource: DataSource, work: () => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    if (dataSource.options.type === 'mysql') {
      const name = `cschub_migrate_${(await runner.query('SELECT DATABASE() AS db'))[0].db}`.slice(0, 64);
      const [{ got }] = await runner.query('SELECT GET_LOCK(?, ?) AS got', [name, LOCK_WAIT_SECONDS]);
      if (Number(got) !== 1)
        throw new Error(`another process has held the migration lock ${name} for over ${LOCK_WAIT_SECONDS} s`);
      try {
        return await work();
      } finally {
        await runner.query('SELECT RELEASE_LOCK(?)', [name]);
      }
    }
    await runner.query('BEGIN IMMEDIATE');
    try {
      const result = await work();
      await runner.query('COMMIT');
      return result;
    } catch (error) {
      await runner.query('ROLLBACK');
      throw error;
    }
  } finally {
    await runner.release();
  }
}

/**
 * Refuses a database whose tables lack columns the entities read: e.g. one made by an older
 * version's synchronize that the baseline adopted as it was. Better a start that names the gap
 * than answers read from the wrong schema.
 */
export async function assertSchemaHoldsEntities(dataSource: DataSource): Promise<void> {
  const runner = dataSource.createQueryRunner();
  try {
    const tables = await runner.getTables(dataSource.entityMetadatas.map((m) => m.tablePath));
    const problems: string[] = [];
    for (const metadata of dataSource.entityMetadatas) {
      const table = tables.find((t) => t.name === metadata.tablePath || t.name.endsWith(`.${metadata.tablePath}`));
      if (!table) {
        problems.push(`no table ${metadata.tableName}`);
        continue;
      }
      const missing = metadata.columns
        .map((c) => c.databaseName)
        .filter((name) => !table.columns.some((column) => column.name === name));
      if (missing.length > 0) problems.push(`${metadata.tableName} lacks ${missing.join(', ')}`);
    }
    if (problems.length > 0)
      throw new Error(
        `the database's schema is not the one this version's migrations make (${problems.join('; ')}); ` +
          'it was left as it is: restore it, or (a local demo) rebuild it with npm run seed -- --force',
      );
  } finally {
    await runner.release();
  }
}

/**
 * Brings the database up to the subgraph's latest migration; the names of those run. Nothing to
 * do (the usual start) costs one read and no lock; otherwise the pending ones are read again and
 * run under the lock, so of two processes starting together one migrates and the other finds
 * nothing left to do.
 */
export async function migrateDatabase(dataSource: DataSource): Promise<string[]> {
  if ((await pendingMigrations(dataSource)).length === 0) return [];
  return withMigrationLock(dataSource, async () => {
    // SQLite: inside the lock's transaction. MySQL: DDL commits itself, so one transaction per migration.
    const ran = await dataSource.runMigrations({ transaction: dataSource.options.type === 'mysql' ? 'each' : 'none' });
    return ran.map((m) => m.name);
  });
}

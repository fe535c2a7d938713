import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { DataSource, DataSourceOptions, EntitySchema } from 'typeorm';
import { assertSchemaHoldsEntities, migrateDatabase, MigrationList, MIGRATIONS_TABLE } from './migrations';
import { projectRoot } from './project-root';
import { SqlStatementCounter } from './sql-statement-counter';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type EntityList = (Function | EntitySchema)[];

export type DatabaseTarget = { kind: 'sqlite'; file: string } | { kind: 'mysql'; url: string };

/**
 * Where a subgraph's database lives, from the environment:
 *   <SUBGRAPH>_DATABASE_URL   mysql://user:pass@host:port/database — that exact database;
 *   DATABASE_URL              mysql://user:pass@host:port/prefix — database `prefix_<subgraph>`;
 *   otherwise                 a SQLite file `<DATA_DIR or ./data>/<subgraph>.sqlite`.
 * Each subgraph gets a database of its own either way; none reads another's tables.
 */
export function databaseTarget(subgraph: string, env: NodeJS.ProcessEnv = process.env): DatabaseTarget {
  const own = env[`${subgraph.toUpperCase().replace(/-/g, '_')}_DATABASE_URL`];
  if (own) return { kind: 'mysql', url: own };
  if (env.DATABASE_URL) {
    const url = new URL(env.DATABASE_URL);
    const prefix = url.pathname.replace(/^\//, '') || 'cschub';
    url.pathname = `/${prefix}_${subgraph.replace(/-/g, '_')}`;
    return { kind: 'mysql', url: url.toString() };
  }
  const dir = env.DATA_DIR
    ? isAbsolute(env.DATA_DIR)
      ? env.DATA_DIR
      : join(projectRoot(), env.DATA_DIR)
    : join(projectRoot(), 'data');
  return { kind: 'sqlite', file: join(dir, `${subgraph}.sqlite`) };
}

export function describeTarget(target: DatabaseTarget): string {
  if (target.kind === 'sqlite') return `SQLite ${target.file}`;
  const url = new URL(target.url);
  return `MySQL ${url.host}${url.pathname}`;
}

export interface Database {
  dataSource: DataSource;
  target: DatabaseTarget;
  statements: SqlStatementCounter;
  /** The migrations this open ran (none when the database was up to date, or another process ran them). */
  migrated: string[];
}

/** Creates the MySQL database if it does not exist (the server must be reachable). */
async function ensureMysqlDatabase(url: string): Promise<void> {
  const { createConnection } = await import('mysql2/promise');
  const parsed = new URL(url);
  const name = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  if (!/^[A-Za-z0-9_]+$/.test(name)) throw new Error(`MySQL database name "${name}" must be letters, digits and _`);
  parsed.pathname = '/';
  const connection = await createConnection({ uri: parsed.toString() });
  try {
    await connection.query(
      `CREATE DATABASE IF NOT EXISTS \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    );
  } finally {
    await connection.end();
  }
}

export interface OpenOptions {
  /**
   * The subgraph's migrations (see migrations.ts): the pending ones run before the database is
   * used, under a lock. Without them the database is opened as it is (tests' fixtures, tools).
   */
  migrations?: MigrationList;
  /**
   * Drop every table first, then migrate from nothing: for test databases and `npm run seed --
   * --force` only, which rebuild the local demo whatever it held.
   */
  fresh?: boolean;
}

/**
 * Opens a subgraph's database (creating a MySQL database that does not exist) and runs its
 * pending migrations, the same way on SQLite and MySQL. Tables are never synchronised from the
 * entities: every schema change is a migration, so an upgrade keeps every row.
 */
export async function openDatabase(
  target: DatabaseTarget,
  entities: EntityList,
  options: OpenOptions = {},
): Promise<Database> {
  const statements = new SqlStatementCounter();
  const migrations = { migrations: options.migrations ?? [], migrationsTableName: MIGRATIONS_TABLE };
  let dataSourceOptions: DataSourceOptions;
  if (target.kind === 'sqlite') {
    mkdirSync(join(target.file, '..'), { recursive: true });
    dataSourceOptions = {
      type: 'better-sqlite3',
      database: target.file,
      entities,
      ...migrations,
      logger: statements,
      logging: true,
      // How long a statement waits for another process's write lock (e.g. its migrations).
      timeout: 60_000,
    };
  } else {
    await ensureMysqlDatabase(target.url);
    dataSourceOptions = {
      type: 'mysql',
      url: target.url,
      entities,
      ...migrations,
      logger: statements,
      logging: true,
      timezone: 'Z',
      // DATE columns stay YYYY-MM-DD strings, as they are everywhere else in the hub.
      dateStrings: ['DATE'],
      supportBigNumbers: true,
      bigNumberStrings: false,
      charset: 'utf8mb4',
      extra: { connectionLimit: Number(process.env.MYSQL_POOL_SIZE ?? 10) },
    };
  }
  const dataSource = new DataSource(dataSourceOptions);
  await dataSource.initialize();
  let migrated: string[] = [];
  try {
    if (target.kind === 'sqlite') await dataSource.query('PRAGMA journal_mode = WAL');
    if (options.fresh) await dataSource.dropDatabase();
    if (options.migrations) {
      migrated = await migrateDatabase(dataSource);
      await assertSchemaHoldsEntities(dataSource);
    }
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  statements.count = 0;
  return { dataSource, target, statements, migrated };
}

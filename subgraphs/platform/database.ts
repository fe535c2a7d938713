import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { DataSource, DataSourceOptions, EntitySchema } from 'typeorm';
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

/**
 * Opens a subgraph's database and (unless `createTables` is false, for a database whose tables
 * another process has just made) creates its tables from the entities, the same way on SQLite and
 * MySQL: TypeORM's schema synchronisation, which only adds what is missing. Two processes
 * synchronising one MySQL database at once can collide on an index, hence the switch.
 */
export async function openDatabase(
  target: DatabaseTarget,
  entities: EntityList,
  createTables = true,
): Promise<Database> {
  const statements = new SqlStatementCounter();
  let options: DataSourceOptions;
  if (target.kind === 'sqlite') {
    mkdirSync(join(target.file, '..'), { recursive: true });
    options = { type: 'better-sqlite3', database: target.file, entities, logger: statements, logging: true };
  } else {
    await ensureMysqlDatabase(target.url);
    options = {
      type: 'mysql',
      url: target.url,
      entities,
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
  const dataSource = new DataSource(options);
  await dataSource.initialize();
  if (target.kind === 'sqlite') await dataSource.query('PRAGMA journal_mode = WAL');
  if (createTables) await dataSource.synchronize();
  statements.count = 0;
  return { dataSource, target, statements };
}

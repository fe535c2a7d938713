import 'reflect-metadata';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource, DataSourceOptions } from 'typeorm';
import { DriverSql, MIGRATIONS_TABLE } from './migrations';
import { projectRoot } from './project-root';
import { loadSubgraph, SubgraphDefinition } from './subgraph-definition';

/**
 * `npm run migration -- <subgraph> <ChangeName> [--baseline]` (MYSQL_URL set): writes
 * `subgraphs/<subgraph>/migrations/<time>-<change-name>.ts`, the SQL that takes a database from
 * the subgraph's migrations so far to what its entities describe, on SQLite and on MySQL — TypeORM's
 * own schema diff, run against scratch databases — and refreshes the folder's index.ts. Read the
 * SQL before committing it: a rename shows up as a drop and an add, which would lose the column.
 */
async function diff(
  definition: SubgraphDefinition,
  options: DataSourceOptions,
): Promise<{ up: string[]; down: string[] }> {
  const dataSource = new DataSource({
    ...options,
    entities: definition.entities,
    migrations: definition.migrations,
    migrationsTableName: MIGRATIONS_TABLE,
  } as DataSourceOptions);
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    const sql = await dataSource.driver.createSchemaBuilder().log();
    const text = (queries: { query: string; parameters?: unknown[] }[]) =>
      queries.map((q) => {
        if (q.parameters && q.parameters.length > 0) throw new Error(`a statement with parameters: ${q.query}`);
        return q.query;
      });
    return { up: text(sql.upQueries), down: text(sql.downQueries).reverse() };
  } finally {
    await dataSource.destroy();
  }
}

async function mysqlDiff(definition: SubgraphDefinition): Promise<{ up: string[]; down: string[] }> {
  if (!process.env.MYSQL_URL) throw new Error('MYSQL_URL must point at a MySQL server for the MySQL half');
  const { createConnection } = await import('mysql2/promise');
  const server = new URL(process.env.MYSQL_URL);
  const scratch = `cschub_scratch_migration_${definition.name.replace(/-/g, '_')}`;
  server.pathname = '/';
  const admin = await createConnection({ uri: server.toString() });
  try {
    await admin.query(`DROP DATABASE IF EXISTS \`${scratch}\``);
    await admin.query(`CREATE DATABASE \`${scratch}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    server.pathname = `/${scratch}`;
    // TypeORM reads MariaDB's column defaults right only as "mariadb" (as "mysql" every nullable
    // column differs, and the diff would rebuild them and their indexes each time).
    const [[{ version }]] = (await admin.query('SELECT VERSION() AS version')) as unknown as [[{ version: string }]];
    const type = /mariadb/i.test(version) ? 'mariadb' : 'mysql';
    return await diff(definition, { type, url: server.toString(), timezone: 'Z', charset: 'utf8mb4' });
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS \`${scratch}\``);
    await admin.end();
  }
}

const list = (statements: string[]) =>
  statements.length === 0 ? '[]' : `[\n${statements.map((s) => `      ${JSON.stringify(s)},`).join('\n')}\n    ]`;
const sqlOf = (sqlite: string[], mysql: string[]) => `{\n    sqlite: ${list(sqlite)},\n    mysql: ${list(mysql)},\n  }`;

function migrationSource(
  className: string,
  description: string,
  up: DriverSql,
  down: DriverSql,
  baselineTables?: string[],
): string {
  if (baselineTables)
    return `import { BaselineMigration } from '../../platform/migrations';

/** ${description} */
export class ${className} extends BaselineMigration {
  name = '${className}';
  protected tables = ${JSON.stringify(baselineTables)};
  protected upSql = ${sqlOf(up.sqlite, up.mysql)};
  protected downSql = ${sqlOf(down.sqlite, down.mysql)};
}
`;
  return `import { MigrationInterface, QueryRunner } from 'typeorm';
import { runSql } from '../../platform/migrations';

/** ${description} */
export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
    await runSql(queryRunner, ${sqlOf(up.sqlite, up.mysql).replace(/\n/g, '\n    ')});
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await runSql(queryRunner, ${sqlOf(down.sqlite, down.mysql).replace(/\n/g, '\n    ')});
  }
}
`;
}

/** `migrations/index.ts`: every migration file of the folder, oldest first. */
function writeIndex(dir: string): void {
  const files = readdirSync(dir)
    .filter((f) => /^\d+-.+\.ts$/.test(f))
    .sort();
  const imports = files.map((f, i) => `import * as m${i} from './${f.replace(/\.ts$/, '')}';`);
  writeFileSync(
    join(dir, 'index.ts'),
    `${imports.join('\n')}

/** This subgraph's migrations, oldest first (written by \`npm run migration\`; see platform/migrations.ts). */
export const migrations = [${files.map((_f, i) => `...Object.values(m${i})`).join(', ')}];
`,
  );
}

async function main(): Promise<void> {
  const [name, change] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const baseline = process.argv.includes('--baseline');
  if (!name || !change || !/^[A-Z][A-Za-z0-9]+$/.test(change)) {
    console.error('usage: MYSQL_URL=… npm run migration -- <subgraph> <ChangeName in PascalCase> [--baseline]');
    process.exit(2);
  }
  const definition = loadSubgraph(name);
  const scratchDir = mkdtempSync(join(tmpdir(), 'cschub-migration-'));
  try {
    const sqlite = await diff(definition, { type: 'better-sqlite3', database: join(scratchDir, 'scratch.sqlite') });
    const mysql = await mysqlDiff(definition);
    if (sqlite.up.length === 0 && mysql.up.length === 0) {
      console.log(`${name}: the migrations already give what the entities describe; nothing written`);
      return;
    }
    const time = Date.now();
    const className = `${change}${time}`;
    const dir = join(projectRoot(), 'subgraphs', name, 'migrations');
    const kebab = change.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
    const tables = baseline
      ? definition.entities.map((e) => new DataSource({ type: 'better-sqlite3', database: ':memory:', entities: [e] }))
      : undefined;
    let tableNames: string[] | undefined;
    if (tables) {
      tableNames = [];
      for (const ds of tables) {
        await ds.initialize();
        tableNames.push(...ds.entityMetadatas.map((m) => m.tableName));
        await ds.destroy();
      }
    }
    const file = join(dir, `${time}-${kebab}.ts`);
    writeFileSync(
      file,
      migrationSource(
        className,
        `${change} (${name}).`,
        { sqlite: sqlite.up, mysql: mysql.up },
        { sqlite: sqlite.down, mysql: mysql.down },
        tableNames,
      ),
    );
    writeIndex(dir);
    console.log(
      `wrote ${file} (${sqlite.up.length} SQLite and ${mysql.up.length} MySQL statements); read it before committing`,
    );
  } finally {
    rmSync(scratchDir, { recursive: true, force: true });
  }
}

// Run only as `npm run migration` (the build compiles this file too; nothing imports it).
if (require.main === module)
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });

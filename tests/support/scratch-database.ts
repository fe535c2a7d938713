import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseTarget } from '../../subgraphs/platform/database';
import { projectRoot } from '../../subgraphs/platform/project-root';
import { Backend } from './backends';

/**
 * A database of a test's own on a backend, removed first so the test starts from nothing: a SQLite
 * file under the test data folder, or a MySQL database `cschub_test_<tag>_<name>` (dropped).
 */
export async function scratchDatabase(backend: Backend, name: string): Promise<DatabaseTarget> {
  const tag = (process.env.TEST_DB_TAG ?? '').replace(/[^a-z0-9]/gi, '');
  if (backend === 'sqlite') {
    const file = join(projectRoot(), 'data', tag ? `test-${tag}` : 'test', `${name}.sqlite`);
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
    return { kind: 'sqlite', file };
  }
  const { createConnection } = await import('mysql2/promise');
  const url = new URL(process.env.MYSQL_URL!);
  const database = `cschub_test_${tag ? `${tag}_` : ''}${name.replace(/-/g, '_')}`;
  url.pathname = '/';
  const connection = await createConnection({ uri: url.toString() });
  try {
    await connection.query(`DROP DATABASE IF EXISTS \`${database}\``);
  } finally {
    await connection.end();
  }
  url.pathname = `/${database}`;
  return { kind: 'mysql', url: url.toString() };
}

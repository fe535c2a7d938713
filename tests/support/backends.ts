import { join } from 'node:path';
import { DatabaseTarget } from '../../subgraphs/platform/database';
import { projectRoot } from '../../subgraphs/platform/project-root';

export type Backend = 'sqlite' | 'mysql';

/**
 * The databases every DB-backed suite runs on: SQLite always; MySQL/MariaDB when MYSQL_URL is set
 * (e.g. mysql://root@127.0.0.1:3306/test). With REQUIRE_MYSQL=1 (CI) a missing MYSQL_URL is an
 * error, so MySQL suites can never be skipped silently.
 */
export function backends(): Backend[] {
  if (process.env.REQUIRE_MYSQL === '1' && !process.env.MYSQL_URL) {
    throw new Error('REQUIRE_MYSQL=1 but MYSQL_URL is not set: the MySQL suites must run');
  }
  return process.env.MYSQL_URL ? ['sqlite', 'mysql'] : ['sqlite'];
}

/**
 * The test database of a subgraph on a backend (kept apart from the ones `npm start` uses).
 * TEST_DB_TAG keeps two checkouts' test runs on one machine from dropping each other's databases.
 */
export function testTarget(backend: Backend, subgraph: string): DatabaseTarget {
  const tag = (process.env.TEST_DB_TAG ?? '').replace(/[^a-z0-9]/gi, '');
  if (backend === 'sqlite')
    return { kind: 'sqlite', file: join(projectRoot(), 'data', tag ? `test-${tag}` : 'test', `${subgraph}.sqlite`) };
  const url = new URL(process.env.MYSQL_URL!);
  url.pathname = `/cschub_test_${tag ? `${tag}_` : ''}${subgraph.replace(/-/g, '_')}`;
  return { kind: 'mysql', url: url.toString() };
}

import { existsSync, statSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { DatabaseTarget, describeTarget } from '../subgraphs/platform/database';
import { HubMetaRecord, SYNTHETIC_DEMO } from '../subgraphs/platform/hub-meta.entity';

/**
 * The synthetic seed writes only into a database that is new, or that it made itself (marked in
 * `hub_meta` as the local demo): against anything else — a council's data, a zero-byte file left
 * by a failed copy — it refuses, unless told with --force to replace whatever is there.
 */
export type StateBeforeSeeding = 'NEW' | 'ZERO_BYTE' | 'EXISTING';

/** A seed the guard refused; the message says why and what to do. */
export class SeedRefused extends Error {}

/** What is at the target before anything opens it (opening creates files, databases and tables). */
export async function stateBeforeSeeding(target: DatabaseTarget): Promise<StateBeforeSeeding> {
  if (target.kind === 'sqlite') {
    if (!existsSync(target.file)) return 'NEW';
    return statSync(target.file).size === 0 ? 'ZERO_BYTE' : 'EXISTING';
  }
  const { createConnection } = await import('mysql2/promise');
  const url = new URL(target.url);
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
  url.pathname = '/';
  const connection = await createConnection({ uri: url.toString() });
  try {
    const [rows] = await connection.query(
      'SELECT COUNT(*) AS n FROM information_schema.tables WHERE table_schema = ?',
      [database],
    );
    return Number((rows as { n: unknown }[])[0].n) === 0 ? 'NEW' : 'EXISTING';
  } finally {
    await connection.end();
  }
}

/** True when the synthetic seed made this database (its `hub_meta` says so); read before any migration runs. */
export async function isSyntheticDemo(dataSource: DataSource): Promise<boolean> {
  const runner = dataSource.createQueryRunner();
  try {
    if (!(await runner.hasTable('hub_meta'))) return false;
  } finally {
    await runner.release();
  }
  const row = await dataSource.getRepository(HubMetaRecord).findOneBy({ key: 'dataset' });
  return row?.value === SYNTHETIC_DEMO;
}

/** The refusal of a zero-byte file; `name` is the subgraph's. */
export function refusedZeroByte(name: string, target: DatabaseTarget): SeedRefused {
  return new SeedRefused(
    `${name}: refused to seed ${describeTarget(target)}: it is a zero-byte file, not a database the seed made ` +
      `(a failed copy or mount?). Delete it to make a new local demo, or run \`npm run seed -- --force --only ${name}\` to turn it into one.`,
  );
}

/** The refusal of a database with tables that the seed did not make (it may hold a council's data). */
export function refusedExisting(name: string, target: DatabaseTarget): SeedRefused {
  return new SeedRefused(
    `${name}: refused to seed ${describeTarget(target)}: it already has tables and is not marked as the local demo ` +
      `(hub_meta dataset = ${SYNTHETIC_DEMO}), so it may hold a council's data. The seed writes only into a new ` +
      `database or the demo it made. To replace everything in it with synthetic data, run \`npm run seed -- --force --only ${name}\`.`,
  );
}

import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { DatabaseTarget, openDatabase } from '../subgraphs/platform/database';
import { HubMetaRecord, SYNTHETIC_DEMO } from '../subgraphs/platform/hub-meta.entity';
import { SubgraphDefinition } from '../subgraphs/platform/subgraph-definition';
import { isSyntheticDemo, refusedExisting, refusedZeroByte, stateBeforeSeeding } from './seed-guard';
import { RecordSet } from './shared/record-set';
import { SeedScope } from './shared/seed-scope';
import { writeRecords } from './shared/write-records';

/**
 * A subgraph's seed, found by convention: `seed/<name>/<name>.seed.ts` exports `seedRecords`.
 * Each domain's seed runs alone: it needs only its own folder and seed/shared.
 */
export function seedOf(name: string): (scope: SeedScope) => RecordSet[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const module = require(join(__dirname, name, `${name}.seed`)) as { seedRecords?: (scope: SeedScope) => RecordSet[] };
  const seedRecords = module.seedRecords;
  if (!seedRecords) throw new Error(`seed/${name}/${name}.seed.ts must export seedRecords(scope)`);
  // Generation is deterministic and can take seconds: seeding two databases in one process generates once.
  return (scope) => {
    const key = `${name}|${scope}`;
    if (!generated.has(key)) generated.set(key, seedRecords(scope));
    return generated.get(key)!;
  };
}

const generated = new Map<string, RecordSet[]>();

/** True when none of the subgraph's record tables holds a row. */
async function isEmpty(dataSource: DataSource, definition: SubgraphDefinition): Promise<boolean> {
  for (const entity of definition.entities)
    if (entity !== HubMetaRecord && (await dataSource.getRepository(entity).count()) > 0) return false;
  return true;
}

/**
 * Writes the subgraph's synthetic records and the mark of the local demo, in one transaction (all
 * or nothing: coverage is among the records, so it never outlives a failed load). The caller has
 * made sure the database is the seed's to fill (see seedDatabase).
 */
export async function seedSubgraph(
  dataSource: DataSource,
  definition: SubgraphDefinition,
  scope: SeedScope,
): Promise<void> {
  const mark = [
    Object.assign(new HubMetaRecord(), { key: 'dataset', value: SYNTHETIC_DEMO }),
    Object.assign(new HubMetaRecord(), { key: 'seeded', value: `${scope} ${new Date().toISOString()}` }),
  ];
  await writeRecords(
    dataSource,
    [...seedOf(definition.name)(scope), [HubMetaRecord, mark]],
    definition.rebuildSummaries?.bind(definition),
  );
}

/**
 * Seeds the subgraph's database at `target` if it is new, or the local demo and empty; leaves
 * the demo as it is when it holds data ('kept'); refuses (SeedRefused) a zero-byte file or a
 * database the seed did not make. `force` replaces whatever the database holds with the demo.
 */
export async function seedDatabase(
  definition: SubgraphDefinition,
  target: DatabaseTarget,
  scope: SeedScope,
  force = false,
): Promise<'seeded' | 'kept'> {
  const state = await stateBeforeSeeding(target);
  if (!force && state === 'ZERO_BYTE') throw refusedZeroByte(definition.name, target);
  if (!force && state === 'EXISTING') {
    // Looked at as it is, before any migration could add the hub's tables to someone else's database.
    const { dataSource } = await openDatabase(target, definition.entities);
    try {
      if (!(await isSyntheticDemo(dataSource))) throw refusedExisting(definition.name, target);
    } finally {
      await dataSource.destroy();
    }
  }
  const { dataSource } = await openDatabase(target, definition.entities, {
    migrations: definition.migrations,
    fresh: force,
  });
  try {
    if (!force && state === 'EXISTING' && !(await isEmpty(dataSource, definition))) return 'kept';
    await seedSubgraph(dataSource, definition, scope);
    return 'seeded';
  } finally {
    await dataSource.destroy();
  }
}

/** Opens the subgraph's database at `target`, seeds it if new (see seedDatabase), and closes it again. */
export async function seedTarget(
  definition: SubgraphDefinition,
  target: DatabaseTarget,
  scope: SeedScope,
): Promise<boolean> {
  return (await seedDatabase(definition, target, scope)) === 'seeded';
}

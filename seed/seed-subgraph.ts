import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { DatabaseTarget, openDatabase } from '../subgraphs/platform/database';
import { SubgraphDefinition } from '../subgraphs/platform/subgraph-definition';
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

/** True when none of the subgraph's tables holds a row (then it is ours to fill). */
async function isEmpty(dataSource: DataSource, definition: SubgraphDefinition): Promise<boolean> {
  for (const entity of definition.entities) if ((await dataSource.getRepository(entity).count()) > 0) return false;
  return true;
}

/**
 * Fills the subgraph's database with its synthetic records, in one transaction, unless it holds
 * data; true when it seeded.
 */
export async function seedSubgraph(
  dataSource: DataSource,
  definition: SubgraphDefinition,
  scope: SeedScope,
): Promise<boolean> {
  if (!(await isEmpty(dataSource, definition))) return false;
  await writeRecords(dataSource, seedOf(definition.name)(scope));
  return true;
}

/** Opens the subgraph's database at `target`, seeds it if empty, and closes it again. */
export async function seedTarget(
  definition: SubgraphDefinition,
  target: DatabaseTarget,
  scope: SeedScope,
): Promise<boolean> {
  const { dataSource } = await openDatabase(target, definition.entities);
  try {
    return await seedSubgraph(dataSource, definition, scope);
  } finally {
    await dataSource.destroy();
  }
}

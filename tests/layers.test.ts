import { readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { execSync } from 'node:child_process';
import { projectRoot } from '../subgraphs/platform/project-root';

/**
 * The layers of DESIGN.md, read off the import statements: vocabulary ← platform ← measures ←
 * domains, with seed/ and gateway/ outside the runtime; and no import cycle anywhere.
 */
const root = projectRoot();
const files = execSync('git ls-files "*.ts"', { cwd: root }).toString().trim().split('\n');
const known = new Set(files);

function resolve(from: string, specifier: string): string | undefined {
  const base = normalize(join(dirname(from), specifier));
  return [`${base}.ts`, join(base, 'index.ts'), base].find((candidate) => known.has(candidate));
}

/** Every relative import (static `from '…'` and `import('…')`) of a file, as repository paths. */
const imports = new Map(
  files.map((file) => {
    const source = readFileSync(join(root, file), 'utf8');
    const targets = [...source.matchAll(/(?:from\s+|import\s*\(\s*)'(\.{1,2}\/[^']+)'/g)]
      .map((m) => resolve(file, m[1]))
      .filter((t): t is string => !!t);
    return [file, targets];
  }),
);

const isTest = (file: string) => file.endsWith('.test.ts') || file.startsWith('tests/');
const domainOf = (file: string) => /^subgraphs\/([^/]+)\//.exec(file)?.[1];

/** The layer of a runtime file, or undefined for files outside the runtime (seed, gateway, tests, bench, start). */
function layerOf(file: string): 'vocabulary' | 'platform' | 'measures' | 'domain' | undefined {
  if (file.startsWith('schema/')) return 'vocabulary';
  const domain = domainOf(file);
  if (domain === 'platform') return 'platform';
  if (domain === 'measures') return 'measures';
  return domain ? 'domain' : undefined;
}

const MAY_IMPORT: Record<string, string[]> = {
  vocabulary: ['vocabulary'],
  platform: ['vocabulary', 'platform'],
  measures: ['vocabulary', 'platform', 'measures'],
  domain: ['vocabulary', 'platform', 'measures', 'domain'],
};

describe('layers', () => {
  const runtime = files.filter((f) => layerOf(f) && !isTest(f));

  it('finds the files it judges', () => {
    expect(runtime.filter((f) => layerOf(f) === 'measures').length).toBeGreaterThan(3);
    expect(imports.get('subgraphs/platform/subgraph-service.ts')).toContain('subgraphs/platform/database.ts');
  });

  it.each(runtime)('%s imports only from its own layer and those below it', (file) => {
    const layer = layerOf(file)!;
    const wrong = imports.get(file)!.filter((target) => {
      const targetLayer = layerOf(target);
      if (!targetLayer || !MAY_IMPORT[layer].includes(targetLayer)) return true;
      // A domain reaches another domain only through federation, never by importing its code.
      return layer === 'domain' && targetLayer === 'domain' && domainOf(target) !== domainOf(file);
    });
    expect(wrong).toEqual([]);
  });

  it('the gateway loads no subgraph code: its imports reach only the platform and the vocabulary', () => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      imports.get(file)!.forEach(visit);
    };
    visit('gateway/main.ts');
    const outside = [...seen].filter(
      (f) => !f.startsWith('gateway/') && !['platform', 'vocabulary'].includes(layerOf(f) ?? ''),
    );
    expect(outside).toEqual([]);
    // The one platform file that loads subgraph code by name is not among them.
    expect(seen).not.toContain('subgraphs/platform/subgraph-definition.ts');
  });

  it('seed areas share through seed/shared and data files, never by importing another area', () => {
    const areaOf = (file: string) => /^seed\/([^/]+)\//.exec(file)?.[1];
    const crossing = files
      .filter((f) => areaOf(f) && areaOf(f) !== 'shared')
      .flatMap((f) =>
        imports
          .get(f)!
          .filter((t) => areaOf(t) && areaOf(t) !== 'shared' && areaOf(t) !== areaOf(f))
          .map((t) => `${f} -> ${t}`),
      );
    expect(crossing).toEqual([]);
  });

  it('has no import cycle', () => {
    // Tarjan's strongly connected components: any component of more than one file is a cycle.
    let index = 0;
    const order = new Map<string, number>();
    const low = new Map<string, number>();
    const stack: string[] = [];
    const onStack = new Set<string>();
    const cycles: string[][] = [];
    const connect = (file: string) => {
      order.set(file, index);
      low.set(file, index);
      index += 1;
      stack.push(file);
      onStack.add(file);
      for (const target of imports.get(file)!) {
        if (!order.has(target)) {
          connect(target);
          low.set(file, Math.min(low.get(file)!, low.get(target)!));
        } else if (onStack.has(target)) low.set(file, Math.min(low.get(file)!, order.get(target)!));
      }
      if (low.get(file) === order.get(file)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== file);
        if (component.length > 1) cycles.push(component.map((f) => relative('.', f)).sort());
      }
    };
    for (const file of files) if (!order.has(file)) connect(file);
    expect(cycles).toEqual([]);
  });
});

import { build } from 'esbuild';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../subgraphs/platform/project-root';
import { readmeExamples } from '../ide/readme-examples';
import { webBundlesDir } from './static-files';

/**
 * Bundles the gateway's browser pages with esbuild into `outDir` (dist/web by default): the
 * board page (board/) and the GraphQL IDE (ide/: GraphiQL, React and their CSS in one file each,
 * so nothing is fetched from a CDN), with the README's example queries for the IDE's tabs.
 * Run by `npm run build`; the running gateway only serves the files.
 */
export async function buildWebBundles(outDir = webBundlesDir()): Promise<void> {
  const root = projectRoot();
  const common = {
    bundle: true,
    minify: true,
    sourcemap: true,
    target: ['es2020'],
    logLevel: 'warning' as const,
    define: { 'process.env.NODE_ENV': '"production"' },
  };
  for (const page of ['board', 'ide']) mkdirSync(join(outDir, page), { recursive: true });
  await build({
    ...common,
    entryPoints: { board: join(root, 'gateway/board/browser/main.ts') },
    outdir: join(outDir, 'board'),
  });
  await build({
    ...common,
    entryPoints: { ide: join(root, 'gateway/ide/browser/main.tsx') },
    outdir: join(outDir, 'ide'),
    jsx: 'automatic',
    loader: { '.woff2': 'dataurl', '.woff': 'dataurl', '.svg': 'dataurl' },
  });
  copyFileSync(join(root, 'gateway/board/browser/index.html'), join(outDir, 'board/index.html'));
  copyFileSync(join(root, 'gateway/board/browser/board.css'), join(outDir, 'board/board.css'));
  copyFileSync(join(root, 'gateway/ide/browser/index.html'), join(outDir, 'ide/index.html'));
  writeFileSync(join(outDir, 'ide/examples.json'), JSON.stringify(readmeExamples(root), null, 2));
}

if (require.main === module) {
  const out = process.argv[2];
  buildWebBundles(out).then(
    () => console.log(`web pages built in ${out ?? webBundlesDir()}`),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}

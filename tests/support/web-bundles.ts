import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildWebBundles } from '../../gateway/web/build-web';

/**
 * Builds the gateway's pages (as `npm run build` does) into a folder of this test file's own and
 * points the gateways it starts at it (WEB_BUNDLES_DIR), so suites never read a stale dist/.
 */
export async function buildPagesForTests(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'cschub-web-'));
  await buildWebBundles(dir);
  process.env.WEB_BUNDLES_DIR = dir;
  return dir;
}

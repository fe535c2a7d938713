import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join } from 'node:path';
import { projectRoot } from '../../subgraphs/platform/project-root';

/** Where `npm run build` puts the bundled pages (WEB_BUNDLES_DIR overrides it, e.g. for tests). */
export function webBundlesDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.WEB_BUNDLES_DIR ?? join(projectRoot(), 'dist', 'web');
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/**
 * The files of one built page, read once, served by exact name only (no path from the URL ever
 * reaches the file system). Null when the page has not been built.
 */
export function pageFiles(page: string, dir = webBundlesDir()): Map<string, { type: string; body: Buffer }> | null {
  const folder = join(dir, page);
  if (!existsSync(join(folder, 'index.html'))) return null;
  return new Map(
    readdirSync(folder)
      .filter((name) => extname(name) in CONTENT_TYPES)
      .map((name) => [name, { type: CONTENT_TYPES[extname(name)], body: readFileSync(join(folder, name)) }]),
  );
}

/** Answers with a built file; a page must not be framed by another site, nor load anything from elsewhere. */
export function sendFile(response: ServerResponse, file: { type: string; body: Buffer }, request: IncomingMessage) {
  response.writeHead(200, {
    'content-type': file.type,
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'content-security-policy':
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'",
  });
  response.end(request.method === 'HEAD' ? undefined : file.body);
}

/** A page that is not built: say how to build it (a developer running from the sources). */
export function sendNotBuilt(response: ServerResponse, page: string): void {
  response.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
  response.end(`The ${page} page is not built: run \`npm run build\` (it bundles the pages into dist/web).\n`);
}

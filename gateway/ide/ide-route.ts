import { IncomingMessage, ServerResponse } from 'node:http';
import { HttpHook } from '../../subgraphs/platform/http-service';
import { pageFiles, sendFile, sendNotBuilt } from '../web/static-files';

/** GRAPHQL_IDE=on|off; unset, the IDE is on in development and off in production (NODE_ENV=production). */
export function ideEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  const setting = env.GRAPHQL_IDE?.trim().toLowerCase();
  if (setting === 'on' || setting === 'true' || setting === '1') return true;
  if (setting === 'off' || setting === 'false' || setting === '0') return false;
  return env.NODE_ENV !== 'production';
}

/** A browser opening the GraphQL URL (not a GraphQL GET, which has a `query`). */
const opensPage = (request: IncomingMessage, url: URL) =>
  (request.method === 'GET' || request.method === 'HEAD') &&
  (url.pathname === '/' || url.pathname === '/graphql') &&
  !url.searchParams.has('query') &&
  (request.headers.accept ?? '').includes('text/html');

/**
 * The GraphQL IDE: a browser opening / or /graphql gets GraphiQL (bundled at build time, served
 * from /ide/, nothing from a CDN) when it is on; when it is off, a short page saying how to turn
 * it on. GraphQL requests are not touched.
 */
export function ideHook(enabled = ideEnabled()): HttpHook {
  const files = enabled ? pageFiles('ide') : null;
  return (request: IncomingMessage, response: ServerResponse, url: URL) => {
    const asset = url.pathname.startsWith('/ide/') && (request.method === 'GET' || request.method === 'HEAD');
    if (!opensPage(request, url) && !asset) return false;
    if (!enabled) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(
        'The GraphQL IDE is off (production). Start the gateway with GRAPHQL_IDE=on to serve it; GraphQL itself is POST /graphql.\n',
      );
      return true;
    }
    if (!files) {
      sendNotBuilt(response, 'IDE');
      return true;
    }
    const file = files.get(asset ? url.pathname.slice('/ide/'.length) : 'index.html');
    if (!file) return false;
    sendFile(response, file, request);
    return true;
  };
}

import { IncomingMessage, ServerResponse } from 'node:http';
import { HttpHook } from '../../subgraphs/platform/http-service';
import { pageFiles, sendFile, sendNotBuilt } from '../web/static-files';

/**
 * The board page at /board/: a static front end (gateway/board/browser/) that asks the public
 * GraphQL API at /graphql like any partner's page would; the gateway only serves its files.
 */
export function boardHook(): HttpHook {
  const files = pageFiles('board');
  return (request: IncomingMessage, response: ServerResponse, url: URL) => {
    if (url.pathname !== '/board' && !url.pathname.startsWith('/board/')) return false;
    if (request.method !== 'GET' && request.method !== 'HEAD') return false;
    if (url.pathname === '/board') {
      response.writeHead(308, { location: '/board/' });
      response.end();
      return true;
    }
    if (!files) {
      sendNotBuilt(response, 'board');
      return true;
    }
    const file = files.get(url.pathname === '/board/' ? 'index.html' : url.pathname.slice('/board/'.length));
    if (!file) return false;
    sendFile(response, file, request);
    return true;
  };
}

import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLFormattedError } from 'graphql';
import { requestId } from './request-id';
import { logServerEvent } from './server-log';

/**
 * The codes of failures a caller causes or may be told about; their messages are written by us
 * (or by graphql-js, about the caller's own document) and name what was wrong.
 */
export const CLIENT_ERROR_CODES = new Set([
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'PERSISTED_QUERY_NOT_FOUND',
  'QUERY_TOO_COMPLEX',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'DISCLOSURE_RESTRICTED',
  'SUBGRAPH_UNAVAILABLE',
  'SUBGRAPH_TIMEOUT',
  // A service's database or the identity provider down: the caller is told which, never the cause.
  'DATABASE_UNAVAILABLE',
  'IDENTITY_PROVIDER_UNAVAILABLE',
]);

/** Extensions a client may see; everything else (serviceName, response, exception…) is internal. */
const CLIENT_EXTENSIONS = ['code', 'argument', 'service', 'limit', 'allowed', 'actual', 'requestId'];

/**
 * Apollo's `formatError` for every service: a client error keeps its message, code and the
 * extensions above; anything else becomes a generic message with the request id, and its detail
 * (message, stack, subgraph, URL) is logged server-side as one JSON line under that id.
 */
export function errorMasker(service: string) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    const where = { ...(formatted.path ? { path: formatted.path } : {}) };
    if (typeof code === 'string' && CLIENT_ERROR_CODES.has(code)) {
      const extensions = Object.fromEntries(
        CLIENT_EXTENSIONS.filter((k) => formatted.extensions?.[k] !== undefined).map((k) => [
          k,
          formatted.extensions![k],
        ]),
      );
      return {
        message: formatted.message,
        ...(formatted.locations ? { locations: formatted.locations } : {}),
        ...where,
        extensions,
      };
    }
    const original = unwrapResolverError(error);
    logServerEvent(service, 'internal_error', {
      code: code ?? null,
      message: formatted.message,
      path: formatted.path ?? null,
      extensions: formatted.extensions ?? null,
      stack: original instanceof Error ? original.stack : null,
    });
    return {
      message: `The hub could not answer this (an internal error, logged as request ${requestId()}).`,
      ...where,
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: requestId() },
    };
  };
}

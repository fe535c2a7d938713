import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLFormattedError } from 'graphql';
import { QueryFailedError, TypeORMError } from 'typeorm';
import { requestId } from './request-id';
import { logServerEvent } from './server-log';

/**
 * A database that fails — unreachable, closed, a table missing — is an error with a code of its
 * own, DATABASE_UNAVAILABLE, naming the subgraph: never NO_DATA, never an "unknown code", never
 * the driver's text (which names tables and files). The detail is logged where the operator
 * reads it.
 */
export const DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE';

/** Driver and network error codes that mean the database could not answer. */
const DATABASE_CODES = /^(SQLITE_|ER_|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|ENOTFOUND|EHOSTUNREACH|PROTOCOL_)/;

export function isDatabaseError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error instanceof QueryFailedError || error instanceof TypeORMError) return true;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && DATABASE_CODES.test(code)) return true;
  // better-sqlite3 on a closed connection throws a TypeError with no code.
  return error.name === 'SqliteError' || /database connection is not open/i.test(error.message);
}

/** Apollo Server's formatError for a subgraph: database failures become DATABASE_UNAVAILABLE. */
export function formatDatabaseErrors(subgraph: string) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (!isDatabaseError(original)) return formatted;
    // The detail where operators read it, one JSON line under the request's id; the caller gets the id.
    logServerEvent(subgraph, 'database_unavailable', {
      path: formatted.path ?? null,
      message: (original as Error).message,
      stack: (original as Error).stack ?? null,
    });
    return {
      message: `The ${subgraph} service could not read its database, so this could not be answered; try again shortly (request ${requestId()}).`,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: DATABASE_UNAVAILABLE, service: subgraph, requestId: requestId() },
    };
  };
}

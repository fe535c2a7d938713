import { ServerResponse } from 'node:http';
import { REQUEST_ID_HEADER, requestId } from '../../subgraphs/platform/request-id';

/**
 * A request to /reports the hub refuses: answered with `status` and the hub's error shape,
 * `{"errors": [{"message", "extensions": {"code", "parameter", "accepted"}}]}`, as GraphQL errors are.
 */
export class ReportError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** A bad query-string parameter: names it, what was given and what is accepted. */
export function badParameter(parameter: string, given: unknown, accepted: string, list?: string[]): ReportError {
  return new ReportError(
    400,
    'BAD_USER_INPUT',
    `Parameter "${parameter}" has an invalid value ${JSON.stringify(given)}: expected ${accepted}.`,
    { parameter, ...(list ? { accepted: list } : {}) },
  );
}

export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    [REQUEST_ID_HEADER]: requestId(),
    ...headers,
  });
  response.end(JSON.stringify(body));
}

export function sendReportError(response: ServerResponse, error: ReportError): void {
  sendJson(response, error.status, {
    errors: [{ message: error.message, extensions: { code: error.code, ...error.extensions } }],
  });
}

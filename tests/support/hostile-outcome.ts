import { signSubgraphRequest, subgraphSecret, SIGNATURE_HEADER } from '../../subgraphs/platform/subgraph-signature';
import { HostileRequest } from './hostile-requests';

/** What an answer must never carry: addresses, service names, database and stack text. */
export const LEAKS =
  /127\.0\.0\.1|localhost:\d|http:\/\/|serviceName|sqlite|QueryFailedError|TypeORM|node_modules|\/work\/|\.ts:\d+|\.js:\d+|\n\s+at |stacktrace|ECONN/i;
/** MySQL's error codes (ER_DUP_ENTRY…), case-sensitive so that BAD_USER_INPUT is not one. */
export const MYSQL_CODES = /\bER_[A-Z_]{3,}/;

export interface Outcome {
  label: string;
  status: number;
  ms: number;
  text: string;
}

/** Sends one hostile request as it is written (`sign`: signed as the gateway signs, for a subgraph). */
export async function sendHostile(url: string, request: HostileRequest, sign: boolean): Promise<Outcome> {
  const body =
    request.body ??
    (request.method === 'GET' || request.method === 'DELETE'
      ? undefined
      : JSON.stringify({ query: request.query, variables: request.variables, operationName: request.operationName }));
  const headers: Record<string, string> = { ...request.headers };
  if (request.contentType !== null) headers['content-type'] = request.contentType ?? 'application/json';
  if (sign) {
    const signed = body === undefined ? '' : typeof body === 'string' ? body : body.toString('utf8');
    headers[SIGNATURE_HEADER] = signSubgraphRequest(signed, subgraphSecret()!);
  }
  const started = performance.now();
  const response = await fetch(`${url}${request.search ?? ''}`, {
    method: request.method ?? 'POST',
    headers,
    body: body as string | undefined,
  });
  const text = await response.text();
  return { label: request.label, status: response.status, ms: performance.now() - started, text };
}

/** What is wrong with an answer (nothing, for a good one); `service.log()` is its stderr, where internal errors go. */
export function problemsOf(outcome: Outcome, service: { name: string; log(): string }): string[] {
  const where = `${service.name}: ${outcome.label} → ${outcome.status} ${outcome.text.slice(0, 300)}`;
  const problems: string[] = [];
  if (outcome.status >= 500) problems.push(`5xx: ${where}`);
  const leak = LEAKS.exec(outcome.text) ?? MYSQL_CODES.exec(outcome.text);
  if (leak) problems.push(`internal detail "${leak[0]}": ${where}`);
  let body: { errors?: { extensions?: { code?: unknown; requestId?: string } }[] };
  try {
    body = JSON.parse(outcome.text) as typeof body;
  } catch {
    return [...problems, `not JSON: ${where}`];
  }
  if (outcome.status >= 400 && !Array.isArray(body.errors)) problems.push(`an error status without errors: ${where}`);
  for (const error of body.errors ?? []) {
    if (typeof error.extensions?.code !== 'string') problems.push(`an error without a code: ${where}`);
    if (
      error.extensions?.code === 'INTERNAL_SERVER_ERROR' &&
      !service.log().includes(`"requestId":"${error.extensions.requestId}"`)
    )
      problems.push(`an internal error whose request id is not in the log: ${where}`);
  }
  return problems;
}

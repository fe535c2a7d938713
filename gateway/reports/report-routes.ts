import { IncomingMessage, ServerResponse } from 'node:http';
import { ExecuteGraphQL } from '../../subgraphs/platform/http-service';
import { REQUEST_ID_HEADER, requestId } from '../../subgraphs/platform/request-id';
import { badParameter, ReportError, sendJson, sendReportError } from './report-error';
import { effectiveValue, ReferenceKind, referenceKind, reportVariables } from './report-parameters';
import { SavedReport } from './saved-report';
import { collectRows, fillColumns, pageOfTable, tableColumns, toCsv } from './tidy-table';

const FORMATS = ['csv', 'json', 'graphql'];

/** HTTP status for a GraphQL answer's errors: the caller's fault, the hub's, or a part of it being down. */
const STATUS_BY_CODE: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  DISCLOSURE_RESTRICTED: 403,
  BAD_USER_INPUT: 400,
  QUERY_TOO_COMPLEX: 400,
  SUBGRAPH_UNAVAILABLE: 503,
  SUBGRAPH_TIMEOUT: 503,
  DATABASE_UNAVAILABLE: 503,
  IDENTITY_PROVIDER_UNAVAILABLE: 503,
};

interface GraphQLAnswer {
  data?: unknown;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Runs one GraphQL operation for the caller; any error (partial data included) is passed on as the answer. */
async function run(
  execute: ExecuteGraphQL,
  request: IncomingMessage,
  operation: Parameters<ExecuteGraphQL>[1],
): Promise<{ ok: true; data: unknown } | { ok: false; status: number; answer: GraphQLAnswer }> {
  const result = await execute(request, operation);
  const answer = JSON.parse(result.body) as GraphQLAnswer;
  if (!answer.errors?.length) return { ok: true, data: answer.data };
  const codes = answer.errors.map((e) => e.extensions?.code ?? '');
  const status = result.status >= 400 ? result.status : (codes.map((c) => STATUS_BY_CODE[c]).find(Boolean) ?? 502);
  // A table with a service's rows missing would look complete: no partial tables.
  return { ok: false, status, answer: { errors: answer.errors } };
}

/** The report's parameter an argument error is about, where the query passes the parameter as that argument. */
function naming(answer: GraphQLAnswer, report: SavedReport): GraphQLAnswer {
  const names = new Set(report.parameters.map((p) => p.name));
  return {
    errors: answer.errors?.map((error) => {
      const argument = (error.extensions as { argument?: string } | undefined)?.argument;
      return argument && names.has(argument)
        ? { ...error, extensions: { ...error.extensions, parameter: argument } }
        : error;
    }),
  };
}

const REFERENCE_LISTS: Record<ReferenceKind, { query: string; list: (data: unknown) => string[]; what: string }> = {
  region: {
    query: '{ regions { code } }',
    list: (data) => (data as { regions: { code: string }[] }).regions.map((r) => r.code),
    what: 'a region code the hub holds, e.g. "T4C" (this error\'s `accepted` lists them, as does the query `{ regions { code name } }`)',
  },
  authority: {
    query: '{ localAuthorities { code } }',
    list: (data) => (data as { localAuthorities: { code: string }[] }).localAuthorities.map((a) => a.code),
    what: 'the GSS code of a council the hub holds, e.g. "E06000003" (this error\'s `accepted` lists them, as does the query `{ localAuthorities { code name } }`)',
  },
};

/** What GET /reports says of a report: enough to call it without reading its file. */
export function describeReport(report: SavedReport) {
  const example = new URLSearchParams(
    report.parameters
      .filter((p) => p.default !== null)
      .map((p): [string, string] => [p.name, Array.isArray(p.default) ? p.default.join(',') : String(p.default)]),
  ).toString();
  return {
    name: report.name,
    title: report.title,
    description: report.description,
    parameters: [
      ...report.parameters.map((p) => ({
        name: p.name,
        type: p.type,
        required: p.required,
        default: p.default,
        description: p.description,
      })),
      {
        name: 'first',
        type: 'Int',
        required: false,
        default: null,
        description: 'At most this many rows (1 to 10,000); every row when not given.',
      },
      {
        name: 'after',
        type: 'String',
        required: false,
        default: null,
        description: "The previous page's endCursor (or follow the CSV's Link header).",
      },
    ],
    columns: report.columns,
    csv: `/reports/${report.name}.csv${example ? `?${example}` : ''}`,
    json: `/reports/${report.name}.json${example ? `?${example}` : ''}`,
    graphql: `/reports/${report.name}.graphql`,
  };
}

/**
 * GET /reports (the saved reports and their parameters), /reports/<name>.csv and .json (its
 * tidy table, run through the gateway's own GraphQL execution with the caller's token, so the
 * same identity and disclosure rules apply), /reports/<name>.graphql (the saved query).
 */
export function reportRoutes(reports: Map<string, SavedReport>) {
  const names = [...reports.keys()];
  return async (
    request: IncomingMessage,
    response: ServerResponse,
    url: URL,
    execute: ExecuteGraphQL,
  ): Promise<boolean> => {
    if (url.pathname !== '/reports' && !url.pathname.startsWith('/reports/')) return false;
    try {
      if (request.method !== 'GET' && request.method !== 'HEAD')
        throw new ReportError(405, 'BAD_REQUEST', `Reports are read with GET, not ${request.method}.`);
      if (url.pathname === '/reports' || url.pathname === '/reports/') {
        sendJson(response, 200, { reports: [...reports.values()].map(describeReport) });
        return true;
      }
      const match = /^\/reports\/([^/.]+)(?:\.([^/.]+))?$/.exec(url.pathname);
      const report = match ? reports.get(match[1]) : undefined;
      if (!match || !report)
        throw new ReportError(
          404,
          'NOT_FOUND',
          `No saved report "${match?.[1] ?? url.pathname}": the reports are ${names.map((n) => `"${n}"`).join(', ')} (GET /reports lists them).`,
          { accepted: names },
        );
      const format = match[2];
      if (format === undefined) {
        sendJson(response, 200, describeReport(report));
        return true;
      }
      if (!FORMATS.includes(format))
        throw new ReportError(
          404,
          'NOT_FOUND',
          `Report "${report.name}" comes as ${FORMATS.map((f) => `.${f}`).join(', ')}, not ".${format}".`,
          { accepted: FORMATS },
        );
      if (format === 'graphql') {
        response.writeHead(200, {
          'content-type': 'application/graphql; charset=utf-8',
          [REQUEST_ID_HEADER]: requestId(),
        });
        response.end(report.query);
        return true;
      }
      await answerTable(request, response, url, execute, report, format as 'csv' | 'json');
    } catch (error) {
      if (!(error instanceof ReportError)) throw error; // the service's own 500, logged under the request id
      sendReportError(response, error);
    }
    return true;
  };
}

async function answerTable(
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  execute: ExecuteGraphQL,
  report: SavedReport,
  format: 'csv' | 'json',
): Promise<void> {
  const variables = reportVariables(report, url.searchParams);
  for (const parameter of report.parameters) {
    const kind = referenceKind(parameter);
    const value = effectiveValue(parameter, variables);
    if (!kind || value === null) continue;
    const reference = REFERENCE_LISTS[kind];
    const listed = await run(execute, request, { query: reference.query });
    if (!listed.ok) return sendJson(response, listed.status, listed.answer);
    const known = reference.list(listed.data);
    for (const code of Array.isArray(value) ? value : [value])
      if (!known.includes(String(code))) throw badParameter(parameter.name, code, reference.what, known);
  }
  const result = await run(execute, request, {
    query: report.query,
    variables,
    operationName: report.operationName,
  });
  if (!result.ok) return sendJson(response, result.status, naming(result.answer, report));
  const collected = collectRows(result.data);
  const columns = tableColumns(report.columns, collected);
  const page = pageOfTable(fillColumns(collected, columns), report.name, variables, url.searchParams);
  const parameters = Object.fromEntries(report.parameters.map((p) => [p.name, effectiveValue(p, variables)]));
  const headers: Record<string, string> = { 'x-total-count': String(page.totalCount) };
  if (page.hasNextPage) {
    const next = new URLSearchParams(url.searchParams);
    next.set('after', page.endCursor!);
    if (!next.has('first')) next.set('first', String(page.rows.length));
    headers.link = `<${url.pathname}?${next.toString()}>; rel="next"`;
  }
  if (format === 'json') {
    return sendJson(
      response,
      200,
      {
        report: report.name,
        title: report.title,
        parameters,
        columns,
        totalCount: page.totalCount,
        pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
        rows: page.rows,
      },
      headers,
    );
  }
  response.writeHead(200, {
    'content-type': 'text/csv; charset=utf-8; header=present',
    'content-disposition': `inline; filename="${report.name}.csv"`,
    [REQUEST_ID_HEADER]: requestId(),
    ...headers,
  });
  response.end(toCsv(columns, page.rows));
}

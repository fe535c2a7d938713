import {
  DocumentNode,
  GraphQLError,
  GraphQLSchema,
  Kind,
  Lexer,
  OperationDefinitionNode,
  parse,
  Source,
  TokenKind,
  visit,
} from 'graphql';
import { QueryLimits } from './query-limits';
import { FragmentCycleError, QueryMeasurer } from './query-measure';

/** A request refused before Apollo sees it: the HTTP status and the one coded error to send. */
export interface Refusal {
  status: number;
  error: { message: string; extensions: { code: string } & Record<string, unknown> };
}

/** What the HTTP layer knows of a GraphQL request before anything parses it. */
export interface RawRequest {
  method: string;
  search: string;
  contentType: string;
  body: string;
}

const refuse = (status: number, code: string, message: string, extra: Record<string, unknown> = {}): Refusal => ({
  status,
  error: { message, extensions: { code, ...extra } },
});

const badRequest = (message: string) => refuse(400, 'BAD_REQUEST', message);

/** QUERY_TOO_COMPLEX, naming the limit, the allowed value and what the query asked. */
export function tooComplex(limit: string, actual: number, allowed: number, what: string): Refusal {
  return refuse(
    400,
    'QUERY_TOO_COMPLEX',
    `The query ${what}; the limit is ${allowed}. Split it into smaller queries (BI tools: page by authority or region).`,
    { limit, allowed, actual },
  );
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The request's GraphQL parameters from a POST body or a GET query string, or why they are unusable. */
function parameters(request: RawRequest): Refusal | Record<string, unknown> {
  if (request.method === 'GET') {
    const search = new URLSearchParams(request.search);
    const params: Record<string, unknown> = {};
    for (const key of ['query', 'operationName', 'variables', 'extensions']) {
      const value = search.get(key);
      if (value !== null) params[key] = value;
    }
    for (const key of ['variables', 'extensions']) {
      if (typeof params[key] !== 'string') continue;
      try {
        params[key] = JSON.parse(params[key] as string);
      } catch {
        return badRequest(`The "${key}" parameter is not valid JSON: send it as a JSON object.`);
      }
    }
    return params;
  }
  if (!request.contentType.toLowerCase().includes('json'))
    return badRequest('Send the request as JSON with "content-type: application/json" (or use GET for queries).');
  let body: unknown;
  try {
    body = JSON.parse(request.body);
  } catch {
    return badRequest('The request body is not valid JSON.');
  }
  if (Array.isArray(body))
    return badRequest(
      'Batched requests (a JSON array of operations) are not accepted: send one operation per request, ' +
        'so that each is held to the query limits.',
    );
  if (!isPlainObject(body))
    return badRequest('The request body must be a JSON object such as {"query": "{ … }", "variables": {…}}.');
  return body;
}

/**
 * The tokens of a document and how deeply its brackets nest, read by graphql-js's own lexer
 * (iterative, so no input can exhaust the stack), stopping at the first token over the limit.
 */
function scan(query: string, limits: QueryLimits): Refusal | null {
  const lexer = new Lexer(new Source(query));
  const maxNesting = limits.maxDepth * 4;
  let tokens = 0;
  let nesting = 0;
  for (let token = lexer.advance(); token.kind !== TokenKind.EOF; token = lexer.advance()) {
    tokens += 1;
    if (tokens > limits.maxTokens)
      return tooComplex('tokens', tokens, limits.maxTokens, `has more than ${limits.maxTokens} tokens`);
    if (token.kind === TokenKind.BRACE_L || token.kind === TokenKind.BRACKET_L || token.kind === TokenKind.PAREN_L) {
      nesting += 1;
      if (nesting > maxNesting)
        return tooComplex('depth', nesting, limits.maxDepth, `nests brackets more than ${maxNesting} deep`);
    } else if (
      token.kind === TokenKind.BRACE_R ||
      token.kind === TokenKind.BRACKET_R ||
      token.kind === TokenKind.PAREN_R
    ) {
      nesting -= 1;
    }
  }
  return null;
}

/** The operation a request runs, or why none can be chosen. */
function chooseOperation(document: DocumentNode, operationName: unknown): Refusal | OperationDefinitionNode {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const names = operations.map((o) => o.name?.value ?? '(anonymous)').join(', ');
  if (operations.length === 0) return refuse(400, 'GRAPHQL_VALIDATION_FAILED', 'The document has no operation.');
  if (operationName !== undefined && operationName !== null) {
    const named = operations.find((o) => o.name?.value === operationName);
    return (
      named ??
      refuse(
        400,
        'OPERATION_RESOLUTION_FAILURE',
        `"operationName" is ${JSON.stringify(operationName)}, but the document has no operation of that name: it has ${names}.`,
      )
    );
  }
  if (operations.length > 1)
    return refuse(
      400,
      'OPERATION_RESOLUTION_FAILURE',
      `The document has several operations (${names}): say which to run with "operationName".`,
    );
  return operations[0];
}

/**
 * Selections written in the whole document (what validation walks), without expanding
 * fragments, and the most times one response name is written in one selection set.
 */
function written(document: DocumentNode): { fields: number; repeats: { name: string; times: number } } {
  let fields = 0;
  let repeats = { name: '', times: 0 };
  visit(document, {
    Field: () => {
      fields += 1;
    },
    SelectionSet: (set) => {
      const times = new Map<string, number>();
      for (const selection of set.selections) {
        if (selection.kind !== Kind.FIELD) continue;
        const name = selection.alias?.value ?? selection.name.value;
        const n = (times.get(name) ?? 0) + 1;
        times.set(name, n);
        if (n > repeats.times) repeats = { name, times: n };
      }
    },
  });
  return { fields, repeats };
}

/**
 * Checks a GraphQL request before Apollo parses, validates or runs it: its form (JSON, one
 * operation, a query), then the limits, in the order of their cost to check (bytes were counted
 * while reading). Returns a refusal, or null to let Apollo take it.
 */
export function screenRequest(
  request: RawRequest,
  schema: GraphQLSchema | undefined,
  limits: QueryLimits,
): Refusal | null {
  if (request.method !== 'GET' && request.method !== 'POST')
    return refuse(405, 'BAD_REQUEST', `GraphQL is served over GET and POST, not ${request.method}.`);
  if (request.method === 'GET' && request.search.length > limits.maxBytes)
    return tooComplex('bytes', request.search.length, limits.maxBytes, `URL has ${request.search.length} bytes`);
  const params = parameters(request);
  if ('error' in params && 'status' in params) return params as Refusal;
  const { query, variables, operationName } = params as Record<string, unknown>;
  if (query === undefined && request.method === 'GET') return null; // the landing page, or Apollo's own answer
  if (query === undefined && isPlainObject((params as Record<string, unknown>).extensions)) return null; // APQ
  if (typeof query !== 'string' || query.trim() === '')
    return badRequest('"query" must be a non-empty string holding a GraphQL document.');
  if (variables !== undefined && variables !== null && !isPlainObject(variables))
    return badRequest('"variables" must be a JSON object of variable names and values.');
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string')
    return badRequest('"operationName" must be a string naming an operation of the document.');

  try {
    const scanned = scan(query, limits);
    if (scanned) return scanned;
  } catch (error) {
    return refuse(400, 'GRAPHQL_PARSE_FAILED', (error as GraphQLError).message);
  }
  let document: DocumentNode;
  try {
    document = parse(query, { maxTokens: limits.maxTokens, noLocation: true });
  } catch (error) {
    return refuse(400, 'GRAPHQL_PARSE_FAILED', (error as GraphQLError).message);
  }
  const operation = chooseOperation(document, operationName);
  if ('error' in operation) return operation;
  if (operation.operation !== 'query')
    return badRequest(
      `The hub is read-only: it answers query operations, not a ${operation.operation} ("${operation.name?.value ?? 'anonymous'}").`,
    );

  let measure;
  try {
    const measurer = new QueryMeasurer(
      document,
      schema,
      (variables as Record<string, unknown>) ?? {},
      limits.assumedListSize,
    );
    measure = measurer.selectionSet(operation.selectionSet, schema?.getQueryType() ?? undefined);
  } catch (error) {
    if (error instanceof FragmentCycleError) return refuse(400, 'GRAPHQL_VALIDATION_FAILED', error.message);
    if (error instanceof RangeError)
      return tooComplex('depth', Infinity, limits.maxDepth, 'is nested too deeply to measure');
    throw error;
  }
  const directives =
    measure.directives +
    (operation.directives?.length ?? 0) +
    (operation.variableDefinitions ?? []).reduce((n, v) => n + (v.directives?.length ?? 0), 0);
  const { fields: writtenFields, repeats } = written(document);
  const fields = Math.max(measure.fields, writtenFields);
  if (measure.depth > limits.maxDepth)
    return tooComplex('depth', measure.depth, limits.maxDepth, `is nested ${measure.depth} fields deep`);
  if (fields > limits.maxFields) return tooComplex('fields', fields, limits.maxFields, `selects ${fields} fields`);
  if (repeats.times > limits.maxRepeats)
    return tooComplex(
      'repeats',
      repeats.times,
      limits.maxRepeats,
      `selects "${repeats.name}" ${repeats.times} times in one selection set (once is enough)`,
    );
  if (measure.aliases > limits.maxAliases)
    return tooComplex('aliases', measure.aliases, limits.maxAliases, `uses ${measure.aliases} aliases`);
  if (directives > limits.maxDirectives)
    return tooComplex('directives', directives, limits.maxDirectives, `uses ${directives} directives`);
  if (measure.longestList > limits.maxListLength)
    return tooComplex(
      'listLength',
      measure.longestList,
      limits.maxListLength,
      `gives ${measure.longestList} values in one list argument`,
    );
  if (measure.cost > limits.maxCost)
    return tooComplex(
      'cost',
      measure.cost,
      limits.maxCost,
      `costs ${Number.isFinite(measure.cost) ? Math.round(measure.cost) : 'more than can be counted'} ` +
        `(each field weighed by the sizes of the lists it sits in; a list counts as ${limits.assumedListSize} ` +
        'unless its arguments give its size)',
    );
  return null;
}

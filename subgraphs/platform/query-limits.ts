/**
 * What one request may ask of a service, checked on the raw request before Apollo validates or
 * runs it (validation of a huge document is itself the attack: 20,000 selections froze the
 * gateway for minutes). Each is refused with QUERY_TOO_COMPLEX naming the limit and its value.
 */
export interface QueryLimits {
  /** Bytes of the request body (or of the URL, for GET). */
  maxBytes: number;
  /** Lexical tokens of the document; graphql-js stops parsing at the limit. */
  maxTokens: number;
  /** Deepest field nesting, counted through every fragment each time it is used. */
  maxDepth: number;
  /** Fields selected, counting every alias and every use of a fragment. */
  maxFields: number;
  /**
   * Times one field (one response name) is written in one selection set: graphql-js compares
   * every such pair to merge them, so 1,000 repeats of `code` cost a second of validation.
   */
  maxRepeats: number;
  /** Aliased fields, counting every use of a fragment. */
  maxAliases: number;
  /** Directives anywhere in the operation, counting every use of a fragment. */
  maxDirectives: number;
  /** Values in one list argument (codes, bands, dates, `_entities` representations). */
  maxListLength: number;
  /** Fields weighted by the sizes of the lists they sit in (see query-measure.ts). */
  maxCost: number;
  /** The size assumed for a list whose size no argument gives (Region.members, breakdown…). */
  assumedListSize: number;
}

/** The limit names as the environment and error messages spell them. */
export const LIMIT_VARIABLES: Record<Exclude<keyof QueryLimits, 'assumedListSize'>, string> = {
  maxBytes: 'MAX_QUERY_BYTES',
  maxTokens: 'MAX_QUERY_TOKENS',
  maxDepth: 'MAX_QUERY_DEPTH',
  maxFields: 'MAX_QUERY_FIELDS',
  maxRepeats: 'MAX_QUERY_REPEATS',
  maxAliases: 'MAX_QUERY_ALIASES',
  maxDirectives: 'MAX_QUERY_DIRECTIVES',
  maxListLength: 'MAX_QUERY_LIST_LENGTH',
  maxCost: 'MAX_QUERY_COST',
};

const GATEWAY_DEFAULTS: QueryLimits = {
  maxBytes: 100_000,
  maxTokens: 15_000,
  maxDepth: 10,
  maxFields: 2_000,
  maxRepeats: 50,
  maxAliases: 500,
  maxDirectives: 50,
  maxListLength: 500,
  maxCost: 20_000,
  assumedListSize: 10,
};

/** The gateway's limits: the defaults above, each overridden by its variable (e.g. MAX_QUERY_DEPTH). */
export function gatewayLimits(env: NodeJS.ProcessEnv = process.env): QueryLimits {
  const limits = { ...GATEWAY_DEFAULTS };
  for (const [key, variable] of Object.entries(LIMIT_VARIABLES) as [keyof typeof LIMIT_VARIABLES, string][]) {
    const value = Number(env[variable]);
    if (env[variable] !== undefined && Number.isFinite(value) && value > 0) limits[key] = value;
  }
  return limits;
}

/**
 * A subgraph's limits: looser than the gateway's, because the queries the gateway plans for it
 * are bigger than the client's (an `_entities` wrapper and the key and `@requires` fields add
 * depth and fields, and `_entities` carries every member of a region at once, so the list the
 * gateway assumes to hold 10 holds 150 for England), yet still bound what a request may cost.
 * `SUBGRAPH_LIMITS_FACTOR` (default 4; cost and body size get 25 times it) scales them.
 */
export function subgraphLimits(env: NodeJS.ProcessEnv = process.env): QueryLimits {
  const gateway = gatewayLimits(env);
  const factor = Number(env.SUBGRAPH_LIMITS_FACTOR) > 0 ? Number(env.SUBGRAPH_LIMITS_FACTOR) : 4;
  return {
    maxBytes: gateway.maxBytes * factor * 25,
    maxTokens: gateway.maxTokens * factor,
    maxDepth: gateway.maxDepth + 4,
    maxFields: gateway.maxFields * factor,
    maxRepeats: gateway.maxRepeats * factor,
    maxAliases: gateway.maxAliases * factor,
    maxDirectives: gateway.maxDirectives * factor,
    maxListLength: gateway.maxListLength * factor,
    maxCost: gateway.maxCost * factor * 25,
    assumedListSize: gateway.assumedListSize,
  };
}

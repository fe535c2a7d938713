import { ApolloServerPlugin } from '@apollo/server';
import { FragmentDefinitionNode, GraphQLError, Kind, SelectionSetNode } from 'graphql';

export interface QueryLimits {
  /** Deepest field nesting allowed (Region.members.regions.members… recurses). */
  maxDepth: number;
  /** Most fields one operation may select, counting every alias and fragment use. */
  maxFields: number;
}

export function queryLimits(env: NodeJS.ProcessEnv = process.env): QueryLimits {
  return { maxDepth: Number(env.MAX_QUERY_DEPTH ?? 10), maxFields: Number(env.MAX_QUERY_FIELDS ?? 2000) };
}

function measure(
  selectionSet: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  depth: number,
  seen: Set<string>,
): { depth: number; fields: number } {
  let deepest = depth;
  let fields = 0;
  for (const selection of selectionSet.selections) {
    let inner: SelectionSetNode | undefined;
    let nextDepth = depth;
    if (selection.kind === Kind.FIELD) {
      fields += 1;
      nextDepth = depth + 1;
      deepest = Math.max(deepest, nextDepth);
      inner = selection.selectionSet;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      inner = selection.selectionSet;
    } else {
      const name = selection.name.value;
      if (seen.has(name)) continue; // a fragment cycle is a validation error anyway
      inner = fragments.get(name)?.selectionSet;
      seen = new Set([...seen, name]);
    }
    if (inner) {
      const sub = measure(inner, fragments, nextDepth, seen);
      deepest = Math.max(deepest, sub.depth);
      fields += sub.fields;
    }
  }
  return { depth: deepest, fields };
}

/**
 * Predictable cost for everyone sharing the hub: an operation nested deeper or selecting more
 * fields than the limits is refused before any subgraph is asked, with a coded error that says
 * which limit and by how much.
 */
export function queryLimitsPlugin(limits: QueryLimits = queryLimits()): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation }) {
          if (!operation) return;
          const fragments = new Map(
            document.definitions
              .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
              .map((d) => [d.name.value, d]),
          );
          const { depth, fields } = measure(operation.selectionSet, fragments, 0, new Set());
          const over =
            depth > limits.maxDepth
              ? `is nested ${depth} fields deep; the limit is ${limits.maxDepth}`
              : fields > limits.maxFields
                ? `selects ${fields} fields; the limit is ${limits.maxFields}`
                : null;
          if (over) {
            throw new GraphQLError(
              `The query ${over}. Split it into smaller queries (BI tools: page by authority or region).`,
              {
                extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 }, depth, fields, limits },
              },
            );
          }
        },
      };
    },
  };
}

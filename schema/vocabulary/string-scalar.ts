import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/**
 * A string-shaped scalar whose *content* is validated by the resolver that receives it, through
 * `parseDateArgument` / `parsePeriodArgument`. Why not in the scalar: graphql-js reports a
 * scalar's parse failure without the argument's name, and the gateway never runs subgraph scalar
 * code; checking in the resolver gives one error shape ("Argument \"at\" …") on every path.
 */
export function stringScalar(name: string, description: string): GraphQLScalarType<string, string> {
  const reject = (found: string): never => {
    throw new GraphQLError(`${name} must be written as a string; found ${found}.`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  };
  return new GraphQLScalarType<string, string>({
    name,
    description,
    serialize: (value) => String(value),
    parseValue: (value) => (typeof value === 'string' ? value : reject(typeof value)),
    parseLiteral: (ast) => (ast.kind === Kind.STRING ? ast.value : reject(ast.kind)),
  });
}

import { GraphQLError } from 'graphql';

/**
 * A caller-caused failure. The message always names the argument and what is accepted, so a
 * BI tool's user can fix the query without reading our code.
 */
export function badInput(argument: string, given: unknown, accepted: string): GraphQLError {
  return new GraphQLError(
    `Argument "${argument}" has an invalid value ${JSON.stringify(given)}: expected ${accepted}.`,
    { extensions: { code: 'BAD_USER_INPUT', argument } },
  );
}

/** An identifier that is well formed but names nothing we hold. */
export function unknownCode(argument: string, given: string, accepted: string): GraphQLError {
  return new GraphQLError(`Argument "${argument}" names an unknown code "${given}": expected ${accepted}.`, {
    extensions: { code: 'BAD_USER_INPUT', argument },
  });
}

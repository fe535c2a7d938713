import { getNamedType, GraphQLError, Kind, print, ValidationRule, ValueNode } from 'graphql';

/** The hub's string-shaped scalars (schema/vocabulary) and an example of each. */
const EXAMPLES: Record<string, string> = { Date: '"2022-03-31"', Period: '"2021-22"' };

/**
 * A validation rule for the gateway: its schema, read from the supergraph, does not know that a
 * Date or a Period is written as a string (`at: 20220331` would pass it and fail in a subgraph),
 * so it checks that here, naming the argument and what is accepted. The content of the string is
 * still the subgraph's to check (it knows the calendar and the periods it holds).
 */
export const stringScalarArgumentsRule: ValidationRule = (context) => ({
  Argument(node) {
    const argument = context.getArgument();
    const scalar = argument && getNamedType(argument.type).name;
    if (!scalar || !(scalar in EXAMPLES)) return;
    const check = (value: ValueNode): void => {
      if (value.kind === Kind.LIST) return value.values.forEach(check);
      if (value.kind === Kind.STRING || value.kind === Kind.VARIABLE || value.kind === Kind.NULL) return;
      context.reportError(
        new GraphQLError(
          `Argument "${node.name.value}" has an invalid value ${print(value)}: expected a ${scalar} written as a string, e.g. ${EXAMPLES[scalar]}.`,
          { nodes: value, extensions: { argument: node.name.value } },
        ),
      );
    };
    check(node.value);
  },
});

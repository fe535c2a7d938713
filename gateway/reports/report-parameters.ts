import { GraphQLError } from 'graphql';
import { parseDateArgument } from '../../schema/vocabulary/date.scalar';
import { parsePeriodArgument } from '../../schema/vocabulary/period';
import { badParameter, ReportError } from './report-error';
import { ReportParameter, SavedReport } from './saved-report';

/** The query-string parameters every report takes besides its own: paging (see tidy-table.ts). */
export const PAGING_PARAMETERS = ['first', 'after'];

/** Parameters that name something the hub holds, checked against the hub's own list. */
export type ReferenceKind = 'region' | 'authority';

export function referenceKind(parameter: ReportParameter): ReferenceKind | undefined {
  if (parameter.baseType !== 'ID') return undefined;
  if (/^region(Code)?$/.test(parameter.name)) return 'region';
  if (/^authority(Code)?$/.test(parameter.name)) return 'authority';
  return undefined;
}

/** The vocabulary's own check of a value, its message turned to name the query-string parameter. */
function checked(parameter: string, value: string, check: (argument: string, value: string) => unknown): string {
  try {
    check(parameter, value);
    return value;
  } catch (error) {
    if (error instanceof GraphQLError)
      throw new ReportError(400, 'BAD_USER_INPUT', error.message.replace(/^Argument "/, 'Parameter "'), {
        parameter,
      });
    throw error;
  }
}

function scalarValue(parameter: ReportParameter, value: string): unknown {
  switch (parameter.baseType) {
    case 'Date':
      return checked(parameter.name, value, parseDateArgument);
    case 'Period':
      return checked(parameter.name, value, parsePeriodArgument);
    case 'Int':
      if (!/^-?\d+$/.test(value)) throw badParameter(parameter.name, value, 'a whole number');
      return Number(value);
    case 'Boolean':
      if (value !== 'true' && value !== 'false') throw badParameter(parameter.name, value, '"true" or "false"');
      return value === 'true';
    default:
      if (value === '') throw badParameter(parameter.name, value, parameter.description);
      return value;
  }
}

/**
 * The query's variables from the URL's query string: each parameter as its GraphQL type needs it
 * (a list as comma-separated values or the parameter repeated), its default when not given.
 * Unknown, repeated, missing or malformed parameters are refused, each error naming the
 * parameter and what it accepts.
 */
export function reportVariables(report: SavedReport, search: URLSearchParams): Record<string, unknown> {
  const known = [...report.parameters.map((p) => p.name), ...PAGING_PARAMETERS];
  for (const key of new Set(search.keys())) {
    if (!known.includes(key))
      throw new ReportError(
        400,
        'BAD_USER_INPUT',
        `Parameter "${key}" is not a parameter of report "${report.name}": expected ${known.map((k) => `"${k}"`).join(', ')}.`,
        { parameter: key, accepted: known },
      );
  }
  const variables: Record<string, unknown> = {};
  for (const parameter of report.parameters) {
    const given = search.getAll(parameter.name);
    if (given.length === 0) {
      if (parameter.required)
        throw new ReportError(
          400,
          'BAD_USER_INPUT',
          `Parameter "${parameter.name}" is required by report "${report.name}": ${parameter.description}.`,
          { parameter: parameter.name },
        );
      continue; // the query's own default applies
    }
    if (parameter.list) {
      variables[parameter.name] = given
        .flatMap((g) => g.split(','))
        .map((v) => v.trim())
        .map((v) => scalarValue(parameter, v));
    } else {
      if (given.length > 1)
        throw badParameter(parameter.name, given, `one value (the parameter is given ${given.length} times)`);
      variables[parameter.name] = scalarValue(parameter, given[0].trim());
    }
  }
  return variables;
}

/** The value a parameter will take: as given, else its default. */
export function effectiveValue(parameter: ReportParameter, variables: Record<string, unknown>): unknown {
  return parameter.name in variables ? variables[parameter.name] : parameter.default;
}

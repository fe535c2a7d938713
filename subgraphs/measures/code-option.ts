import { unknownCode } from '../../schema/vocabulary/errors';
import { CubeRow } from './breakdown';
import { CodeList } from './dimension-set';
import { MeasureDeclaration } from './measure';

/**
 * An option that narrows a measure to one code of a list (e.g. `service: "NO_WRONG_DOOR"`), as a
 * validated string argument: an unknown code is a coded error naming the argument and the codes. The
 * SQL groups by the attribute, so one statement serves every code; flat rows carry the code.
 */
export function codeOption<R extends CubeRow>(
  name: string,
  codes: CodeList,
  attribute: keyof R & string,
  what: string,
): Pick<MeasureDeclaration<R>, 'options' | 'filter' | 'rowDimensions'> & {
  validate(time: unknown, args: Record<string, unknown>): void;
} {
  const accepted = Object.keys(codes).join(', ');
  return {
    options: [
      {
        name,
        type: () => String,
        options: { nullable: true, description: `Only ${what} of this code: ${accepted} (default: all).` },
      },
    ],
    validate(_time, args) {
      if (args[name] != null && !(String(args[name]) in codes)) throw unknownCode(name, String(args[name]), accepted);
    },
    filter: (args) =>
      args[name] ? { attributes: [attribute], keep: (row: R) => String(row[attribute]) === args[name] } : undefined,
    rowDimensions: (args): Record<string, string> =>
      args[name] ? { [name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)]: String(args[name]) } : {},
  };
}

type CodeOption<R extends CubeRow> = ReturnType<typeof codeOption<R>>;

/** Several code options of one measure (e.g. `service` and `ageGroup`), each narrowing the rows in turn. */
export function codeOptions<R extends CubeRow>(...each: CodeOption<R>[]): CodeOption<R> {
  return {
    options: each.flatMap((o) => o.options ?? []),
    validate: (time, args) => each.forEach((o) => o.validate(time, args)),
    filter(args) {
      const filters = each.map((o) => o.filter?.(args)).filter((f) => f !== undefined);
      if (filters.length === 0) return undefined;
      return {
        attributes: filters.flatMap((f) => f.attributes),
        keep: (row: R) => filters.every((f) => f.keep(row)),
      };
    },
    rowDimensions: (args) => Object.assign({}, ...each.map((o) => o.rowDimensions?.(args) ?? {})),
  };
}

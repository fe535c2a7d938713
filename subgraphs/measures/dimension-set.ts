import { registerEnumType } from 'type-graphql';
import { Band, bandOf } from '../../schema/vocabulary/bands';
import { ageInYears } from '../../schema/vocabulary/dates';
import { CubeRow, Dimension } from './breakdown';
import { DimensionRequest, DimensionSet, OptionArgument } from './measure';

/** Codes and their labels, in display order, e.g. `{ POLICE: 'Police', SCHOOL: 'School' }`. */
export type CodeList = Record<string, string>;

/** YES/NO, for dimensions of a flag. */
export const YES_NO: CodeList = { YES: 'Yes', NO: 'No' };

/** A dimension read from one attribute of the cube rows, keyed by a code list. */
export interface CodedDimension<R extends CubeRow> {
  description: string;
  codes: CodeList;
  /** The row attribute it reads (the SQL groups by it). */
  attribute: string;
  /** The key of a row (default: the attribute's value; a boolean's is YES or NO). */
  keyOf?(row: R): string;
}

/** A dimension that depends on the request (bands, the date asked for): built per request. */
export interface ComputedDimension<R extends CubeRow> {
  description: string;
  build(request: DimensionRequest): Omit<Dimension<R>, 'column'>;
}

export interface DimensionSetSpec<R extends CubeRow> {
  /** The GraphQL enum's name, e.g. `ContactDimension`, and its description. */
  enumName: string;
  description: string;
  /** The flat-row type's name, e.g. `ContactFigureRow`. */
  rowTypeName: string;
  /** By enum value (its flat-row column is the value in lower case). */
  dimensions: Record<string, CodedDimension<R> | ComputedDimension<R>>;
  arguments?: OptionArgument[];
}

const isComputed = <R extends CubeRow>(d: CodedDimension<R> | ComputedDimension<R>): d is ComputedDimension<R> =>
  'build' in d;

/**
 * A dimension set from a declaration of its dimensions: the enum (registered here), the flat-row
 * columns and the dimension of each request. Coded dimensions list every code, zeros included.
 */
export function dimensionSet<R extends CubeRow>(spec: DimensionSetSpec<R>): DimensionSet<R> {
  const enumType = Object.fromEntries(Object.keys(spec.dimensions).map((k) => [k, k]));
  registerEnumType(enumType, {
    name: spec.enumName,
    description: spec.description,
    valuesConfig: Object.fromEntries(
      Object.entries(spec.dimensions).map(([k, d]) => [k, { description: d.description }]),
    ),
  });
  return {
    enumType,
    rowTypeName: spec.rowTypeName,
    columns: Object.fromEntries(Object.keys(spec.dimensions).map((k) => [k, k.toLowerCase()])),
    arguments: spec.arguments,
    dimension(by, request) {
      const declared = spec.dimensions[by];
      const column = by.toLowerCase();
      if (isComputed(declared)) return { column, ...declared.build(request) };
      const keyOf =
        declared.keyOf ??
        ((row: R) => {
          const value = (row as unknown as Record<string, unknown>)[declared.attribute];
          return typeof value === 'boolean' ? (value ? 'YES' : 'NO') : String(value ?? 'NOT_RECORDED');
        });
      return {
        column,
        attributes: [declared.attribute],
        keys: () => Object.entries(declared.codes).map(([key, label]) => ({ key, label })),
        keyOf,
      };
    },
  };
}

/** Cells of bands, labelled in words ("aged 0 to 5", "31 hours and more"). */
function bandKeys(bands: readonly Band[], words: (band: Band) => string) {
  return () => bands.map((b) => ({ key: b.label, label: words(b) }));
}

/**
 * Age in completed years in bands: at the snapshot date, or for flows at each row's event date
 * (`eventAttribute`, e.g. the start of support).
 */
export function ageBandDimension<R extends CubeRow>(
  bands: readonly Band[],
  at: string | null,
  eventAttribute: string,
  birthAttribute = 'dateOfBirth',
): Omit<Dimension<R>, 'column'> {
  const field = (row: R, name: string) => String((row as unknown as Record<string, unknown>)[name]);
  return {
    attributes: at ? [birthAttribute] : [birthAttribute, eventAttribute],
    keys: bandKeys(bands, (b) =>
      b.to === undefined ? `aged ${b.from} and over` : b.label === 'under 1' ? 'under 1' : `aged ${b.from} to ${b.to}`,
    ),
    keyOf: (row) => bandOf(bands, ageInYears(field(row, birthAttribute), at ?? field(row, eventAttribute))).label,
  };
}

/** A whole-number attribute (e.g. hours of care a week) in bands. */
export function numberBandDimension<R extends CubeRow>(
  bands: readonly Band[],
  attribute: string,
  unit: string,
): Omit<Dimension<R>, 'column'> {
  return {
    attributes: [attribute],
    keys: bandKeys(bands, (b) =>
      b.to === undefined
        ? `${b.from} ${unit} and more`
        : b.from === b.to
          ? `${b.from} ${unit}`
          : `${b.from} to ${b.to} ${unit}`,
    ),
    keyOf: (row) => bandOf(bands, Number((row as unknown as Record<string, unknown>)[attribute])).label,
  };
}

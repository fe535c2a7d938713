import { ClassType } from 'type-graphql';
import { DateScalar } from '../../schema/vocabulary/date.scalar';
import { PeriodScalar } from '../../schema/vocabulary/period.scalar';
import { RequestContext } from '../platform/request-context';
import { CubeRow } from './breakdown';
import { FigureRow, FigureRowData } from './figure-row.type';
import { BreakdownCell, Figure } from './figure.type';
import { addDataField, addFieldResolver, ArgumentSpec, objectType, resolverClass } from './graphql-fields';
import { DimensionSet, MeasureDeclaration, MeasureValue } from './measure';
import { measureBreakdown, measureRows, measureShares, measureTotal } from './measure-figures';

/** The object a measure field returns: its time (as GraphQL fields) and, hidden, the measure. */
export interface MeasureObject {
  at?: string;
  period?: string;
  start?: string;
  end?: string;
  value: MeasureValue;
}

const camel = (column: string) => column.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/**
 * The flat-row type of a dimension set: FigureRow's columns plus one nullable column per
 * dimension (camelCase of its snake_case name), filled when the rows are split by it.
 */
function rowType(set: DimensionSet<CubeRow>): { type: ClassType; resolver: ClassType } {
  const type = objectType(set.rowTypeName, `A flat row of a measure split by ${Object.keys(set.columns).join(', ')}: FigureRow's columns, and each dimension as its own column.`, FigureRow);
  const resolver = resolverClass(`${set.rowTypeName}Resolver`, () => type, (r) => {
    for (const [by, column] of Object.entries(set.columns)) {
      addFieldResolver<FigureRowData>(r, camel(column), () => String, { nullable: true, description: `The ${by} value of the row (column "${column}"); null when the rows are not split by ${by}.` }, [], (row) => row.dimensions[column] ?? null);
    }
  });
  return { type, resolver };
}

/** The arguments `breakdown`, `shares` and `rows` take: the dimension(s), and the set's own. */
function byArguments(set: DimensionSet<CubeRow>, list: boolean): ArgumentSpec[] {
  const by: ArgumentSpec = list
    ? { name: 'by', type: () => [set.enumType], options: { defaultValue: [], description: 'Dimensions to cross-tabulate (none: one total row per authority).' } }
    : { name: 'by', type: () => set.enumType, options: { description: 'The dimension to split by.' } };
  return [by, ...(set.arguments ?? [])];
}

/** Generated types and resolvers for the measures of one subgraph; row types are shared per dimension set. */
export class MeasureTypes {
  private readonly rows = new Map<DimensionSet<CubeRow>, { type: ClassType; resolver: ClassType }>();
  /** By type name: measures declared with one type name (same time kind, dimensions and figures) share it. */
  private readonly types = new Map<string, ClassType>();
  readonly resolvers: ClassType[] = [];

  typeOf(declaration: MeasureDeclaration<CubeRow>): ClassType {
    let type = this.types.get(declaration.typeName);
    if (!type) {
      type = this.build(declaration);
      this.types.set(declaration.typeName, type);
    }
    return type;
  }

  private rowTypeOf(set: DimensionSet<CubeRow>): ClassType {
    let row = this.rows.get(set);
    if (!row) {
      row = rowType(set);
      this.rows.set(set, row);
      this.resolvers.push(row.resolver);
    }
    return row.type;
  }

  private build(declaration: MeasureDeclaration<CubeRow>): ClassType {
    const type = objectType(declaration.typeName, declaration.typeDescription);
    if (declaration.time === 'SNAPSHOT') {
      addDataField(type, 'at', () => DateScalar, { description: 'The date counted at.' });
    } else {
      addDataField(type, 'period', () => PeriodScalar, { description: 'The period counted over, as asked.' });
      addDataField(type, 'start', () => DateScalar, { description: 'The first day of the period.' });
      addDataField(type, 'end', () => DateScalar, { description: 'The last day of the period.' });
    }
    const set = declaration.dimensions;
    const row = this.rowTypeOf(set);
    const dimension = (root: MeasureObject, args: Record<string, unknown>) => root.value.dimension(String(args.by), args);
    const resolver = resolverClass(`${declaration.typeName}Resolver`, () => type, (r) => {
      addFieldResolver<MeasureObject>(r, 'total', () => Figure, { description: `The ${declaration.statistic.kind === 'COUNT' ? 'count' : 'average'} for the whole scope.` }, [], (root, context) =>
        measureTotal(root.value, context),
      );
      for (const [name, figure] of Object.entries(declaration.figures ?? {})) {
        addFieldResolver<MeasureObject>(r, name, () => Figure, { description: figure.description }, [], (root, context: RequestContext) => figure.resolve(root.value, context));
      }
      addFieldResolver<MeasureObject>(r, 'breakdown', () => [BreakdownCell], { description: 'The figure split by one dimension; every value of the dimension is listed, zeros included, and count cells add up to the total.' }, byArguments(set, false), (root, context, args) =>
        measureBreakdown(root.value, context, dimension(root, args)),
      );
      addFieldResolver<MeasureObject>(r, 'shares', () => [BreakdownCell], { description: 'Each cell of a breakdown as a percentage of the total (suppressed where its count is).' }, byArguments(set, false), (root, context, args) =>
        measureShares(root.value, context, dimension(root, args)),
      );
      addFieldResolver<MeasureObject>(r, 'rows', () => [row], { description: 'Flat rows for BI tools: one per authority and combination of the dimensions that occurs, each dimension its own column.' }, byArguments(set, true), (root, context, args) =>
        measureRows(root.value, context, (args.by as string[]).map((by) => root.value.dimension(by, args))),
      );
    });
    this.resolvers.push(resolver);
    return type;
  }
}

/** The object a measure field returns for a scope, time and options. */
export function measureObject(value: MeasureValue): MeasureObject {
  const { time } = value;
  return time.kind === 'SNAPSHOT' ? { at: time.date!, value } : { period: time.period!.label, start: time.period!.start, end: time.period!.end, value };
}

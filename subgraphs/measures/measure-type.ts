import { ClassType } from 'type-graphql';
import { DateScalar, parseDateArgument } from '../../schema/vocabulary/date.scalar';
import { PeriodScalar } from '../../schema/vocabulary/period.scalar';
import { RequestContext } from '../platform/request-context';
import { assertAggregateQuestion } from './aggregate-questions';
import { CubeRow } from './breakdown';
import { FigureRow, FigureRowData } from './figure-row.type';
import { BreakdownCell, Figure } from './figure.type';
import { addDataField, addFieldResolver, ArgumentSpec, objectType, resolverClass } from './graphql-fields';
import { DimensionSet, MeasureDeclaration, MeasureValue } from './measure';
import { measureBreakdown, measureChange, measureRows, measureShares, measureTotal } from './measure-figures';
import { pageOfRows, ROW_PAGING_ARGUMENTS } from './row-paging';
import { withZeroRows, ZEROS_ARGUMENT } from './row-zeros';
import { Statistic } from './statistic';
import { snapshotAt, TimeKind, TimePoint } from './time';

/** The object a measure field returns: its time (as GraphQL fields) and, hidden, the measure. */
export interface MeasureObject {
  measure: string;
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
  const type = objectType(
    set.rowTypeName,
    `A flat row of a measure split by ${Object.keys(set.columns).join(', ')}: FigureRow's columns, and each dimension as its own column.`,
    FigureRow,
  );
  const resolver = resolverClass(
    `${set.rowTypeName}Resolver`,
    () => type,
    (r) => {
      for (const [by, column] of Object.entries(set.columns)) {
        addFieldResolver<FigureRowData>(
          r,
          camel(column),
          () => String,
          {
            nullable: true,
            description: `The ${by} value of the row (column "${column}"); null when the rows are not split by ${by}.`,
          },
          [],
          (row) => row.dimensions[column] ?? null,
        );
      }
    },
  );
  return { type, resolver };
}

/** The arguments `breakdown`, `shares` and `rows` take: the dimension(s), and the set's own. */
function byArguments(set: DimensionSet<CubeRow>, list: boolean): ArgumentSpec[] {
  const by: ArgumentSpec = list
    ? {
        name: 'by',
        type: () => [set.enumType],
        options: { defaultValue: [], description: 'Dimensions to cross-tabulate (none: one total row per authority).' },
      }
    : { name: 'by', type: () => set.enumType, options: { description: 'The dimension to split by.' } };
  return [by, ...(set.arguments ?? [])];
}

/** What `total` is, by statistic. */
const TOTAL_WORD: Record<Statistic['kind'], string> = {
  COUNT: 'count',
  AVERAGE: 'average',
  MONEY: 'sum, in pounds,',
  PERCENT: 'percentage',
  TOTAL: 'total',
};

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

  /** The flat-row type of a dimension set, built once (a group's rows use it too). */
  rowTypeOf(set: DimensionSet<CubeRow>): ClassType {
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
    addDataField(type, 'measure', () => String, {
      description: 'The measure, as in flat rows and published-figures.csv, e.g. "adoption_orders_count".',
    });
    addTimeFields(type, declaration.time);
    const set = declaration.dimensions;
    const row = set ? this.rowTypeOf(set) : FigureRow;
    const dimension = (root: MeasureObject, args: Record<string, unknown>, context: RequestContext) => {
      assertAggregateQuestion(context, root.value.scope.authorityCodes, args);
      return root.value.dimension(String(args.by), args);
    };
    const resolver = resolverClass(
      `${declaration.typeName}Resolver`,
      () => type,
      (r) => {
        addFieldResolver<MeasureObject>(
          r,
          'total',
          () => Figure,
          { description: `The ${TOTAL_WORD[declaration.statistic.kind]} for the whole scope.` },
          [],
          (root, context) => measureTotal(root.value, context),
        );
        if (declaration.changeSince) {
          if (declaration.time !== 'SNAPSHOT' || declaration.statistic.kind !== 'COUNT')
            throw new Error(`${declaration.field}: changeSince is for snapshot counts only`);
          addFieldResolver<MeasureObject>(
            r,
            'changeSince',
            () => Figure,
            {
              description:
                'The percentage change in the count from an earlier (or later) date to this one, e.g. "a 6.8% increase from Q3 to Q1": numerator the change, denominator the count at `since`.',
            },
            [
              {
                name: 'since',
                type: () => DateScalar,
                options: { description: 'The date compared with, YYYY-MM-DD.' },
              },
            ],
            (root, context, args) => {
              const since = snapshotAt(parseDateArgument('since', String(args.since)));
              assertAggregateQuestion(
                context,
                root.value.scope.authorityCodes,
                {},
                { point: since, argument: 'since' },
              );
              return measureChange(root.value, context, since);
            },
          );
        }
        for (const [name, figure] of Object.entries(declaration.figures ?? {})) {
          addFieldResolver<MeasureObject>(
            r,
            name,
            () => Figure,
            { description: figure.description },
            [],
            (root, context: RequestContext) => figure.resolve(root.value, context),
          );
        }
        for (const [name, list] of Object.entries(declaration.cellLists ?? {})) {
          addFieldResolver<MeasureObject>(
            r,
            name,
            () => [BreakdownCell],
            { description: list.description },
            [],
            (root, context: RequestContext) => list.resolve(root.value, context),
          );
        }
        if (!set) {
          addFieldResolver<MeasureObject>(
            r,
            'rows',
            () => [FigureRow],
            { description: 'Flat rows for BI tools: one per authority; `first` and `after` page them.' },
            ROW_PAGING_ARGUMENTS,
            async (root, context, args) => pageOfRows(await measureRows(root.value, context, []), args),
          );
          return;
        }
        addFieldResolver<MeasureObject>(
          r,
          'breakdown',
          () => [BreakdownCell],
          {
            description:
              'The figure split by one dimension; every value of the dimension is listed, zeros included, and count cells add up to the total.',
          },
          byArguments(set, false),
          (root, context, args) => measureBreakdown(root.value, context, dimension(root, args, context)),
        );
        // An average's or a percentage's cells are not parts of its total: shares only for counts and money.
        if (declaration.statistic.kind === 'COUNT' || declaration.statistic.kind === 'MONEY') {
          addFieldResolver<MeasureObject>(
            r,
            'shares',
            () => [BreakdownCell],
            { description: 'Each cell of a breakdown as a percentage of the total (suppressed where its count is).' },
            byArguments(set, false),
            (root, context, args) => measureShares(root.value, context, dimension(root, args, context)),
          );
        }
        addFieldResolver<MeasureObject>(
          r,
          'rows',
          () => [row],
          {
            description:
              'Flat rows for BI tools: one per authority and combination of the dimensions that occurs, each dimension its own column; `first` and `after` page them.',
          },
          [...byArguments(set, true), ZEROS_ARGUMENT, ...ROW_PAGING_ARGUMENTS],
          async (root, context, args) => {
            assertAggregateQuestion(context, root.value.scope.authorityCodes, args);
            const dimensions = (args.by as string[]).map((by) => root.value.dimension(by, args));
            const rows = await measureRows(root.value, context, dimensions);
            return pageOfRows(args.zeros ? withZeroRows(root.value, rows, dimensions) : rows, args);
          },
        );
      },
    );
    this.resolvers.push(resolver);
    return type;
  }
}

/** `at`, or `period` with its first and last day: the time fields of every generated type. */
export function addTimeFields(type: ClassType, time: TimeKind): void {
  if (time === 'SNAPSHOT') {
    addDataField(type, 'at', () => DateScalar, { description: 'The date counted at.' });
  } else {
    addDataField(type, 'period', () => PeriodScalar, { description: 'The period counted over, as asked.' });
    addDataField(type, 'start', () => DateScalar, { description: 'The first day of the period.' });
    addDataField(type, 'end', () => DateScalar, { description: 'The last day of the period.' });
  }
}

/** The time fields' values. */
export function timeFields(time: TimePoint): { at?: string; period?: string; start?: string; end?: string } {
  return time.kind === 'SNAPSHOT'
    ? { at: time.date! }
    : { period: time.period!.label, start: time.period!.start, end: time.period!.end };
}

/** The object a measure field returns for a scope, time and options. */
export function measureObject(value: MeasureValue): MeasureObject {
  return { measure: value.declaration.measure, ...timeFields(value.time), value };
}

import { ClassType } from 'type-graphql';
import type { ReturnTypeFunc } from 'type-graphql/build/typings/decorators/types';
import { assertAggregateQuestion } from './aggregate-questions';
import { RequestContext } from '../platform/request-context';
import { CubeRow } from './breakdown';
import { FigureScope } from './figure-scope';
import { FigureRow, FigureRowData } from './figure-row.type';
import { Figure } from './figure.type';
import { addFieldResolver, objectType, resolverClass } from './graphql-fields';
import { DimensionSet, MeasureDeclaration, MeasureValue, OptionArgument, RegionRecords } from './measure';
import { measureRows, measureTotal } from './measure-figures';
import { addTimeFields, measureObject, MeasureTypes, timeFields } from './measure-type';
import { pageOfRows, ROW_PAGING_ARGUMENTS } from './row-paging';
import { TimeKind, TimePoint } from './time';

/** One measure of a group: a field of the group's type, either the measure's own type or just its total. */
export interface GroupMember {
  declaration: MeasureDeclaration<CubeRow>;
  /** True: the field is the measure's total as a Figure (e.g. A10 in timeliness), not its type. */
  asFigure?: boolean;
  /**
   * Dimensions (of the member's set) its lines in the group's `rows` are split by, e.g. a finance
   * line and its owner; default none (one total row per authority).
   */
  rowsBy?: string[];
}

/**
 * Measures asked for together with one time and one set of options, as the boards report them
 * (a recruitment funnel, adoption activity, timeliness): one field on LocalAuthority and Region
 * whose type has a field per member, the group's own figures, and `rows` of every member.
 */
export interface MeasureGroupDeclaration {
  field: string;
  typeName: string;
  description: string;
  typeDescription: string;
  time: TimeKind;
  timeDescription?: string;
  options?: OptionArgument[];
  /** As a measure's `validate`: `argument` is the time argument, for the error to name. */
  validate?(time: TimePoint, args: Record<string, unknown>, argument: string): void;
  /** Group field name → member; members' `field` is not used. */
  members: Record<string, GroupMember>;
  /** Figures of the group computed from several members or records (e.g. a conversion rate). */
  figures?: Record<
    string,
    { description: string; resolve(group: GroupValue, context: RequestContext): Promise<Figure> }
  >;
  /**
   * Other fields of the group, of any type and with arguments of their own (e.g. finance lines,
   * or a breakdown of waiting children by status): computed from the group's members or records.
   */
  fields?: Record<
    string,
    {
      returns: ReturnTypeFunc;
      description: string;
      args?: OptionArgument[];
      resolve(group: GroupValue, context: RequestContext, args: Record<string, unknown>): unknown;
    }
  >;
  on?: ('LocalAuthority' | 'Region')[];
  /** Whose records the group on Region reads, for every member (see RegionRecords). */
  regionRecords?: RegionRecords;
}

/** A declared group for one scope, time and set of options. */
export class GroupValue {
  constructor(
    readonly declaration: MeasureGroupDeclaration,
    readonly scope: FigureScope,
    readonly time: TimePoint,
    readonly args: Record<string, unknown>,
  ) {}

  /**
   * A member for the group's scope, time and options; `args` adds a group field's own arguments
   * (e.g. `statuses`), which reach the member's cube and filter and are part of its batch key.
   */
  member(name: string, args: Record<string, unknown> = {}): MeasureValue {
    return new MeasureValue(this.declaration.members[name].declaration, this.scope, this.time, {
      ...this.args,
      ...args,
    });
  }
}

export interface GroupObject {
  value: GroupValue;
}

/** The group's GraphQL type and its resolver; the members' own types come from `types`. */
export function groupType(
  declaration: MeasureGroupDeclaration,
  types: MeasureTypes,
): { type: ClassType; resolver: ClassType } {
  const type = objectType(declaration.typeName, declaration.typeDescription);
  addTimeFields(type, declaration.time);
  const resolver = resolverClass(
    `${declaration.typeName}Resolver`,
    () => type,
    (r) => {
      for (const [name, member] of Object.entries(declaration.members)) {
        const description = member.declaration.description;
        if (member.asFigure) {
          addFieldResolver<GroupObject>(
            r,
            name,
            () => Figure,
            { description },
            [],
            (root, context) => measureTotal(root.value.member(name), context),
          );
        } else {
          const memberType = types.typeOf(member.declaration);
          addFieldResolver<GroupObject>(
            r,
            name,
            () => memberType,
            { description },
            [],
            (root) => measureObject(root.value.member(name)),
          );
        }
      }
      for (const [name, figure] of Object.entries(declaration.figures ?? {})) {
        addFieldResolver<GroupObject>(
          r,
          name,
          () => Figure,
          { description: figure.description },
          [],
          (root, context) => figure.resolve(root.value, context),
        );
      }
      for (const [name, field] of Object.entries(declaration.fields ?? {})) {
        addFieldResolver<GroupObject>(
          r,
          name,
          field.returns,
          { description: field.description },
          field.args ?? [],
          (root, context, args) => {
            assertAggregateQuestion(context, root.value.scope.authorityCodes, args);
            return field.resolve(root.value, context, args);
          },
        );
      }
      const row = sharedRowType(declaration, types);
      addFieldResolver<GroupObject>(
        r,
        'rows',
        () => [row],
        {
          description:
            "Flat rows for BI tools: one per authority and member measure (its total, or a line per combination of the dimensions it is split by), with the same columns as every other measure's rows; `first` and `after` page them.",
        },
        ROW_PAGING_ARGUMENTS,
        async (root, context, args): Promise<FigureRowData[]> => {
          const lists = await Promise.all(
            Object.entries(declaration.members).map(([name, member]) => {
              const value = root.value.member(name);
              return measureRows(
                value,
                context,
                (member.rowsBy ?? []).map((by) => value.dimension(by, {})),
              );
            }),
          );
          return pageOfRows(lists.flat(), args);
        },
      );
    },
  );
  return { type, resolver };
}

/**
 * The type of the group's rows: the members' flat-row type when they all split their rows by
 * one dimension set (so each dimension is its own column), else FigureRow.
 */
function sharedRowType(declaration: MeasureGroupDeclaration, types: MeasureTypes): ClassType {
  const members = Object.values(declaration.members);
  const sets = new Set<DimensionSet<CubeRow> | undefined>(
    members.map((m) => (m.rowsBy?.length ? m.declaration.dimensions : undefined)),
  );
  const [set] = [...sets];
  return sets.size === 1 && set ? types.rowTypeOf(set) : FigureRow;
}

/** The object a group field returns. */
export function groupObject(value: GroupValue): GroupObject & ReturnType<typeof timeFields> {
  return { ...timeFields(value.time), value };
}

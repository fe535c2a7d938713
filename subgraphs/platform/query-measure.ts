import {
  ArgumentNode,
  DocumentNode,
  FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  GraphQLCompositeType,
  GraphQLField,
  GraphQLSchema,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  SelectionSetNode,
} from 'graphql';

/** What an operation asks for, with every fragment counted each time it is used. */
export interface QueryMeasure {
  depth: number;
  fields: number;
  aliases: number;
  directives: number;
  /** The most values given in one list argument. */
  longestList: number;
  /**
   * Each field weighs 1, times the sizes of the lists it sits in: a list field's size is the
   * product of the lengths of its list arguments (series `at:`/`periods:`, `ageBands:`,
   * `_entities(representations:)`…), and never less than the assumed list size; each value
   * given in a list argument weighs 1 more.
   */
  cost: number;
}

/** A fragment that spreads itself, directly or through others (it would never end). */
export class FragmentCycleError extends Error {
  constructor(readonly fragment: string) {
    super(`Fragment "${fragment}" spreads itself (directly or through other fragments), so it never ends.`);
  }
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

const ZERO: QueryMeasure = { depth: 0, fields: 0, aliases: 0, directives: 0, longestList: 0, cost: 0 };

const add = (a: QueryMeasure, b: QueryMeasure): QueryMeasure => ({
  depth: Math.max(a.depth, b.depth),
  fields: a.fields + b.fields,
  aliases: a.aliases + b.aliases,
  directives: a.directives + b.directives,
  longestList: Math.max(a.longestList, b.longestList),
  cost: a.cost + b.cost,
});

/**
 * Measures one operation of a parsed (not yet validated) document in one walk. A fragment's
 * measure does not depend on where it is used (its type condition fixes its type), so each is
 * measured once and added at every use: a fragment bomb (each fragment using the next twice)
 * costs its size to measure, while its count doubles with every level, as its execution would.
 */
export class QueryMeasurer {
  private readonly fragments: Map<string, FragmentDefinitionNode>;
  private readonly measured = new Map<string, QueryMeasure>();
  private readonly visiting = new Set<string>();

  constructor(
    document: DocumentNode,
    private readonly schema: GraphQLSchema | undefined,
    private readonly variables: Record<string, unknown>,
    private readonly assumedListSize: number,
  ) {
    this.fragments = new Map(
      document.definitions
        .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
        .map((d) => [d.name.value, d]),
    );
  }

  /** The measure of a selection set read as of type `parent` (e.g. an operation's root type). */
  selectionSet(set: SelectionSetNode, parent: GraphQLCompositeType | undefined): QueryMeasure {
    let total = ZERO;
    for (const selection of set.selections) {
      const directives = selection.directives?.length ?? 0;
      if (selection.kind === Kind.FIELD) {
        const field = this.fieldOf(parent, selection.name.value);
        const inner = selection.selectionSet
          ? this.selectionSet(selection.selectionSet, this.compositeOf(field))
          : ZERO;
        total = add(total, {
          depth: inner.depth + 1,
          fields: inner.fields + 1,
          aliases: inner.aliases + (selection.alias ? 1 : 0),
          directives: inner.directives + directives,
          longestList: Math.max(inner.longestList, ...this.listLengths(selection.arguments)),
          cost: 1 + sum(this.listLengths(selection.arguments)) + this.listSize(field, selection.arguments) * inner.cost,
        });
      } else {
        const inner =
          selection.kind === Kind.INLINE_FRAGMENT
            ? this.selectionSet(
                selection.selectionSet,
                selection.typeCondition ? this.namedComposite(selection.typeCondition.name.value) : parent,
              )
            : this.fragment(selection.name.value);
        total = add(total, { ...inner, directives: inner.directives + directives });
      }
    }
    return total;
  }

  private fragment(name: string): QueryMeasure {
    const known = this.measured.get(name);
    if (known) return known;
    if (this.visiting.has(name)) throw new FragmentCycleError(name);
    const definition = this.fragments.get(name);
    if (!definition) return ZERO; // validation names the unknown fragment
    this.visiting.add(name);
    const inner = this.selectionSet(definition.selectionSet, this.namedComposite(definition.typeCondition.name.value));
    this.visiting.delete(name);
    const measure = { ...inner, directives: inner.directives + (definition.directives?.length ?? 0) };
    this.measured.set(name, measure);
    return measure;
  }

  private fieldOf(parent: GraphQLCompositeType | undefined, name: string): GraphQLField<unknown, unknown> | undefined {
    return parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[name] : undefined;
  }

  private compositeOf(field: GraphQLField<unknown, unknown> | undefined): GraphQLCompositeType | undefined {
    const type = field && getNamedType(field.type);
    return type && isCompositeType(type) ? type : undefined;
  }

  private namedComposite(name: string): GraphQLCompositeType | undefined {
    const type = this.schema?.getType(name);
    return type && isCompositeType(type) ? type : undefined;
  }

  /** The lengths of the list arguments given (each value is parsed and checked: work before any SQL). */
  private listLengths(args: readonly ArgumentNode[] = []): number[] {
    const lengths: number[] = [];
    for (const arg of args) {
      if (arg.value.kind === Kind.LIST) lengths.push(arg.value.values.length);
      else if (arg.value.kind === Kind.VARIABLE) {
        const value = this.variables[arg.value.name.value];
        if (Array.isArray(value)) lengths.push(value.length);
      }
    }
    return lengths;
  }

  /**
   * How many times a field's selections are resolved: 1 for a single value; for a list, the
   * product of its list arguments' lengths, at least the assumed size. Without a schema (not yet
   * loaded) every field with selections is taken for a list.
   */
  private listSize(field: GraphQLField<unknown, unknown> | undefined, args: readonly ArgumentNode[] = []): number {
    if (field && !isListType(getNullableType(field.type))) return 1;
    const product = this.listLengths(args).reduce((p, n) => p * Math.max(1, n), 1);
    return Math.max(this.assumedListSize, product);
  }
}

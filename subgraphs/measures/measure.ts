import { ArgOptions } from 'type-graphql';
import type { ReturnTypeFunc } from 'type-graphql/build/typings/decorators/types';
import { badInput } from '../../schema/vocabulary/errors';
import { loadAuthorityRows } from '../platform/authority-rows.loader';
import { RequestContext } from '../platform/request-context';
import { CubeRow, Dimension } from './breakdown';
import { CoverageSource, coveredAuthorities } from './coverage';
import { FigureScope } from './figure-scope';
import { BreakdownCell, Figure } from './figure.type';
import { Statistic } from './statistic';
import { TimeKind, TimePoint } from './time';

/** An argument a measure field (or its breakdowns) takes besides time, e.g. `type` or `ageBands`. */
export interface OptionArgument {
  name: string;
  type: ReturnTypeFunc;
  options: ArgOptions;
}

/**
 * The ways a measure can be split: a GraphQL enum of dimension names, each with its flat-row
 * column, and how to build a dimension for one request. Several measures may share one set
 * (children in care, starting and ceasing care), and then share one flat-row type.
 */
export interface DimensionSet<R extends CubeRow> {
  /** The registered enum object (type-graphql `registerEnumType`), e.g. CareDimension. */
  enumType: Record<string, string>;
  /** Its flat-row type's name, e.g. `CareFigureRow`. */
  rowTypeName: string;
  /** Flat-row column of each enum value, snake_case as in published-figures.csv, e.g. AGE_BAND → age_band. */
  columns: Record<string, string>;
  /** Arguments every `breakdown`, `shares` and `rows` of the set accepts (e.g. `ageBands`). */
  arguments?: OptionArgument[];
  /** The dimension for one request; throws a coded error when it does not apply. */
  dimension(by: string, request: DimensionRequest): Dimension<R>;
}

export interface DimensionRequest {
  time: TimePoint;
  /** The values of the set's `arguments` (and the measure's `options`). */
  args: Record<string, unknown>;
  measure: string;
}

/**
 * What a domain declares about a measure; the kit does everything else (its GraphQL type with
 * total, breakdown, shares and flat rows, series, attachment to LocalAuthority and Region,
 * batching, coverage, disclosure control).
 */
export interface MeasureDeclaration<R extends CubeRow = CubeRow> {
  /** The field on LocalAuthority and Region, e.g. `childrenInCare` (and `childrenInCareSeries`). */
  field: string;
  /** Its GraphQL type, e.g. `ChildrenInCare`. */
  typeName: string;
  /** The measure's name in flat rows, snake_case as in published-figures.csv, e.g. `children_in_care_count`. */
  measure: string;
  /** The field's description. */
  description: string;
  /** The type's description. */
  typeDescription: string;
  time: TimeKind;
  /** The time argument's description (defaults say what dates or periods are accepted). */
  timeDescription?: string;
  statistic: Statistic;
  /**
   * The SQL: grouped rows for many authorities at once, grouped by exactly `grouping` (the
   * attributes the asked-for dimensions read). One statement per distinct grouping per request.
   */
  cube(
    context: RequestContext,
    authorityCodes: string[],
    time: TimePoint,
    grouping: string[],
    args: Record<string, unknown>,
  ): Promise<R[]>;
  /**
   * Attributes the cube always groups by, whatever is asked (e.g. the size of a sibling group, which
   * every figure of re-referred children reads): the total and every split share one statement.
   */
  groupedBy?: string[];
  /**
   * True: the cube returns one row per record with every attribute, whatever `grouping` (e.g.
   * adoption journeys, few, folded in code), so the kit asks it once per request, time and options,
   * and the total and every split fold those same rows (not a fresh filter of the records each).
   */
  perRecord?: boolean;
  /** The ways to split it; none for a figure that is only ever a total (e.g. a step of a funnel). */
  dimensions?: DimensionSet<R>;
  /** Dimensions of the set this measure cannot be split by (e.g. a reason ceased for children in care). */
  notSplitBy?: string[];
  /** Further arguments of the field, e.g. a household type; their values reach `filter` and the dimensions. */
  options?: OptionArgument[];
  /** Narrows the cube rows by the options (and the attributes it reads, so the SQL groups by them). */
  filter?(args: Record<string, unknown>): { attributes: string[]; keep(row: R): boolean } | undefined;
  /**
   * Checks the time and options together (e.g. a kind of period a measure does not take); throws a
   * coded error naming `argument`, the time argument (`period`, or `periods` for a series).
   */
  validate?(time: TimePoint, args: Record<string, unknown>, argument: string): void;
  /** England's average and the target beside the figure, where published (e.g. from the domain's reference rows). */
  comparators?(value: MeasureValue<R>, context: RequestContext): Promise<Comparators>;
  /** Figures beside the total (e.g. a rate per 10,000), computed from the measure. */
  figures?: Record<
    string,
    { description: string; resolve(value: MeasureValue<R>, context: RequestContext): Promise<Figure> }
  >;
  /** Lists of cells beside the breakdowns (e.g. children with each characteristic, which overlap). */
  cellLists?: Record<
    string,
    { description: string; resolve(value: MeasureValue<R>, context: RequestContext): Promise<BreakdownCell[]> }
  >;
  /**
   * True: a snapshot count that also offers `changeSince(since:)`, its percentage change from
   * another date (e.g. "a 6.8% increase in children with an EHC plan from Q3 to Q1").
   */
  changeSince?: boolean;
  /**
   * True: a flow count that also offers `change(against:, earlierPeriod:)`, the change from an
   * earlier period (the previous one, the same one a year before, or any earlier one), e.g.
   * "Cannock 144 ↑ 30" on the previous quarter.
   */
  changeOnPeriod?: boolean;
  /**
   * The cube attribute holding the district (GSS code) of each record, for a measure that is also a
   * field of District (`on` includes it): a district's figure is its council's cube split by it.
   */
  districtAttribute?: string;
  /**
   * Who, of those entitled to a council's small numbers, sees them for this measure (default both
   * board members and the council's analysts). Domestic abuse gives them to board members only:
   * its records never leave the subgraph, so an analyst's cross-tab must not single one out either.
   */
  smallNumbersFor?: ('BOARD_MEMBER' | 'ANALYST')[];
  /** The entities the measure is a field of (default LocalAuthority and Region). */
  on?: MeasureEntity[];
  /**
   * Where the records' coverage is kept, when not in the subgraph's `authority_coverage` table
   * (e.g. an agency's own records and accounts, in `adoption_agency`):
   * an authority it does not cover for the whole window makes the figure NO_DATA.
   */
  coverage?: CoverageSource;
  /**
   * The table whose rows the cube counts (e.g. `care_episode`), for the default coverage: an
   * authority whose coverage row outlived its records there is NO_DATA, not zeros. Declare it
   * for every measure read from `authority_coverage`.
   */
  recordsTable?: string;
  /** Whose records a figure on Region reads (see RegionRecords; default MEMBERS). */
  regionRecords?: RegionRecords;
  /**
   * Identifying columns its flat rows carry for the options, before any dimension's (e.g. the kind
   * of agency work asked for), so that rows of different options stay apart in a BI table.
   */
  rowDimensions?(args: Record<string, unknown>): Record<string, string>;
}

/**
 * Whose records a Region's figure reads: its members' (MEMBERS, added up), or the region's own,
 * kept under the region's code (REGION: e.g. a regional adoption agency's accounts). For REGION
 * the cube is asked for region codes and flat rows carry the region's code as `authorityCode`.
 */
export type RegionRecords = 'MEMBERS' | 'REGION';

/** The shared entities a measure can be a field of. */
export type MeasureEntity = 'LocalAuthority' | 'Region' | 'District';

export interface Comparators {
  englandAverage?: number | null;
  target?: number | null;
}

/**
 * A declared measure for one scope, time and set of options: what the generated GraphQL fields
 * read. Every figure of it comes from cube rows loaded once per request and grouping.
 */
export class MeasureValue<R extends CubeRow = CubeRow> {
  constructor(
    readonly declaration: MeasureDeclaration<R>,
    readonly scope: FigureScope,
    readonly time: TimePoint,
    readonly args: Record<string, unknown>,
  ) {}

  /**
   * The cube rows grouped by `attributes`, or null when an authority in scope holds no records
   * for the time (NO_DATA). Batched over every authority asked for at one level of the query.
   */
  async rows(context: RequestContext, attributes: string[] = []): Promise<R[] | null> {
    const recordsTable = this.declaration.recordsTable;
    const coverage = this.declaration.coverage ?? {
      covered: (context, codes, window) => coveredAuthorities(context, codes, window, recordsTable),
    };
    const covered = await coverage.covered(context, this.scope.authorityCodes, this.time.window, this.args);
    if (this.scope.authorityCodes.some((code) => !covered.has(code))) return null;
    const filter = this.declaration.filter?.(this.args);
    const district = this.scope.district;
    const always = [...(this.declaration.groupedBy ?? []), ...(district ? [this.districtAttribute()] : [])];
    const grouping = this.declaration.perRecord
      ? []
      : [...new Set([...attributes, ...(filter?.attributes ?? []), ...always])].sort();
    // The options are part of the batch's name: the cube may read them (e.g. a characteristic filter).
    const shape = `${this.declaration.measure}|${this.time.key}|${grouping.join(',')}|${JSON.stringify(this.args)}`;
    const rows = await loadAuthorityRows(context, shape, this.scope.authorityCodes, (codes) =>
      this.declaration.cube(context, codes, this.time, grouping, this.args),
    );
    // A district's rows are its council's, split by district (one statement for every district).
    const own = district
      ? rows.filter((r) => (r as unknown as Record<string, unknown>)[this.districtAttribute()] === district.code)
      : rows;
    return filter ? own.filter(filter.keep) : own;
  }

  /** The attribute holding each record's district (declared for measures on District). */
  districtAttribute(): string {
    const attribute = this.declaration.districtAttribute;
    if (!attribute) throw new Error(`${this.declaration.field}: a figure on District needs districtAttribute`);
    return attribute;
  }

  dimension(by: string, args: Record<string, unknown>): Dimension<R> {
    // A district's figure is one cell of its council's split by district: splitting it again would
    // show cells of a total that the council's split may hide (secondary suppression).
    if (this.scope.district)
      throw badInput(
        'by',
        by,
        `no dimension on a district: split the council's ${this.declaration.field} by DISTRICT (LocalAuthority.${this.declaration.field}.breakdown(by: DISTRICT)) or use its rows`,
      );
    const excluded = this.declaration.notSplitBy ?? [];
    if (excluded.includes(by)) {
      const allowed = Object.keys(this.declaration.dimensions?.columns ?? {}).filter((d) => !excluded.includes(d));
      throw badInput('by', by, `one of ${allowed.join(', ')} (${this.declaration.field} cannot be split by ${by})`);
    }
    if (!this.declaration.dimensions)
      throw badInput('by', by, `no dimension: ${this.declaration.field} is a total only`);
    return this.declaration.dimensions.dimension(by, {
      time: this.time,
      args: { ...this.args, ...args },
      measure: this.declaration.measure,
    });
  }
}

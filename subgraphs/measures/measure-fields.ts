import { ClassType, ObjectType } from 'type-graphql';
import { DateScalar } from '../../schema/vocabulary/date.scalar';
import { PeriodScalar } from '../../schema/vocabulary/period.scalar';
import { CubeRow } from './breakdown';
import {
  AuthorityStub,
  DistrictStubShape,
  EntityStubs,
  RegionStubShape,
  REQUIRES_AUTHORITY,
  REQUIRES_DISTRICT,
  REQUIRES_MEMBERS,
} from './entity-stubs';
import { authorityScope, districtScope, FigureScope, ownRegionScope, regionScope } from './figure-scope';
import { addFieldResolver, ArgumentSpec, resolverClass } from './graphql-fields';
import { MeasureDeclaration, MeasureEntity, MeasureValue, OptionArgument, RegionRecords } from './measure';
import { RequestContext } from '../platform/request-context';
import { assertAggregateQuestion } from './aggregate-questions';
import { MeasureCoverage, measureCoverage } from './measure-coverage';
import { GroupValue, groupObject, groupType, MeasureGroupDeclaration } from './measure-group';
import { measureObject, MeasureTypes } from './measure-type';
import { MAX_SERIES_POINTS, parseSeries, parseTime, TimeKind, TimePoint, timeArgument } from './time';

const TIME_DESCRIPTION = {
  SNAPSHOT: 'The date to count at, YYYY-MM-DD.',
  FLOW: 'A financial year "2021-22", quarter "2021-22-Q1", quarters "2021-22-Q1-Q2", month "2022-03", run of months "2020-01/2020-12" or window "2019-22".',
};

/** What the kit attaches to LocalAuthority and Region for a measure or a group: the same shape for both. */
interface Attached {
  field: string;
  /** The measure's (or group's) type name, e.g. ChildrenInCare. */
  typeName: string;
  description: string;
  time: TimeKind;
  timeDescription?: string;
  options?: OptionArgument[];
  on?: MeasureEntity[];
  regionRecords?: RegionRecords;
  /** Sums of money only: shown to anyone, as councils publish their finance, so never restricted. */
  money: boolean;
  validate?(time: TimePoint, args: Record<string, unknown>, argument: string): void;
  type(): ClassType;
  make(scope: FigureScope, time: TimePoint, args: Record<string, unknown>): object;
  /** The measure's coverage, or each member's for a group. */
  coverage(scope: FigureScope, context: RequestContext): Promise<MeasureCoverage[]>;
}

const isGroup = (d: MeasureDeclaration<CubeRow> | MeasureGroupDeclaration): d is MeasureGroupDeclaration =>
  'members' in d;

function attached(
  declaration: MeasureDeclaration<CubeRow> | MeasureGroupDeclaration,
  types: MeasureTypes,
  resolvers: ClassType[],
): Attached {
  if (isGroup(declaration)) {
    let built: ClassType | undefined;
    return {
      ...declaration,
      money: Object.values(declaration.members).every((m) => m.declaration.statistic.kind === 'MONEY'),
      type: () => {
        if (!built) {
          const group = groupType(declaration, types);
          resolvers.push(group.resolver);
          built = group.type;
        }
        return built;
      },
      make: (scope, time, args) => groupObject(new GroupValue(declaration, scope, time, args)),
      coverage: (scope, context) =>
        Promise.all(
          Object.entries(declaration.members).map(([name, member]) =>
            measureCoverage(member.declaration, `${declaration.field}.${name}`, scope, context),
          ),
        ),
    };
  }
  return {
    ...declaration,
    money: declaration.statistic.kind === 'MONEY',
    type: () => types.typeOf(declaration),
    make: (scope, time, args) => measureObject(new MeasureValue(declaration, scope, time, args)),
    coverage: async (scope, context) => [await measureCoverage(declaration, declaration.field, scope, context)],
  };
}

/** The arguments of a field: its time (one, or a list for a series), and the declaration's options. */
function fieldArguments(item: Attached, series: boolean): ArgumentSpec[] {
  const snapshot = item.time === 'SNAPSHOT';
  const scalar = snapshot ? DateScalar : PeriodScalar;
  const description = item.timeDescription ?? TIME_DESCRIPTION[item.time];
  const time: ArgumentSpec = series
    ? {
        name: snapshot ? 'at' : 'periods',
        type: () => [scalar],
        options: {
          description: `The ${snapshot ? 'dates' : 'periods'} of the series, up to ${MAX_SERIES_POINTS}, each as for the single field: ${description}`,
        },
      }
    : { name: timeArgument(item.time), type: () => scalar, options: { description } };
  return [time, ...(item.options ?? [])];
}

/**
 * Adds each measure or group to one entity as three fields: at one date or period
 * (`childrenInCare(at:)`), as a series over many (`childrenInCareSeries(at: [...])`, one
 * result per date or period, in the order asked), and the dates and periods it holds data for
 * (`childrenInCareCoverage`).
 */
function attach<T extends object>(
  name: string,
  entity: ClassType<T>,
  scopeOf: (root: T, item: Attached) => FigureScope,
  requires: string,
  items: Attached[],
): ClassType {
  return resolverClass(
    name,
    () => entity,
    (resolver) => {
      for (const item of items) {
        const type = item.type();
        const coverage = coverageType(item.typeName);
        const options = (args: Record<string, unknown>) =>
          Object.fromEntries((item.options ?? []).map((o) => [o.name, args[o.name] ?? null]));
        const make = (
          root: T,
          context: RequestContext,
          time: TimePoint,
          args: Record<string, unknown>,
          argument: string,
        ) => {
          item.validate?.(time, options(args), argument);
          const scope = scopeOf(root, item);
          if (!item.money)
            assertAggregateQuestion(context, scope.authorityCodes, options(args), { point: time, argument });
          return item.make(scope, time, options(args));
        };
        addFieldResolver<T>(
          resolver,
          item.field,
          () => type,
          // Nullable, as every domain field on a shared entity: a failing subgraph costs only its own fields.
          { description: item.description, nullable: true },
          fieldArguments(item, false),
          (root, context, args) => {
            const argument = timeArgument(item.time);
            return make(root, context, parseTime(item.time, argument, String(args[argument])), args, argument);
          },
          [requires],
        );
        addFieldResolver<T>(
          resolver,
          `${item.field}Series`,
          () => [type],
          {
            description: `${item.description} As a time series: one result per date or period asked for.`,
            nullable: true,
          },
          fieldArguments(item, true),
          (root, context, args) => {
            const argument = item.time === 'SNAPSHOT' ? 'at' : 'periods';
            return parseSeries(item.time, argument, args[argument] as string[]).map((time) =>
              make(root, context, time, args, argument),
            );
          },
          [requires],
        );
        addFieldResolver<T>(
          resolver,
          `${item.field}Coverage`,
          () => [coverage],
          {
            description: `Which dates and periods \`${item.field}\` holds data for, here and for each authority (one entry per measure of it).`,
            nullable: true,
          },
          [],
          (root, context) => item.coverage(scopeOf(root, item), context),
          [requires],
        );
      }
    },
  );
}

/**
 * The coverage type of one measure or group: MeasureCoverage's fields under a name of its own.
 * A field with `@requires` returning a type that other subgraphs return too is a second
 * "canonical" definition of it to gateways that stitch (Hive Gateway); one name per measure is not.
 */
const COVERAGE_TYPES = new Map<string, ClassType>();
function coverageType(typeName: string): ClassType {
  let type = COVERAGE_TYPES.get(typeName);
  if (!type) {
    type = class extends MeasureCoverage {};
    Object.defineProperty(type, 'name', { value: `${typeName}Coverage` });
    ObjectType(`${typeName}Coverage`, { description: `Which dates and periods ${typeName} holds data for.` })(type);
    COVERAGE_TYPES.set(typeName, type);
  }
  return type;
}

/**
 * Everything the kit adds to a domain subgraph's schema for its measures and groups: their
 * types, flat-row types, and the fields on LocalAuthority and Region (region figures over the
 * members received through federation).
 */
export function measureResolvers(
  stubs: EntityStubs,
  declarations: (MeasureDeclaration<CubeRow> | MeasureGroupDeclaration)[],
): ClassType[] {
  const built = BUILT.get(stubs);
  if (built) {
    if (built.declarations.length !== declarations.length || built.declarations.some((d, i) => d !== declarations[i]))
      throw new Error('measureResolvers: these LocalAuthority and Region stubs already carry other measures');
    return built.resolvers;
  }
  const resolvers = buildMeasureResolvers(stubs, declarations);
  BUILT.set(stubs, { declarations, resolvers });
  return resolvers;
}

/**
 * The classes built for each subgraph's stubs. A subgraph's schema may be built more than once in
 * a process (a test on SQLite then MySQL): the stub classes keep the type-graphql metadata of the
 * fields added to them, so a second set of generated classes would leave the schema resolving
 * through the first set's types, whose resolvers it no longer lists (every figure null).
 */
const BUILT = new WeakMap<
  EntityStubs,
  { declarations: (MeasureDeclaration<CubeRow> | MeasureGroupDeclaration)[]; resolvers: ClassType[] }
>();

function buildMeasureResolvers(
  stubs: EntityStubs,
  declarations: (MeasureDeclaration<CubeRow> | MeasureGroupDeclaration)[],
): ClassType[] {
  const types = new MeasureTypes();
  const groupResolvers: ClassType[] = [];
  const items = declarations.map((d) => attached(d, types, groupResolvers));
  // District only where declared (its records must carry a district); the others by default.
  const on = (entity: MeasureEntity) => items.filter((i) => (i.on ? i.on.includes(entity) : entity !== 'District'));
  const onAuthority = attach<AuthorityStub>(
    'LocalAuthorityMeasuresResolver',
    stubs.LocalAuthority,
    (a) => authorityScope(a),
    REQUIRES_AUTHORITY,
    on('LocalAuthority'),
  );
  const regionOf = (r: RegionStubShape, item: Attached) =>
    item.regionRecords === 'REGION' ? ownRegionScope(r.code) : regionScope(r.code, r.membership);
  const onRegion = attach<RegionStubShape>(
    'RegionMeasuresResolver',
    stubs.Region,
    regionOf,
    REQUIRES_MEMBERS,
    on('Region'),
  );
  const onDistrict = on('District');
  if (onDistrict.length && !stubs.District)
    throw new Error('measures on District need the District stub: entityStubs({ districts: true })');
  const district = stubs.District
    ? [
        attach<DistrictStubShape>(
          'DistrictMeasuresResolver',
          stubs.District,
          (d) => districtScope(d),
          REQUIRES_DISTRICT,
          onDistrict,
        ),
      ]
    : [];
  return [onAuthority, onRegion, ...district, ...groupResolvers, ...types.resolvers];
}

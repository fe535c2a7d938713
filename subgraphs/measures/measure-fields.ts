import { ClassType } from 'type-graphql';
import { DateScalar } from '../../schema/vocabulary/date.scalar';
import { PeriodScalar } from '../../schema/vocabulary/period.scalar';
import { CubeRow } from './breakdown';
import { AuthorityStub, EntityStubs, RegionStubShape, REQUIRES_AUTHORITY, REQUIRES_MEMBERS } from './entity-stubs';
import { authorityScope, FigureScope, regionScope } from './figure-scope';
import { addFieldResolver, ArgumentSpec, resolverClass } from './graphql-fields';
import { MeasureDeclaration, MeasureValue } from './measure';
import { measureObject, MeasureTypes } from './measure-type';
import { MAX_SERIES_POINTS, parseSeries, parseTime, timeArgument } from './time';

const TIME_DESCRIPTION = {
  SNAPSHOT: 'The date to count at, YYYY-MM-DD.',
  FLOW: 'A financial year "2021-22", quarter "2021-22-Q1", quarters "2021-22-Q1-Q2", month "2022-03", run of months "2020-01/2020-12" or window "2019-22".',
};

/** The arguments of a measure field: its time, and the declaration's options. */
function fieldArguments(declaration: MeasureDeclaration<CubeRow>, series: boolean): ArgumentSpec[] {
  const snapshot = declaration.time === 'SNAPSHOT';
  const scalar = snapshot ? DateScalar : PeriodScalar;
  const description = declaration.timeDescription ?? TIME_DESCRIPTION[declaration.time];
  const time: ArgumentSpec = series
    ? { name: snapshot ? 'at' : 'periods', type: () => [scalar], options: { description: `The ${snapshot ? 'dates' : 'periods'} of the series, up to ${MAX_SERIES_POINTS}, each as for the single field: ${description}` } }
    : { name: timeArgument(declaration.time), type: () => scalar, options: { description } };
  return [time, ...(declaration.options ?? [])];
}

/**
 * Adds every declared measure to one entity (LocalAuthority or Region) as two fields: the
 * measure at one date or period (`childrenInCare(at:)`), and its series over many
 * (`childrenInCareSeries(at: [...])`, one object per date, in the order asked).
 */
function attach<T extends object>(name: string, entity: ClassType<T>, scopeOf: (root: T) => FigureScope, requires: string, declarations: MeasureDeclaration<CubeRow>[], types: MeasureTypes): ClassType {
  return resolverClass(name, () => entity, (resolver) => {
    for (const declaration of declarations) {
      const type = types.typeOf(declaration);
      const options = (args: Record<string, unknown>) => Object.fromEntries((declaration.options ?? []).map((o) => [o.name, args[o.name]]));
      addFieldResolver<T>(resolver, declaration.field, () => type, { description: declaration.description }, fieldArguments(declaration, false), (root, _context, args) => {
        const argument = timeArgument(declaration.time);
        return measureObject(new MeasureValue(declaration, scopeOf(root), parseTime(declaration.time, argument, String(args[argument])), options(args)));
      }, [requires]);
      addFieldResolver<T>(resolver, `${declaration.field}Series`, () => [type], { description: `${declaration.description} As a time series: one result per date or period asked for.` }, fieldArguments(declaration, true), (root, _context, args) => {
        const argument = declaration.time === 'SNAPSHOT' ? 'at' : 'periods';
        const scope = scopeOf(root);
        return parseSeries(declaration.time, argument, args[argument] as string[]).map((time) => measureObject(new MeasureValue(declaration, scope, time, options(args))));
      }, [requires]);
    }
  });
}

/**
 * Everything the kit adds to a domain subgraph's schema for its measures: the measure types,
 * their flat-row types, and the fields on LocalAuthority and Region (region figures over the
 * members received through federation).
 */
export function measureResolvers(stubs: EntityStubs, declarations: MeasureDeclaration<CubeRow>[]): ClassType[] {
  const types = new MeasureTypes();
  const onAuthority = attach<AuthorityStub>('LocalAuthorityMeasuresResolver', stubs.LocalAuthority, (a) => authorityScope(a), REQUIRES_AUTHORITY, declarations, types);
  const onRegion = attach<RegionStubShape>('RegionMeasuresResolver', stubs.Region, (r) => regionScope(r.code, r.members), REQUIRES_MEMBERS, declarations, types);
  return [onAuthority, onRegion, ...types.resolvers];
}

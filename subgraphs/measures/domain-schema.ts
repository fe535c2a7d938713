import { GraphQLSchema } from 'graphql';
import { ClassType } from 'type-graphql';
import { buildFederatedSchema, ReferenceResolvers } from '../platform/build-subgraph-schema';
import { CubeRow } from './breakdown';
import { EntityStubs, stubReferenceResolvers } from './entity-stubs';
import { MeasureDeclaration } from './measure';
import { measureResolvers } from './measure-fields';
import { MeasureGroupDeclaration } from './measure-group';

/** What a domain subgraph's schema is made of: its stubs, its declared measures, and its own record-level parts. */
export interface DomainSchema {
  stubs: EntityStubs;
  measures: (MeasureDeclaration<CubeRow> | MeasureGroupDeclaration)[];
  /** Resolvers of the domain's own types (record-level reads, reference data). */
  resolvers?: ClassType[];
  /** Entity types no resolver returns (e.g. a Child stub). */
  orphanedTypes?: ClassType[];
  /** Reference resolvers beyond LocalAuthority and Region (e.g. Child). */
  references?: ReferenceResolvers;
}

/** A domain subgraph's Federation 2 schema: the kit's fields on LocalAuthority and Region beside the domain's own. */
export function buildDomainSchema(domain: DomainSchema): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [...(domain.resolvers ?? []), ...measureResolvers(domain.stubs, domain.measures)] as [
        ClassType,
        ...ClassType[],
      ],
      orphanedTypes: [
        domain.stubs.LocalAuthority,
        domain.stubs.Region,
        ...(domain.stubs.District ? [domain.stubs.District] : []),
        ...(domain.orphanedTypes ?? []),
      ],
    },
    { ...stubReferenceResolvers(domain.stubs), ...domain.references },
  );
}

import { ClassType, Directive, Field, ID, ObjectType } from 'type-graphql';
import { ChildPopulation } from './child-population.type';

/** A domain subgraph's view of `LocalAuthority` (owned by the authorities subgraph). */
export interface AuthorityStub {
  code: string;
  /** Absent unless federation sent it (@requires). */
  name?: string | null;
  childPopulation?: ChildPopulation[] | null;
}

/** A domain subgraph's view of `Region`: its key and its members, received through federation. */
export interface RegionStubShape {
  code: string;
  members: AuthorityStub[];
}

/** What a measure field on LocalAuthority `@requires`: the name (for flat rows) and populations (for rates). */
export const REQUIRES_AUTHORITY = '@requires(fields: "name childPopulation { year count }")';
/** What a measure field on Region `@requires`: the members, with the same. */
export const REQUIRES_MEMBERS = '@requires(fields: "members { code name childPopulation { year count } }")';

export interface EntityStubs {
  LocalAuthority: ClassType<AuthorityStub>;
  Region: ClassType<RegionStubShape>;
}

/**
 * The `LocalAuthority` and `Region` stubs one subgraph extends: new classes on every call, so
 * each subgraph's schema holds only the fields it adds itself (no type-graphql metadata is
 * shared between two subgraphs built in one process).
 */
export function entityStubs(): EntityStubs {
  @Directive('@key(fields: "code")')
  @ObjectType('LocalAuthority', {
    description: "A council with children's services (upper tier or unitary), identified by its ONS GSS code.",
  })
  class LocalAuthority implements AuthorityStub {
    @Field(() => ID, { description: 'ONS GSS code, e.g. "E10000028" (Staffordshire).' })
    code!: string;

    @Directive('@external')
    @Field(() => String, { description: 'Official name (owned by the authorities subgraph).' })
    name!: string;

    @Directive('@external')
    @Field(() => [ChildPopulation], {
      nullable: true,
      description: 'Under-18 population estimates by year (owned by the authorities subgraph).',
    })
    childPopulation?: ChildPopulation[] | null;
  }

  @Directive('@key(fields: "code")')
  @ObjectType('Region', {
    description:
      'A group of authorities a board reports on: a regional adoption agency (T4C, ATV), a government region (E12000005), or a custom group.',
  })
  class Region implements RegionStubShape {
    @Field(() => ID, {
      description: 'Region code: "T4C", "ATV", a GSS region code such as "E12000005", or a custom code.',
    })
    code!: string;

    @Directive('@external')
    @Field(() => [LocalAuthority], { description: 'The member authorities (owned by the authorities subgraph).' })
    members!: LocalAuthority[];
  }

  return { LocalAuthority, Region };
}

/**
 * `_entities` for LocalAuthority and Region: no I/O, the representation already carries the key
 * and the fields `@requires` asks for; figures load in their field resolvers, batched per request,
 * so N representations cost the statements of one.
 */
export function stubReferenceResolvers(stubs: EntityStubs) {
  return {
    LocalAuthority: {
      __resolveReference: (reference: AuthorityStub) => Object.assign(new stubs.LocalAuthority(), reference),
    },
    Region: { __resolveReference: (reference: RegionStubShape) => Object.assign(new stubs.Region(), reference) },
  };
}

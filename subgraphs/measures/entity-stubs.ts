import { ClassType, Directive, Field, ID, ObjectType } from 'type-graphql';
import { ChildPopulation } from './child-population.type';

/** A domain subgraph's view of `LocalAuthority` (owned by the authorities subgraph). */
export interface AuthorityStub {
  code: string;
  /** Absent unless federation sent it (@requires). */
  name?: string | null;
  childPopulation?: ChildPopulation[] | null;
}

/** A domain subgraph's view of `Region`: its key and its membership, received through federation. */
export interface RegionStubShape {
  code: string;
  membership: AuthorityStub[];
}

/** What a measure field on LocalAuthority `@requires`: the name (for flat rows) and populations (for rates). */
export const REQUIRES_AUTHORITY = '@requires(fields: "name childPopulation { year count }")';
/** What a measure field on Region `@requires`: the membership, with the same for each member. */
export const REQUIRES_MEMBERS = '@requires(fields: "membership { code name childPopulation { year count } }")';

/**
 * How a domain subgraph resolves `Region.members` itself, from the membership it receives: so a
 * board query asking for a region's figures and its members' figures is one fetch per subgraph
 * (the gateway need not come back with the members as `LocalAuthority` representations), and the
 * region's and members' figures share one request's batches. The member fields it provides are the
 * ones the measures on LocalAuthority `@requires`, and `shortName`, which every board report shows.
 */
const MEMBERS_REQUIRE = '@requires(fields: "membership { code name shortName childPopulation { year count } }")';
const MEMBERS_PROVIDE = '@provides(fields: "name shortName childPopulation { year count }")';

/** A domain subgraph's view of `District`: its key, and its name and council, received through federation. */
export interface DistrictStubShape {
  code: string;
  name?: string | null;
  authority: AuthorityStub;
}

/** What a measure field on District `@requires`: its name and its council (for scope, access and flat rows). */
export const REQUIRES_DISTRICT = '@requires(fields: "name authority { code name }")';

export interface EntityStubs {
  LocalAuthority: ClassType<AuthorityStub>;
  Region: ClassType<RegionStubShape>;
  /** Only for a subgraph whose records carry a district (see `entityStubs({ districts: true })`). */
  District?: ClassType<DistrictStubShape>;
}

/**
 * The `LocalAuthority` and `Region` stubs one subgraph extends: new classes on every call, so
 * each subgraph's schema holds only the fields it adds itself (no type-graphql metadata is
 * shared between two subgraphs built in one process).
 */
export function entityStubs(options: { districts?: boolean } = {}): EntityStubs {
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
    @Field(() => String, { description: 'Short name as councils write it (owned by the authorities subgraph).' })
    shortName!: string;

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
    @Field(() => [LocalAuthority], {
      description: 'The member authorities, as the authorities subgraph holds them (the input of `members`).',
    })
    membership!: LocalAuthority[];

    @Directive('@shareable')
    @Directive(MEMBERS_REQUIRE)
    @Directive(MEMBERS_PROVIDE)
    @Field(() => [LocalAuthority], {
      description:
        'The member authorities, ordered by GSS code (owned by the authorities subgraph; resolved here from the membership it sends).',
    })
    get members(): LocalAuthority[] {
      return this.membership.map((member) => Object.assign(new LocalAuthority(), member));
    }
  }

  if (!options.districts) return { LocalAuthority, Region };

  @Directive('@key(fields: "code")')
  @ObjectType('District', {
    description:
      "A lower-tier district within a county council's area (e.g. Staffordshire's eight), used for sub-authority figures.",
  })
  class District implements DistrictStubShape {
    @Field(() => ID, { description: 'ONS GSS code, e.g. "E07000197" (Stafford).' })
    code!: string;

    @Directive('@external')
    @Field(() => String, { description: 'Name (owned by the authorities subgraph).' })
    name!: string;

    @Directive('@external')
    @Field(() => LocalAuthority, {
      description: 'The council whose area it is in (owned by the authorities subgraph).',
    })
    authority!: LocalAuthority;
  }

  return { LocalAuthority, Region, District };
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
    // Only the key and the membership: a representation cannot set any other field (`members` is derived).
    Region: {
      __resolveReference: ({ code, membership }: RegionStubShape) =>
        Object.assign(new stubs.Region(), { code, membership }),
    },
    ...(stubs.District
      ? {
          District: {
            __resolveReference: (reference: DistrictStubShape) => Object.assign(new stubs.District!(), reference),
          },
        }
      : {}),
  };
}

/** A domain subgraph's view of `Child`: its key (the fostering subgraph holds the child's care). */
export interface ChildStubShape {
  id: string;
}

/**
 * The `Child` stub a subgraph extends with its part of the child's record (a new class per call,
 * as for the authority stubs).
 */
export function childStub(): ClassType<ChildStubShape> {
  @Directive('@key(fields: "id")')
  @ObjectType('Child', {
    description:
      "A child known to children's services, pseudonymised (id = council GSS code + the council's pseudonym; date of birth as the first of the month). Record-level: only the child's own council's analysts may read it, and every read is audit-logged. Each subgraph adds its part of the child's record.",
  })
  class Child implements ChildStubShape {
    @Field(() => ID, { description: 'Hub-wide pseudonymous id, e.g. "E06000002-CA00012".' })
    id!: string;
  }
  return Child;
}

/**
 * `_entities` for a `Child` stub: no I/O and no record here; each field the subgraph adds checks
 * access and audit-logs its own reads.
 */
export function childStubReference(stub: ClassType<ChildStubShape>) {
  return { __resolveReference: (reference: ChildStubShape) => Object.assign(new stub(), { id: reference.id }) };
}

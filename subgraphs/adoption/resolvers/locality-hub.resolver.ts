import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { LocalAuthorityStub, RegionStub } from '../adoption.stubs';
import { RequestContext } from '../../platform/request-context';
import { LocalityHubRow, localityHubs } from '../data/locality-hub.queries';
import { LocalityHub } from '../types/locality-hub.type';

export function toLocalityHub(row: LocalityHubRow): LocalityHub {
  return Object.assign(new LocalityHub(), {
    code: row.code,
    name: row.name,
    agency: Object.assign(new RegionStub(), { code: row.agencyCode }),
    authorities: row.authorityCodes.map((code) => Object.assign(new LocalAuthorityStub(), { code })),
  });
}

@Resolver(() => RegionStub)
export class LocalityHubResolver {
  @FieldResolver(() => [LocalityHub], {
    nullable: true,
    description:
      'The locality hubs of this regional adoption agency (empty for a region that is not one; null only if the adoption service failed).',
  })
  async localityHubs(@Root() region: RegionStub, @Ctx() context: RequestContext): Promise<LocalityHub[]> {
    return (await localityHubs(context)).filter((h) => h.agencyCode === region.code).map(toLocalityHub);
  }
}

@Resolver(() => LocalAuthorityStub)
export class LocalAuthorityHubResolver {
  @FieldResolver(() => LocalityHub, {
    nullable: true,
    description:
      'The adoption locality hub serving this council (null if it is in no regional adoption agency the hub holds).',
  })
  async localityHub(
    @Root() authority: LocalAuthorityStub,
    @Ctx() context: RequestContext,
  ): Promise<LocalityHub | null> {
    const hub = (await localityHubs(context)).find((h) => h.authorityCodes.includes(authority.code));
    return hub ? toLocalityHub(hub) : null;
  }
}

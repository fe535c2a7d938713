import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../../platform/request-context';
import { authorityByCode, memberCodesByRegion, present } from '../data/authorities.loaders';
import { LocalAuthority } from '../types/local-authority.type';
import { Region } from '../types/region.type';

@Resolver(() => Region)
export class RegionResolver {
  // Shareable: each domain subgraph resolves it too, from `membership`, so that a board query's
  // members' figures come in the same fetch as the region's.
  @Directive('@shareable')
  @FieldResolver(() => [LocalAuthority], {
    description:
      'The member authorities, ordered by GSS code. Region figures in every subgraph are computed over exactly these.',
  })
  members(@Root() region: Region, @Ctx() context: RequestContext): Promise<LocalAuthority[]> {
    return membersOf(region, context);
  }

  /**
   * The same list, for the other subgraphs to `@require` (a field cannot require itself); hidden
   * from clients, who read `members`.
   */
  @Directive('@inaccessible')
  @FieldResolver(() => [LocalAuthority], {
    description:
      'The member authorities, ordered by GSS code, as other subgraphs require them to compute region figures and resolve `members` (not in the public API).',
  })
  membership(@Root() region: Region, @Ctx() context: RequestContext): Promise<LocalAuthority[]> {
    return membersOf(region, context);
  }
}

async function membersOf(region: Region, context: RequestContext): Promise<LocalAuthority[]> {
  const codes = await memberCodesByRegion(context).load(region.code);
  return present(await authorityByCode(context).loadMany(codes));
}

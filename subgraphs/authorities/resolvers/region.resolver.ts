import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../../platform/request-context';
import { authorityByCode, memberCodesByRegion, present } from '../data/authorities.loaders';
import { LocalAuthority } from '../types/local-authority.type';
import { Region } from '../types/region.type';

@Resolver(() => Region)
export class RegionResolver {
  @FieldResolver(() => [LocalAuthority], {
    description:
      'The member authorities, ordered by GSS code. Region figures in every subgraph are computed over exactly these.',
  })
  async members(@Root() region: Region, @Ctx() context: RequestContext): Promise<LocalAuthority[]> {
    const codes = await memberCodesByRegion(context).load(region.code);
    return present(await authorityByCode(context).loadMany(codes));
  }
}

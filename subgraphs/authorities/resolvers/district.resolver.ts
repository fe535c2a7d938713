import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../../platform/request-context';
import { authorityByCode } from '../data/authorities.loaders';
import { District } from '../types/district.type';
import { LocalAuthority } from '../types/local-authority.type';

@Resolver(() => District)
export class DistrictResolver {
  @FieldResolver(() => LocalAuthority, { description: 'The council whose area the district is in.' })
  async authority(@Root() district: District, @Ctx() context: RequestContext): Promise<LocalAuthority> {
    return (await authorityByCode(context).load(district.authorityCode))!;
  }
}

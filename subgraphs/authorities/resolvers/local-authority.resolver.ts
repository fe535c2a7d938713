import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { ChildPopulation } from '../../measures/child-population.type';
import { RequestContext } from '../../platform/request-context';
import {
  present,
  districtsByAuthority,
  populationByAuthority,
  regionByCode,
  regionCodesByAuthority,
  successionCodes,
  authorityByCode,
} from '../data/authorities.loaders';
import { District } from '../types/district.type';
import { LocalAuthority } from '../types/local-authority.type';
import { Region } from '../types/region.type';

@Resolver(() => LocalAuthority)
export class LocalAuthorityResolver {
  @FieldResolver(() => [ChildPopulation], {
    nullable: true,
    description: 'Under-18 population estimates by year, for rates per 10,000.',
  })
  childPopulation(@Root() authority: LocalAuthority, @Ctx() context: RequestContext): Promise<ChildPopulation[]> {
    return populationByAuthority(context).load(authority.code);
  }

  @FieldResolver(() => Region, { description: 'The government region the authority is in.' })
  async governmentRegion(@Root() authority: LocalAuthority, @Ctx() context: RequestContext): Promise<Region> {
    return (await regionByCode(context).load(authority.governmentRegionCode))!;
  }

  @FieldResolver(() => [Region], {
    description: 'Every region the authority belongs to (government region, regional adoption agency, custom groups).',
  })
  async regions(@Root() authority: LocalAuthority, @Ctx() context: RequestContext): Promise<Region[]> {
    const codes = await regionCodesByAuthority(context).load(authority.code);
    return present(await regionByCode(context).loadMany(codes));
  }

  @FieldResolver(() => [District], {
    description: "Lower-tier districts in the authority's area (county councils only; empty for unitaries).",
  })
  districts(@Root() authority: LocalAuthority, @Ctx() context: RequestContext): Promise<District[]> {
    return districtsByAuthority(context).load(authority.code);
  }

  @FieldResolver(() => [LocalAuthority], {
    description:
      "The councils that took on its children's services when it was abolished (Cumbria: Cumberland, and Westmorland and Furness); empty for a council that still exists.",
  })
  async successors(@Root() authority: LocalAuthority, @Ctx() context: RequestContext): Promise<LocalAuthority[]> {
    const codes = await successionCodes(context, 'successors').load(authority.code);
    return present(await authorityByCode(context).loadMany(codes));
  }

  @FieldResolver(() => [LocalAuthority], {
    description:
      'The abolished councils it took over from (Cumberland: Cumbria); empty for a council that did not replace another.',
  })
  async predecessors(@Root() authority: LocalAuthority, @Ctx() context: RequestContext): Promise<LocalAuthority[]> {
    const codes = await successionCodes(context, 'predecessors').load(authority.code);
    return present(await authorityByCode(context).loadMany(codes));
  }
}

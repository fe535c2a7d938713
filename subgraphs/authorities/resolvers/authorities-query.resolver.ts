import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { In } from 'typeorm';
import { badInput, unknownCode } from '../../../schema/vocabulary/errors';
import { DateScalar, parseDateArgument } from '../../../schema/vocabulary/date.scalar';
import { RequestContext } from '../../platform/request-context';
import { LocalAuthorityRecord, RegionRecord } from '../entities';
import {
  authorityByCode,
  districtByCode,
  memberCodesByRegion,
  present,
  regionByCode,
  toAuthority,
} from '../data/authorities.loaders';
import { District } from '../types/district.type';
import { LocalAuthority } from '../types/local-authority.type';
import { Region } from '../types/region.type';
import { RegionKind } from '../types/region-kind.enum';

const AUTHORITY_CODES =
  'the ONS GSS code of an English council with children\'s services, e.g. "E10000028"; list them with `localAuthorities`';
const REGION_CODES = 'a region code such as "T4C", "ATV", "STAFFS-STOKE" or "E12000005"; list them with `regions`';
const DISTRICT_CODES =
  'the ONS GSS code of a district the hub holds, e.g. "E07000197" (Stafford); list them with `localAuthority(code:) { districts }`';

@Resolver()
export class AuthoritiesQueryResolver {
  @Query(() => LocalAuthority, { description: 'One authority by its GSS code.' })
  async localAuthority(
    @Ctx() context: RequestContext,
    @Arg('code', () => ID, { description: 'ONS GSS code, e.g. "E06000020".' }) code: string,
  ): Promise<LocalAuthority> {
    const authority = await authorityByCode(context).load(code);
    if (!authority) throw unknownCode('code', code, AUTHORITY_CODES);
    return authority;
  }

  @Query(() => [LocalAuthority], {
    description:
      "Authorities, by code or by region, in the order asked (by code) or by name; all 151 in DfE's file when no argument is given, abolished councils included (`at` keeps those of one date).",
  })
  async localAuthorities(
    @Ctx() context: RequestContext,
    @Arg('codes', () => [ID], { nullable: true, description: 'GSS codes; every one must be known.' })
    codes?: string[] | null,
    @Arg('regionCode', () => ID, { nullable: true, description: 'Only members of this region.' })
    regionCode?: string | null,
    @Arg('at', () => DateScalar, {
      nullable: true,
      description:
        'Only councils that had children\'s services on this date, YYYY-MM-DD (e.g. "2024-03-31": Cumberland, not Cumbria).',
    })
    at?: string | null,
  ): Promise<LocalAuthority[]> {
    if (at !== null && at !== undefined) {
      const date = parseDateArgument('at', at);
      const all = await this.localAuthorities(context, codes, regionCode, null);
      return all.filter((a) => (a.existedFrom ?? '') <= date && date <= (a.existedUntil ?? '9999-12-31'));
    }
    if (codes && regionCode) throw badInput('regionCode', regionCode, 'either `codes` or `regionCode`, not both');
    if (codes) {
      const found = await authorityByCode(context).loadMany(codes);
      return found.map((authority, i) => {
        // A failed lookup is the database's error (DATABASE_UNAVAILABLE), not an unknown code.
        if (authority instanceof Error) throw authority;
        if (!authority) throw unknownCode('codes', codes[i], AUTHORITY_CODES);
        return authority;
      });
    }
    if (regionCode) {
      if (!(await regionByCode(context).load(regionCode))) throw unknownCode('regionCode', regionCode, REGION_CODES);
      const members = await memberCodesByRegion(context).load(regionCode);
      return present(await authorityByCode(context).loadMany(members));
    }
    const records = await context.dataSource.getRepository(LocalAuthorityRecord).find({ order: { name: 'ASC' } });
    const loader = authorityByCode(context);
    return records.map((record) => {
      const authority = toAuthority(record);
      loader.prime(record.code, authority);
      return authority;
    });
  }

  @Query(() => District, { description: 'One district by its GSS code.' })
  async district(
    @Ctx() context: RequestContext,
    @Arg('code', () => ID, { description: 'ONS GSS code, e.g. "E07000192" (Cannock Chase).' }) code: string,
  ): Promise<District> {
    const district = await districtByCode(context).load(code);
    if (!district) throw unknownCode('code', code, DISTRICT_CODES);
    return district;
  }

  @Query(() => Region, { description: 'One region by its code.' })
  async region(
    @Ctx() context: RequestContext,
    @Arg('code', () => ID, { description: 'Region code, e.g. "T4C".' }) code: string,
  ): Promise<Region> {
    const region = await regionByCode(context).load(code);
    if (!region) throw unknownCode('code', code, REGION_CODES);
    return region;
  }

  @Query(() => [Region], { description: 'Regions, optionally of one kind, ordered by code.' })
  async regions(
    @Ctx() context: RequestContext,
    @Arg('kind', () => RegionKind, { nullable: true, description: 'Only regions of this kind.' })
    kind?: RegionKind | null,
  ): Promise<Region[]> {
    const records = await context.dataSource
      .getRepository(RegionRecord)
      .find({ where: kind ? { kind: In([kind]) } : {}, order: { code: 'ASC' } });
    return Promise.all(records.map(async (r) => (await regionByCode(context).load(r.code))!));
  }
}

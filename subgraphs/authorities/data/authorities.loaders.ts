import { In } from 'typeorm';
import { ChildPopulation } from '../../measures/child-population.type';
import { RequestContext } from '../../platform/request-context';
import {
  AuthoritySuccessionRecord,
  ChildPopulationRecord,
  DistrictRecord,
  LocalAuthorityRecord,
  RegionMembershipRecord,
  RegionRecord,
} from '../entities';
import { District } from '../types/district.type';
import { LocalAuthority } from '../types/local-authority.type';
import { Region } from '../types/region.type';
import { RegionKind } from '../types/region-kind.enum';

function groupBy<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) map.set(keyOf(item), [...(map.get(keyOf(item)) ?? []), item]);
  return map;
}

export function toAuthority(record: LocalAuthorityRecord): LocalAuthority {
  return Object.assign(new LocalAuthority(), {
    code: record.code,
    dfeCode: record.dfeCode,
    name: record.name,
    shortName: record.shortName,
    governmentRegionCode: record.governmentRegionCode,
    existedFrom: record.existedFrom ?? null,
    existedUntil: record.existedUntil ?? null,
  });
}

function toRegion(record: RegionRecord): Region {
  return Object.assign(new Region(), { code: record.code, name: record.name, kind: record.kind as RegionKind });
}

/**
 * The records a loadMany found, skipping codes with none; a failed load is thrown (the database's
 * error, DATABASE_UNAVAILABLE), never dropped: a region must not quietly lose members.
 */
export function present<T>(results: (T | null | Error)[]): T[] {
  const failed = results.find((r): r is Error => r instanceof Error);
  if (failed) throw failed;
  return results.filter((r): r is T => r !== null && r !== undefined);
}

/** Per-request loaders: each is one `IN (…)` statement however many entities ask. */
export function authorityByCode(context: RequestContext) {
  return context.loader<string, LocalAuthority | null>('authority-by-code', async (codes) => {
    const records = await context.dataSource.getRepository(LocalAuthorityRecord).findBy({ code: In([...codes]) });
    return codes.map((code) => {
      const record = records.find((r) => r.code === code);
      return record ? toAuthority(record) : null;
    });
  });
}

export function regionByCode(context: RequestContext) {
  return context.loader<string, Region | null>('region-by-code', async (codes) => {
    const records = await context.dataSource.getRepository(RegionRecord).findBy({ code: In([...codes]) });
    return codes.map((code) => {
      const record = records.find((r) => r.code === code);
      return record ? toRegion(record) : null;
    });
  });
}

export function memberCodesByRegion(context: RequestContext) {
  return context.loader<string, string[]>('members-by-region', async (regionCodes) => {
    const rows = await context.dataSource
      .getRepository(RegionMembershipRecord)
      .find({ where: { regionCode: In([...regionCodes]) }, order: { authorityCode: 'ASC' } });
    const byRegion = groupBy(rows, (r) => r.regionCode);
    return regionCodes.map((code) => (byRegion.get(code) ?? []).map((r) => r.authorityCode));
  });
}

export function regionCodesByAuthority(context: RequestContext) {
  return context.loader<string, string[]>('regions-by-authority', async (authorityCodes) => {
    const rows = await context.dataSource
      .getRepository(RegionMembershipRecord)
      .find({ where: { authorityCode: In([...authorityCodes]) }, order: { regionCode: 'ASC' } });
    const byAuthority = groupBy(rows, (r) => r.authorityCode);
    return authorityCodes.map((code) => (byAuthority.get(code) ?? []).map((r) => r.regionCode));
  });
}

export function populationByAuthority(context: RequestContext) {
  return context.loader<string, ChildPopulation[]>('population-by-authority', async (authorityCodes) => {
    const rows = await context.dataSource
      .getRepository(ChildPopulationRecord)
      .find({ where: { authorityCode: In([...authorityCodes]) }, order: { year: 'ASC' } });
    const byAuthority = groupBy(rows, (r) => r.authorityCode);
    return authorityCodes.map((code) =>
      (byAuthority.get(code) ?? []).map((r) => ({ year: Number(r.year), count: Number(r.count) })),
    );
  });
}

export function districtsByAuthority(context: RequestContext) {
  return context.loader<string, District[]>('districts-by-authority', async (authorityCodes) => {
    const rows = await context.dataSource
      .getRepository(DistrictRecord)
      .find({ where: { authorityCode: In([...authorityCodes]) }, order: { code: 'ASC' } });
    const byAuthority = groupBy(rows, (r) => r.authorityCode);
    return authorityCodes.map((code) =>
      (byAuthority.get(code) ?? []).map((r) =>
        Object.assign(new District(), { code: r.code, name: r.name, authorityCode: r.authorityCode }),
      ),
    );
  });
}

/** The councils that took over from each council (successors) or that it took over from (predecessors). */
export function successionCodes(context: RequestContext, direction: 'successors' | 'predecessors') {
  return context.loader<string, string[]>(`authority-${direction}`, async (codes) => {
    const by = direction === 'successors' ? 'predecessorCode' : 'successorCode';
    const other = direction === 'successors' ? 'successorCode' : 'predecessorCode';
    const rows = await context.dataSource
      .getRepository(AuthoritySuccessionRecord)
      .find({ where: { [by]: In([...codes]) }, order: { [other]: 'ASC' } });
    const grouped = groupBy(rows, (r) => r[by]);
    return codes.map((code) => (grouped.get(code) ?? []).map((r) => r[other]));
  });
}

export function districtByCode(context: RequestContext) {
  return context.loader<string, District | null>('district-by-code', async (codes) => {
    const records = await context.dataSource.getRepository(DistrictRecord).findBy({ code: In([...codes]) });
    return codes.map((code) => {
      const r = records.find((record) => record.code === code);
      return r ? Object.assign(new District(), { code: r.code, name: r.name, authorityCode: r.authorityCode }) : null;
    });
  });
}

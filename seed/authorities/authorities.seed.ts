import {
  ChildPopulationRecord,
  DistrictRecord,
  LocalAuthorityRecord,
  RegionMembershipRecord,
  RegionRecord,
} from '../../subgraphs/authorities/entities';
import {
  ATV_MEMBERS,
  PILOT_COUNCILS,
  SHORT_NAMES,
  STAFFORDSHIRE_DISTRICTS,
  STAFFS_AND_STOKE,
  T4C_MEMBERS,
} from '../shared/pilot-councils';
import { englandLas } from '../shared/reference-data';
import { RecordSet } from '../shared/record-set';

export interface AuthoritiesRecords {
  authorities: LocalAuthorityRecord[];
  regions: RegionRecord[];
  memberships: RegionMembershipRecord[];
  districts: DistrictRecord[];
  populations: ChildPopulationRecord[];
}

const LONDON_NAMES: Record<string, string> = { E13000001: 'Inner London', E13000002: 'Outer London' };

/** Reference data: all 151 councils from DfE's file, their regions, the partnerships, districts, populations. */
export function generateAuthorities(): AuthoritiesRecords {
  const las = englandLas();
  const authorities = las.map((la) =>
    Object.assign(new LocalAuthorityRecord(), {
      code: la.gss,
      dfeCode: la.dfe,
      name: la.name,
      shortName: SHORT_NAMES[la.gss] ?? la.name,
      governmentRegionCode: la.regionCode,
    }),
  );
  const regions: RegionRecord[] = [];
  const memberships: RegionMembershipRecord[] = [];
  const addRegion = (code: string, name: string, kind: string, members: string[]) => {
    regions.push(Object.assign(new RegionRecord(), { code, name, kind }));
    for (const authorityCode of members)
      memberships.push(Object.assign(new RegionMembershipRecord(), { regionCode: code, authorityCode }));
  };
  addRegion('T4C', 'Together4Children', 'REGIONAL_ADOPTION_AGENCY', T4C_MEMBERS);
  addRegion('ATV', 'Adoption Tees Valley', 'REGIONAL_ADOPTION_AGENCY', ATV_MEMBERS);
  addRegion('PILOT', 'csc-hub pilot councils (T4C and ATV)', 'CUSTOM', PILOT_COUNCILS);
  addRegion('STAFFS-STOKE', 'Staffordshire and Stoke-on-Trent', 'COMMISSIONING_AREA', STAFFS_AND_STOKE);
  const governmentRegions = [...new Set(las.map((la) => la.regionCode))].sort();
  for (const code of governmentRegions) {
    const members = las.filter((la) => la.regionCode === code);
    addRegion(
      code,
      LONDON_NAMES[code] ?? members[0].regionName,
      'GOVERNMENT_REGION',
      members.map((la) => la.gss),
    );
  }
  const districts = STAFFORDSHIRE_DISTRICTS.map(([code, name]) =>
    Object.assign(new DistrictRecord(), { code, name, authorityCode: 'E10000028' }),
  );
  const populations = las.flatMap((la) =>
    [...la.population].map(([year, count]) =>
      Object.assign(new ChildPopulationRecord(), { authorityCode: la.gss, year, count }),
    ),
  );
  return { authorities, regions, memberships, districts, populations };
}

/** The authorities database's rows (the same in every scope: reference data for all of England). */
export function seedRecords(): RecordSet[] {
  const r = generateAuthorities();
  return [
    [LocalAuthorityRecord, r.authorities],
    [RegionRecord, r.regions],
    [RegionMembershipRecord, r.memberships],
    [DistrictRecord, r.districts],
    [ChildPopulationRecord, r.populations],
  ];
}

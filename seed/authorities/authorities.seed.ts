import {
  AuthoritySuccessionRecord,
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
import { EnglandLa, englandLas, YEARS } from '../shared/reference-data';
import { ENGLAND, SUCCESSORS } from './reorganisations';
import { RecordSet } from '../shared/record-set';

export interface AuthoritiesRecords {
  authorities: LocalAuthorityRecord[];
  regions: RegionRecord[];
  memberships: RegionMembershipRecord[];
  districts: DistrictRecord[];
  populations: ChildPopulationRecord[];
  successions: AuthoritySuccessionRecord[];
}

/**
 * The days a council existed, from the years DfE's file has its population for: one that starts
 * after the file's first year began the April before; one that stops before its last ended that
 * 31 March. Null where it existed before, or still exists after, the file's years.
 */
export function lifespan(la: EnglandLa): { existedFrom: string | null; existedUntil: string | null } {
  const years = [...la.population.keys()].sort();
  const first = years[0];
  const last = years[years.length - 1];
  return {
    existedFrom: first > YEARS[0] ? `${first - 1}-04-01` : null,
    existedUntil: last < YEARS[YEARS.length - 1] ? `${last}-03-31` : null,
  };
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
      ...lifespan(la),
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
  addRegion(
    ENGLAND,
    'England',
    'COUNTRY',
    las.map((la) => la.gss),
  );
  const districts = STAFFORDSHIRE_DISTRICTS.map(([code, name]) =>
    Object.assign(new DistrictRecord(), { code, name, authorityCode: 'E10000028' }),
  );
  const populations = las.flatMap((la) =>
    [...la.population].map(([year, count]) =>
      Object.assign(new ChildPopulationRecord(), { authorityCode: la.gss, year, count }),
    ),
  );
  const successions = Object.entries(SUCCESSORS).flatMap(([predecessorCode, successors]) =>
    successors.map((successorCode) =>
      Object.assign(new AuthoritySuccessionRecord(), { predecessorCode, successorCode }),
    ),
  );
  return { authorities, regions, memberships, districts, populations, successions };
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
    [AuthoritySuccessionRecord, r.successions],
  ];
}

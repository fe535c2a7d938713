import { DataSource } from 'typeorm';
import { ChildPopulationRecord, DistrictRecord, LocalAuthorityRecord, RegionMembershipRecord, RegionRecord } from '../subgraphs/authorities/entities';
import { AuthorityCoverageRecord, CareEpisodeRecord, ChildRecord, EnglandReferenceRecord, FosteringEnquiryRecord, FosterHouseholdRecord } from '../subgraphs/fostering/entities';
import { adoptionEntities } from '../subgraphs/adoption/entities';
import { generateAdoption } from './adoption/adoption.seed';
import { generateAuthorities } from './authorities.seed';
import { englandReferences } from './england-reference.seed';
import { generateFostering, SeedScope } from './fostering.seed';
import { writeRecords } from './write-records';

/** True when none of the tables of these entities holds a row (then it is ours to fill). */
async function isEmpty(dataSource: DataSource, entities: (new () => object)[]): Promise<boolean> {
  for (const entity of entities) if ((await dataSource.getRepository(entity).count()) > 0) return false;
  return true;
}

/** Seeds the authorities database unless it already holds data; true when it seeded. */
export async function seedAuthoritiesDatabase(dataSource: DataSource): Promise<boolean> {
  if (!(await isEmpty(dataSource, [LocalAuthorityRecord, RegionRecord, RegionMembershipRecord, DistrictRecord, ChildPopulationRecord]))) return false;
  const r = generateAuthorities();
  await writeRecords(dataSource, [
    [LocalAuthorityRecord, r.authorities],
    [RegionRecord, r.regions],
    [RegionMembershipRecord, r.memberships],
    [DistrictRecord, r.districts],
    [ChildPopulationRecord, r.populations],
  ]);
  return true;
}

/** Seeds the fostering database unless it already holds data; true when it seeded. */
export async function seedFosteringDatabase(dataSource: DataSource, scope: SeedScope): Promise<boolean> {
  if (!(await isEmpty(dataSource, [AuthorityCoverageRecord, ChildRecord, CareEpisodeRecord, FosterHouseholdRecord, FosteringEnquiryRecord, EnglandReferenceRecord]))) return false;
  const r = generateFostering(scope);
  await writeRecords(dataSource, [
    [ChildRecord, r.children],
    [CareEpisodeRecord, r.episodes],
    [FosterHouseholdRecord, r.households],
    [FosteringEnquiryRecord, r.enquiries],
    [AuthorityCoverageRecord, r.coverage],
    // England's comparators, whatever the scope: they come from DfE's file, not from our records.
    [EnglandReferenceRecord, englandReferences()],
  ]);
  return true;
}

/** Seeds the adoption database unless it already holds data; true when it seeded. */
export async function seedAdoptionDatabase(dataSource: DataSource, scope: SeedScope): Promise<boolean> {
  if (!(await isEmpty(dataSource, adoptionEntities as (new () => object)[]))) return false;
  await writeRecords(dataSource, generateAdoption(scope));
  return true;
}

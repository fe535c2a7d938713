import { AdoptionAgencyRecord, LocalityHubAuthorityRecord, LocalityHubRecord } from '../../subgraphs/adoption/entities';
import { ATV_MEMBERS } from '../shared/pilot-councils';
import { RecordSet } from '../shared/record-set';

/**
 * First and last day the agencies' own records (adopters, support, finance) are held for (ATV's
 * paper reports to July 2022).
 */
export const AGENCY_RECORDS = { from: '2018-04-01', to: '2022-07-31' };

/**
 * The two regional adoption agencies and their locality hubs. T4C's papers report support,
 * non-agency adoptions and finance by three hubs (Staffordshire, Stoke-on-Trent, and a joint hub
 * at Shrewsbury for Shropshire and Telford and Wrekin); ATV's by the agency as a whole, so its one
 * hub serves all five councils.
 */
export const LOCALITY_HUBS: { code: string; agencyCode: string; name: string; authorities: string[] }[] = [
  { code: 'staffs', agencyCode: 'T4C', name: 'Staffordshire hub', authorities: ['E10000028'] },
  { code: 'stoke', agencyCode: 'T4C', name: 'Stoke-on-Trent hub', authorities: ['E06000021'] },
  {
    code: 'joint-shrewsbury',
    agencyCode: 'T4C',
    name: 'Joint hub, Shrewsbury (Shropshire, Telford and Wrekin)',
    authorities: ['E06000051', 'E06000020'],
  },
  { code: 'atv', agencyCode: 'ATV', name: 'Adoption Tees Valley (one team)', authorities: ATV_MEMBERS },
];

export function generateAgencies(): RecordSet[] {
  const agencies = [
    { code: 'T4C', name: 'Together4Children' },
    { code: 'ATV', name: 'Adoption Tees Valley' },
  ].map((a) =>
    Object.assign(new AdoptionAgencyRecord(), { ...a, recordsFrom: AGENCY_RECORDS.from, recordsTo: AGENCY_RECORDS.to }),
  );
  const hubs = LOCALITY_HUBS.map(({ code, agencyCode, name }) =>
    Object.assign(new LocalityHubRecord(), { code, agencyCode, name }),
  );
  const members = LOCALITY_HUBS.flatMap((h) =>
    h.authorities.map((authorityCode) =>
      Object.assign(new LocalityHubAuthorityRecord(), { hubCode: h.code, authorityCode }),
    ),
  );
  return [
    [AdoptionAgencyRecord, agencies],
    [LocalityHubRecord, hubs],
    [LocalityHubAuthorityRecord, members],
  ];
}

import {
  CommissioningContractRecord,
  ContractExtensionRecord,
  ContractFundingRecord,
} from '../../subgraphs/domestic-abuse/entities';
import { STAFFS_AND_STOKE_CODE } from '../shared/pilot-councils';
import { DomesticAbuseTargets } from './domestic-abuse-targets';

/**
 * New Era, the victim and perpetrator services Staffordshire County Council, Stoke-on-Trent City
 * Council and the Staffordshire Commissioner's Office commission together (lead: the Commissioner's
 * Office), as the paper prints it: from 1 October 2018, £2,157,000 a year, the three contributions
 * and the shares printed beside them — kept as published although they do not add up (see
 * CALIBRATION.md) — and the extension "for a period of two years from 30th September 2020 until 30th
 * September 2023", held with its printed dates and its stated two years.
 */
export function generateContracts(targets: DomesticAbuseTargets) {
  const id = `${STAFFS_AND_STOKE_CODE}-NEW-ERA`;
  const contracts = [
    Object.assign(new CommissioningContractRecord(), {
      id,
      areaCode: STAFFS_AND_STOKE_CODE,
      name: 'New Era',
      service: 'Domestic abuse victim and perpetrator services (adults, children and young people)',
      provider: 'Victim Support (victim service); Reducing Reoffending Partnership (perpetrator service)',
      startDate: '2018-10-01',
      endDate: '2023-09-30',
      annualValue: String(targets.contractValue),
    }),
  ];
  const extensions = [
    Object.assign(new ContractExtensionRecord(), {
      contractId: id,
      fromDate: '2020-09-30',
      toDate: '2023-09-30',
      statedYears: 2,
    }),
  ];
  const funding = Object.entries(targets.contributions).map(([funder, c]) =>
    Object.assign(new ContractFundingRecord(), {
      contractId: id,
      funder,
      annualAmount: String(c.amount),
      publishedSharePct: String(c.share),
    }),
  );
  return { contracts, extensions, funding };
}

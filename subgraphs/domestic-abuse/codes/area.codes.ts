import { CodeList } from '../../measures/dimension-set';

/**
 * The councils of the commissioning area (Staffordshire and Stoke-on-Trent, region "STAFFS-STOKE"),
 * for a region's referrals split by council.
 */
export const COUNCIL: CodeList = {
  E10000028: 'Staffordshire',
  E06000021: 'Stoke-on-Trent',
};

/**
 * Staffordshire's districts (GSS order, as the kit orders a council's districts), then NONE: a
 * record of a unitary council (Stoke-on-Trent), which has no districts.
 */
export const DISTRICT: CodeList = {
  E07000192: 'Cannock Chase',
  E07000193: 'East Staffordshire',
  E07000194: 'Lichfield',
  E07000195: 'Newcastle-under-Lyme',
  E07000196: 'South Staffordshire',
  E07000197: 'Stafford',
  E07000198: 'Staffordshire Moorlands',
  E07000199: 'Tamworth',
  NONE: 'No district (a unitary council)',
};

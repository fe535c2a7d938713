import { CodeList } from '../../measures/dimension-set';

/**
 * The district councils (ONS GSS codes) within the two-tier councils whose records carry one:
 * Staffordshire's eight. NONE: a unitary council, or no district recorded.
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
  NONE: 'No district (a unitary council, or not recorded)',
};

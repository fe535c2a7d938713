/** The nine councils of the two regional adoption agencies, with the short names their papers use. */
export const T4C_MEMBERS = ['E06000051', 'E10000028', 'E06000021', 'E06000020'];
export const ATV_MEMBERS = ['E06000005', 'E06000001', 'E06000002', 'E06000003', 'E06000004'];
export const PILOT_COUNCILS = [...T4C_MEMBERS, ...ATV_MEMBERS];

export const SHORT_NAMES: Record<string, string> = {
  E10000028: 'Staffs',
  E06000051: 'Shrops',
  E06000021: 'Stoke',
  E06000020: 'T&W',
  E06000005: 'Darlington',
  E06000001: 'Hartlepool',
  E06000002: 'MBC',
  E06000003: 'R&CBC',
  E06000004: 'Stockton',
};

export const STAFFORDSHIRE_DISTRICTS: [string, string][] = [
  ['E07000192', 'Cannock Chase'],
  ['E07000193', 'East Staffordshire'],
  ['E07000194', 'Lichfield'],
  ['E07000195', 'Newcastle-under-Lyme'],
  ['E07000196', 'South Staffordshire'],
  ['E07000197', 'Stafford'],
  ['E07000198', 'Staffordshire Moorlands'],
  ['E07000199', 'Tamworth'],
];

/**
 * The area Staffordshire County Council, Stoke-on-Trent City Council and the Staffordshire
 * Commissioner's Office jointly commission domestic abuse services for (`area:staffs-and-stoke`).
 */
export const STAFFS_AND_STOKE = ['E10000028', 'E06000021'];
export const STAFFS_AND_STOKE_CODE = 'STAFFS-STOKE';

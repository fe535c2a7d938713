import { signToken } from '../../subgraphs/platform/identity';
import { ATV_MEMBERS, T4C_MEMBERS } from '../../seed/shared/pilot-councils';

/** The JWT secret the end-to-end suites run the stack with (set before startStack). */
export const TEST_JWT_SECRET = 'test-secret-for-e2e-suites';

/**
 * A board member's token for T4C or ATV: they see their region and its councils unsuppressed, as
 * the calibration needs (many published adoption counts are 1 to 4).
 */
export function boardToken(region: 'T4C' | 'ATV', secret = TEST_JWT_SECRET): string {
  const authorities = region === 'T4C' ? T4C_MEMBERS : ATV_MEMBERS;
  return signToken(
    {
      sub: `${region.toLowerCase()}-board`,
      role: 'board_member',
      region,
      authorities,
      exp: Math.floor(Date.now() / 1000) + 3600,
    },
    secret,
  );
}

/** A token listing all nine pilot councils: for suites comparing both partnerships' exact figures at once. */
export function pilotToken(secret = TEST_JWT_SECRET): string {
  return signToken(
    {
      sub: 'pilot-councils',
      role: 'board_member',
      region: 'PILOT',
      authorities: [...T4C_MEMBERS, ...ATV_MEMBERS],
      exp: Math.floor(Date.now() / 1000) + 3600,
    },
    secret,
  );
}

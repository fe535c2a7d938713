/**
 * What a caller's token says about them. `role` "board_member" comes with `region` and the
 * region's `authorities`; "analyst" with `authority`. `sub` (who) is required, so every record
 * read is logged against a person; `iat` and `exp` bound the token's lifetime.
 */
export interface IdentityClaims {
  sub: string;
  role: 'board_member' | 'analyst';
  region?: string;
  authorities?: string[];
  authority?: string;
  /** Expiry, seconds since 1970. */
  exp: number;
  /** Issued at, seconds since 1970 (the local signer adds it when absent). */
  iat?: number;
  /** Not valid before, seconds since 1970. */
  nbf?: number;
  iss?: string;
  aud?: string | string[];
}

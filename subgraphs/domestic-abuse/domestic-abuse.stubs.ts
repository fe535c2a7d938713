import { entityStubs } from '../measures/entity-stubs';

/** The LocalAuthority, Region and District stubs the domestic abuse subgraph extends (see entity-stubs.ts). */
export const domesticAbuseStubs = entityStubs({ districts: true });

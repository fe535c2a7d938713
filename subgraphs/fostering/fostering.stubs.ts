import { entityStubs } from '../measures/entity-stubs';

/** The LocalAuthority and Region stubs the fostering subgraph extends (its own classes, see entity-stubs.ts). */
export const fosteringStubs = entityStubs();

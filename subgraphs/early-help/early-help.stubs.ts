import { ChildStubShape, childStub, entityStubs } from '../measures/entity-stubs';

/** The LocalAuthority and Region stubs the early help subgraph extends (its own classes, see entity-stubs.ts). */
export const earlyHelpStubs = entityStubs();

/**
 * The early help subgraph's part of a child's record: contacts, early help, edge-of-care support
 * and young-carer support (see the fostering subgraph for their care).
 */
export const ChildStub = childStub();
export type ChildStub = ChildStubShape;

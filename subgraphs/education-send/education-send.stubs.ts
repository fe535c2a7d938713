import { ChildStubShape, childStub, entityStubs } from '../measures/entity-stubs';

/** The LocalAuthority and Region stubs the education/SEND subgraph extends (its own classes, see entity-stubs.ts). */
export const educationSendStubs = entityStubs();

/**
 * The education/SEND subgraph's part of a child's record: EHC plans, SEN support, PEPs and
 * attendance (see the fostering subgraph for their care, adoption for their journey).
 */
export const ChildStub = childStub();
export type ChildStub = ChildStubShape;

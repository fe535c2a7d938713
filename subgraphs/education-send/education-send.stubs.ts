import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { entityStubs } from '../measures/entity-stubs';

/** The LocalAuthority and Region stubs the education/SEND subgraph extends (its own classes, see entity-stubs.ts). */
export const educationSendStubs = entityStubs();

/**
 * The education/SEND subgraph's part of a child's record: EHC plans, SEN support, PEPs and
 * attendance (see the fostering subgraph for their care, adoption for their journey).
 */
@Directive('@key(fields: "id")')
@ObjectType('Child', {
  description:
    "A child known to children's services, pseudonymised (id = council GSS code + the council's pseudonym; date of birth as the first of the month). Record-level: only the child's own council's analysts may read it, and every read is audit-logged. Each subgraph adds its part of the child's record.",
})
export class ChildStub {
  @Field(() => ID, { description: 'Hub-wide pseudonymous id, e.g. "E06000002-CA00012".' })
  id!: string;
}

import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { AuthorityStub } from '../../measures/entity-stubs';
import { fosteringStubs } from '../fostering.stubs';
import { DateScalar } from '../../../schema/vocabulary/date.scalar';
import { CareEpisodeType } from './care-episode.type';

@Directive('@key(fields: "id")')
@ObjectType('Child', {
  description:
    "A child known to children's services, pseudonymised (id = council GSS code + the council's pseudonym; date of birth as the first of the month). Record-level: only the child's own council's analysts may read it, and every read is audit-logged. Each subgraph adds its part of the child's record.",
})
export class ChildType {
  @Field(() => ID, { description: 'Hub-wide pseudonymous id, e.g. "E06000002-CA00012".' })
  id!: string;

  // Nullable, as every domain field on a shared entity: if fostering fails, adoption's journeys keep their child.
  @Field(() => Boolean, {
    nullable: true,
    description:
      'Whether the fostering records (which start in April 2020) hold this child; false for a child whose care ended before them.',
  })
  inCareRecords!: boolean;

  @Field(() => fosteringStubs.LocalAuthority, {
    nullable: true,
    description: 'The council looking after (or that looked after) the child.',
  })
  authority!: AuthorityStub | null;

  @Field(() => DateScalar, { nullable: true, description: 'Date of birth, held as the first of the month.' })
  dateOfBirth!: string | null;

  @Field(() => String, { nullable: true, description: 'SSDA903 sex: M or F.' })
  sex!: string | null;

  @Field(() => String, { nullable: true, description: 'SSDA903 ethnicity code (WBRI, MWBC, …).' })
  ethnicity!: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'The day the child entered care (the start of their most recent period of care): the same day their adoption journey records.',
  })
  enteredCare!: string | null;

  episodes!: CareEpisodeType[];
}

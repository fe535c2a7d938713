import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ChildStub, LocalAuthorityStub } from '../adoption.stubs';
import { DateScalar } from '../../../schema/vocabulary/date.scalar';

@ObjectType({
  description:
    "One child's adoption journey (record-level: the council's own analysts only; audit-logged). Dates are null for steps that have not happened.",
})
export class AdoptionJourney {
  @Field(() => ID, { description: 'Pseudonymous journey id.' })
  id!: string;

  @Field(() => ChildStub, { description: 'The child (the fostering subgraph adds their care episodes).' })
  child!: ChildStub;

  @Field(() => LocalAuthorityStub, { description: 'The council responsible for the child.' })
  authority!: LocalAuthorityStub;

  @Field(() => DateScalar, { description: 'Date of birth, the first of the month.' })
  dateOfBirth!: string;

  @Field({ description: 'M or F.' })
  sex!: string;

  @Field({ description: 'SSDA903 ethnicity code.' })
  ethnicity!: string;

  @Field({ description: 'Has a disability.' })
  disability!: boolean;

  @Field(() => DateScalar, {
    description:
      'Entered care (the start of the period of care in which adoption was planned): the clock of A1 and A10.',
  })
  enteredCare!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Early notification to the adoption agency.' })
  earlyNotification!: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Decision that the child should be placed for adoption (ADM).',
  })
  decisionDate!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Placement order granted.' })
  placementOrderDate!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Matched with adopters.' })
  matchDate!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Placed for adoption.' })
  placedDate!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Adoption order granted.' })
  adoptionOrderDate!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The plan ended without an adoption order.' })
  planCeasedDate!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why the plan ended: SGO, RETURNED_HOME, LONG_TERM_FOSTERING, PO_REVOKED, OTHER.',
  })
  planCeasedReason!: string | null;

  @Field({ description: 'Early permanence: FFA, CONCURRENT or NONE.' })
  earlyPermanence!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      "Moved in with the carers who adopt the child (foster carer adoptions and early permanence): where A10's clock stops.",
  })
  fosterPlacementStart!: string | null;

  @Field({ description: 'Adopted by (or placed with) carers who fostered the child first.' })
  adoptedByFosterCarer!: boolean;

  @Field(() => String, { nullable: true, description: 'Who approved the adopters: OWN, OTHER_RAA or VAA.' })
  adopterSource!: string | null;

  @Field(() => Int, { description: 'Size of the sibling group placed together (1: placed alone).' })
  siblingGroupSize!: number;

  @Field(() => DateScalar, { nullable: true, description: 'The adoptive placement disrupted.' })
  disruptedDate!: string | null;
}

import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../../schema/vocabulary/date.scalar';

@ObjectType('YoungCarer', { description: "The child's young carers assessment and support (record-level)." })
export class YoungCarer {
  @Field(() => ID, { description: 'Pseudonymous id of the record.' })
  id!: string;

  @Field(() => DateScalar, { description: 'The carers assessment, from which services started.' })
  startDate!: string;

  @Field(() => DateScalar, { nullable: true, description: 'The day services ended; null while receiving them.' })
  endDate!: string | null;

  @Field(() => Int, { description: 'Hours of care a week, as assessed.' })
  hoursPerWeek!: number;

  @Field({ description: 'The main type of care given, e.g. DOMESTIC, EMOTIONAL.' })
  careType!: string;

  @Field({ description: "The cared-for person's main need, e.g. MENTAL_HEALTH." })
  caredForNeed!: string;

  @Field({ description: 'Whether the school or college knows.' })
  knownToSchool!: boolean;

  @Field({ description: 'Whether peer support was offered.' })
  peerSupportOffered!: boolean;

  @Field({ description: 'Whether a break from caring was offered.' })
  breakOffered!: boolean;

  @Field({
    description:
      'What the assessment decided besides support: YOUNG_CARERS_SERVICE, REFERRED_TO_ADULT_SOCIAL_CARE or REFERRED_TO_CHILDRENS_SOCIAL_CARE.',
  })
  assessmentOutcome!: string;
}

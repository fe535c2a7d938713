import { Field, ID, ObjectType } from 'type-graphql';
import { DateScalar } from '../../../schema/vocabulary/date.scalar';

@ObjectType('Contact', { description: "A contact to children's services about the child (record-level)." })
export class Contact {
  @Field(() => ID, { description: 'Pseudonymous id of the contact.' })
  id!: string;

  @Field(() => DateScalar, { description: 'The day it was received.' })
  contactDate!: string;

  @Field({ description: 'Who made it (CIN census referral source group, e.g. SCHOOL, POLICE).' })
  source!: string;

  @Field({
    description: 'What came of it: EARLY_HELP, REFERRAL_TO_SOCIAL_CARE, INFORMATION_AND_ADVICE or NO_FURTHER_ACTION.',
  })
  outcome!: string;
}

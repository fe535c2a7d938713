import { Field, ID, ObjectType } from 'type-graphql';
import { DateScalar } from '../../../schema/vocabulary/date.scalar';

@ObjectType('EarlyHelpEpisode', { description: 'An early help episode of the child (record-level).' })
export class EarlyHelpEpisode {
  @Field(() => ID, { description: 'Pseudonymous id of the episode.' })
  id!: string;

  @Field(() => DateScalar, { description: 'The day early help started.' })
  startDate!: string;

  @Field(() => DateScalar, { nullable: true, description: 'The day the early help assessment was completed.' })
  assessmentDate!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The day it ended; null while open.' })
  endDate!: string | null;

  @Field({ description: 'PARTNER (a partner agency leads) or COUNCIL.' })
  lead!: string;

  @Field({ description: "The lead practitioner's agency, e.g. SCHOOL, HEALTH, COUNCIL_EARLY_HELP." })
  leadAgency!: string;

  @Field({ description: 'The main reason for early help (Supporting Families headline), e.g. EDUCATION.' })
  reason!: string;

  @Field(() => String, { nullable: true, description: 'Why it ended, e.g. OUTCOMES_MET, STEPPED_UP; null while open.' })
  endReason!: string | null;
}

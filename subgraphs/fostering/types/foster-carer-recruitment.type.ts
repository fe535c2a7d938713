import { Field, ObjectType } from 'type-graphql';
import { Figure } from '../../../schema/vocabulary/figure.type';
import { PeriodScalar } from '../../../schema/vocabulary/period.scalar';

@ObjectType({ description: 'The foster carer recruitment funnel over a period: each stage counted by the date it was reached.' })
export class FosterCarerRecruitment {
  @Field(() => PeriodScalar, { description: 'The period counted over.' })
  period!: string;

  @Field(() => Figure, { description: 'Enquiries about becoming a foster carer.' })
  enquiries!: Figure;

  @Field(() => Figure, { description: 'Enquirers invited to "Skills to Foster" preparation training.' })
  invitedToTraining!: Figure;

  @Field(() => Figure, { description: 'Stage 2 (Form F) assessments started.' })
  assessmentsStarted!: Figure;

  @Field(() => Figure, { description: 'Applicants approved at fostering panel.' })
  approvals!: Figure;

  @Field(() => Figure, { description: 'Approvals as a percentage of enquiries in the same period.' })
  conversionRate!: Figure;
}

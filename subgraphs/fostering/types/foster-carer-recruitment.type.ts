import { Field, ObjectType } from 'type-graphql';
import { Figure } from '../../measures/figure.type';
import { PeriodScalar } from '../../../schema/vocabulary/period.scalar';

@ObjectType({ description: 'The foster carer recruitment funnel for the enquiries received in a period (a cohort): how many enquired, and how far those enquirers have got.' })
export class FosterCarerRecruitment {
  @Field(() => PeriodScalar, { description: 'The period counted over.' })
  period!: string;

  @Field(() => Figure, { description: 'Enquiries about becoming a foster carer received in the period.' })
  enquiries!: Figure;

  @Field(() => Figure, { description: 'Of those enquirers, how many were invited to "Skills to Foster" preparation training.' })
  invitedToTraining!: Figure;

  @Field(() => Figure, { description: 'Of those enquirers, how many started a stage 2 (Form F) assessment (are progressing through the fostering process).' })
  assessmentsStarted!: Figure;

  @Field(() => Figure, { description: 'Of those enquirers, how many have been approved at fostering panel so far (approvals counted by approval date are `fosterHouseholdApprovals`).' })
  approvals!: Figure;

  @Field(() => Figure, { description: 'Approvals as a percentage of the enquiries of the cohort.' })
  conversionRate!: Figure;
}

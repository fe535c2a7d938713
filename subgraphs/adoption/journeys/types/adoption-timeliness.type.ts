import { Field, ObjectType } from 'type-graphql';
import { PeriodScalar } from '../../../../schema/vocabulary/period.scalar';
import { Timeliness } from '../timeliness';

@ObjectType({ description: 'Adoption timeliness (DfE adoption scorecard and ASGLB): average days between steps for the children adopted in the period, each with England\'s average and the government target where published. A financial year gives the in-year figure, a three-year window ("2019-22") the three-year average, a run of months ("2020-01/2020-12") a rolling figure. Each indicator\'s `denominator` is the number of children it is averaged over, its `numerator` their total days.' })
export class AdoptionTimeliness {
  @Field(() => PeriodScalar, { description: 'The period the children were adopted in.' })
  period!: string;

  timeliness!: Timeliness;
}

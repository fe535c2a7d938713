import { Field, ObjectType } from 'type-graphql';
import { DateScalar } from '../../../schema/vocabulary/date.scalar';
import { PeriodScalar } from '../../../schema/vocabulary/period.scalar';
import { CountMeasure } from '../../measures/count-measure';
import { HouseholdRow } from '../data/foster-household.queries';

@ObjectType({ description: 'A count of the council\'s own foster households (at a date, or approved / de-registered in a period), or of children newly placed with them.' })
export class FosterHouseholdCount {
  @Field(() => DateScalar, { nullable: true, description: 'For counts at a date: the date.' })
  at!: string | null;

  @Field(() => PeriodScalar, { nullable: true, description: 'For counts over a period: the period.' })
  period!: string | null;

  measure!: CountMeasure<HouseholdRow>;
  deregistrations!: boolean;
}

import { Field, ObjectType } from 'type-graphql';
import { Period } from '../../../../schema/vocabulary/period';
import { FigureScope } from '../../../measures/figure-scope';
import { CharacteristicFilter } from '../journey-row';
import { PeriodScalar } from '../../../../schema/vocabulary/period.scalar';
import { JourneyCountType } from './journey-count.type';

@ObjectType({ description: 'The adoption activity of a council or region in a period: each step of the children\'s journeys counted when it happened. The scorecard\'s "ADM, placement orders, placed, adoption orders" table is four of these.' })
export class AdoptionActivity {
  @Field(() => PeriodScalar, { description: 'The period counted over.' })
  period!: string;

  @Field(() => JourneyCountType, { description: 'Children notified early to the adoption agency as possibly needing adoption (before any decision).' })
  earlyNotifications!: JourneyCountType;

  @Field(() => JourneyCountType, { description: 'Agency decision maker\'s decisions that a child should be placed for adoption (ADM, "plans of adoption").' })
  decisions!: JourneyCountType;

  @Field(() => JourneyCountType, { description: 'Placement orders granted by the court.' })
  placementOrders!: JourneyCountType;

  @Field(() => JourneyCountType, { description: 'Children matched with adopters (agency decision on the match).' })
  matches!: JourneyCountType;

  @Field(() => JourneyCountType, { description: 'Children placed for adoption (moved in with, or their placement became one with, their adoptive family). Split by ADOPTER_SOURCE for "placed in region".' })
  childrenPlaced!: JourneyCountType;

  @Field(() => JourneyCountType, { description: 'Adoption orders granted (children adopted).' })
  adoptionOrders!: JourneyCountType;

  @Field(() => JourneyCountType, { description: 'Children placed with early permanence carers (fostering for adoption or concurrent planning), counted when they moved in.' })
  earlyPermanencePlacements!: JourneyCountType;

  @Field(() => JourneyCountType, { description: 'Adoption plans that ended without an adoption order (split by PLAN_CEASED_REASON).' })
  plansCeased!: JourneyCountType;

  @Field(() => JourneyCountType, { description: 'Children whose adoptive placement ended before an adoption order (disrupted) in the period.' })
  childrenAffectedByDisruption!: JourneyCountType;

  scope!: FigureScope;

  range!: Period;

  filter!: CharacteristicFilter;
}

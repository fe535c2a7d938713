import { Field, ObjectType } from 'type-graphql';
import { DateScalar } from '../../../schema/vocabulary/date.scalar';

@ObjectType('CareEpisode', {
  description:
    "An SSDA903 episode of care: one legal status and one placement, from a start date to an end date (record-level; a council's own analysts only).",
})
export class CareEpisodeType {
  @Field(() => DateScalar, { description: 'First day of the episode.' })
  startDate!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Day the episode ended (null while open).' })
  endDate!: string | null;

  @Field({
    description:
      'SSDA903 reason for new episode: S (started care), L (legal status change), P (placement change), T (both).',
  })
  reasonNewEpisode!: string;

  @Field({
    description:
      'SSDA903 legal status, e.g. C1 interim care order, C2 full care order, E1 placement order, V2 section 20.',
  })
  legalStatus!: string;

  @Field({ description: 'SSDA903 placement type, e.g. U4 foster care, A3/A5/A6 placed for adoption.' })
  placementType!: string;

  @Field({ description: "SSDA903 placement provider, e.g. PR1 the council's own provision." })
  placementProvider!: string;

  @Field({ description: 'SSDA903 category of need, N1..N8.' })
  categoryOfNeed!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'SSDA903 reason episode ceased: X1 a new episode follows, E11/E12 adopted, E13 returned home, …; null while open.',
  })
  reasonCeased!: string | null;
}

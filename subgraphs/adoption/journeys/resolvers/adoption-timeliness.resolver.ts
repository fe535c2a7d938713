import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { countFigure, seesSmallNumbers } from '../../../measures/figure.builder';
import { Figure } from '../../../measures/figure.type';
import { RequestContext } from '../../../platform/request-context';
import { AdoptionTimeliness } from '../types/adoption-timeliness.type';

@Resolver(() => AdoptionTimeliness)
export class AdoptionTimelinessResolver {
  @FieldResolver(() => Figure, { description: 'The children the indicators are averaged over: those adopted in the period who pass the characteristic filter.' })
  async children(@Root() root: AdoptionTimeliness, @Ctx() context: RequestContext): Promise<Figure> {
    const cohort = await root.timeliness.cohort(context);
    return countFigure(cohort === null ? null : cohort.length, seesSmallNumbers(context.viewer, root.timeliness.scope.authorityCodes, root.timeliness.scope.regionCode));
  }

  @FieldResolver(() => Figure, { description: 'A1: days from entering care to moving in with the adoptive family.' })
  a1(@Root() root: AdoptionTimeliness, @Ctx() context: RequestContext): Promise<Figure> {
    return root.timeliness.indicator(context, 'a1');
  }

  @FieldResolver(() => Figure, { description: 'A10: as A1, but for children adopted by their foster carers the clock stops when that foster placement began (target 426 days).' })
  a10(@Root() root: AdoptionTimeliness, @Ctx() context: RequestContext): Promise<Figure> {
    return root.timeliness.indicator(context, 'a10');
  }

  @FieldResolver(() => Figure, { description: 'A2: days from the placement order to the match decision (a match made before the order counts as 0; target 121 days).' })
  a2(@Root() root: AdoptionTimeliness, @Ctx() context: RequestContext): Promise<Figure> {
    return root.timeliness.indicator(context, 'a2');
  }

  @FieldResolver(() => Figure, { description: 'Days from entering care to the decision that the child should be placed for adoption (target 182).' })
  enteredCareToDecision(@Root() root: AdoptionTimeliness, @Ctx() context: RequestContext): Promise<Figure> {
    return root.timeliness.indicator(context, 'enteredCareToDecision');
  }

  @FieldResolver(() => Figure, { description: 'Days from the decision to the placement order (target 91).' })
  decisionToPlacementOrder(@Root() root: AdoptionTimeliness, @Ctx() context: RequestContext): Promise<Figure> {
    return root.timeliness.indicator(context, 'decisionToPlacementOrder');
  }

  @FieldResolver(() => Figure, { description: 'Days from the match decision to moving in (target 31).' })
  matchToPlacement(@Root() root: AdoptionTimeliness, @Ctx() context: RequestContext): Promise<Figure> {
    return root.timeliness.indicator(context, 'matchToPlacement');
  }

  @FieldResolver(() => Figure, { description: 'Days from moving in to the adoption order (target 274).' })
  placementToAdoptionOrder(@Root() root: AdoptionTimeliness, @Ctx() context: RequestContext): Promise<Figure> {
    return root.timeliness.indicator(context, 'placementToAdoptionOrder');
  }

  @FieldResolver(() => Figure, { description: 'Days from the decision that the child should be placed to moving in with the adoptive family.' })
  decisionToPlacement(@Root() root: AdoptionTimeliness, @Ctx() context: RequestContext): Promise<Figure> {
    return root.timeliness.indicator(context, 'decisionToPlacement');
  }
}

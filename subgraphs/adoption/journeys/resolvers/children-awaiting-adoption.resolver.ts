import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { BreakdownCell, Figure } from '../../../measures/figure.type';
import { RequestContext } from '../../../platform/request-context';
import { ChildrenAwaitingAdoption } from '../types/children-awaiting-adoption.type';
import { FamilyFindingStatus, WaitingDimension } from '../waiting-children';

const STATUSES = 'Only children with a placement order whose family-finding status is one of these (default: all).';

@Resolver(() => ChildrenAwaitingAdoption)
export class ChildrenAwaitingAdoptionResolver {
  @FieldResolver(() => Figure, { description: 'Children with a decision that they should be placed for adoption, not yet placed, plan not ceased.' })
  withAdoptionPlan(@Root() root: ChildrenAwaitingAdoption, @Ctx() context: RequestContext): Promise<Figure> {
    return root.waiting.withAdoptionPlan(context);
  }

  @FieldResolver(() => Figure, { description: 'Of those, children with a placement order.' })
  withPlacementOrder(
    @Root() root: ChildrenAwaitingAdoption,
    @Ctx() context: RequestContext,
    @Arg('statuses', () => [FamilyFindingStatus], { defaultValue: [], description: STATUSES }) statuses: FamilyFindingStatus[],
  ): Promise<Figure> {
    return root.waiting.withPlacementOrder(context, statuses);
  }

  @FieldResolver(() => [BreakdownCell], { description: 'Children waiting with a placement order, split by one dimension.' })
  breakdown(
    @Root() root: ChildrenAwaitingAdoption,
    @Ctx() context: RequestContext,
    @Arg('by', () => WaitingDimension, { description: 'The dimension to split by.' }) by: WaitingDimension,
    @Arg('statuses', () => [FamilyFindingStatus], { defaultValue: [], description: STATUSES }) statuses: FamilyFindingStatus[],
  ): Promise<BreakdownCell[]> {
    return root.waiting.breakdown(context, by, statuses);
  }

  @FieldResolver(() => [BreakdownCell], { description: 'Children waiting with a placement order with each priority characteristic, and ANY ("harder to match"); cells overlap.' })
  characteristics(
    @Root() root: ChildrenAwaitingAdoption,
    @Ctx() context: RequestContext,
    @Arg('statuses', () => [FamilyFindingStatus], { defaultValue: [], description: STATUSES }) statuses: FamilyFindingStatus[],
  ): Promise<BreakdownCell[]> {
    return root.waiting.characteristics(context, statuses);
  }

  @FieldResolver(() => Figure, { description: 'How long children with a placement order have waited since it, on average (days).' })
  averageDaysSincePlacementOrder(
    @Root() root: ChildrenAwaitingAdoption,
    @Ctx() context: RequestContext,
    @Arg('statuses', () => [FamilyFindingStatus], { defaultValue: [], description: STATUSES }) statuses: FamilyFindingStatus[],
  ): Promise<Figure> {
    return root.waiting.averageDaysSincePlacementOrder(context, statuses);
  }
}

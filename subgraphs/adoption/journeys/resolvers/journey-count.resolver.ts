import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { FigureRow } from '../../../measures/figure-row.type';
import { BreakdownCell, Figure } from '../../../measures/figure.type';
import { RequestContext } from '../../../platform/request-context';
import { JourneyDimension } from '../journey-dimensions';
import { JourneyCountType } from '../types/journey-count.type';

@Resolver(() => JourneyCountType)
export class JourneyCountResolver {
  @FieldResolver(() => Figure, { description: 'The number of children.' })
  total(@Root() root: JourneyCountType, @Ctx() context: RequestContext): Promise<Figure> {
    return root.count.total(context);
  }

  @FieldResolver(() => [BreakdownCell], { description: 'The count split by one dimension (cells add up to the total).' })
  breakdown(
    @Root() root: JourneyCountType,
    @Ctx() context: RequestContext,
    @Arg('by', () => JourneyDimension, { description: 'The dimension to split by.' }) by: JourneyDimension,
  ): Promise<BreakdownCell[]> {
    return root.count.breakdown(context, by);
  }

  @FieldResolver(() => [BreakdownCell], { description: 'Each cell of a breakdown as a percentage of the total (e.g. the share placed with own adopters, "placed in region").' })
  shares(
    @Root() root: JourneyCountType,
    @Ctx() context: RequestContext,
    @Arg('by', () => JourneyDimension, { description: 'The dimension to split by.' }) by: JourneyDimension,
  ): Promise<BreakdownCell[]> {
    return root.count.shares(context, by);
  }

  @FieldResolver(() => [BreakdownCell], { description: 'Children with each priority characteristic, and ANY of them (cells overlap: a child can have several).' })
  characteristics(@Root() root: JourneyCountType, @Ctx() context: RequestContext): Promise<BreakdownCell[]> {
    return root.count.characteristics(context);
  }

  @FieldResolver(() => [FigureRow], { description: 'Flat rows for BI tools: one per authority and combination of the dimensions that occurs.' })
  rows(
    @Root() root: JourneyCountType,
    @Ctx() context: RequestContext,
    @Arg('by', () => [JourneyDimension], { description: 'Dimensions to cross-tabulate (none: one total row per authority).' }) by: JourneyDimension[],
  ): Promise<FigureRow[]> {
    return root.count.flatRows(context, by);
  }
}

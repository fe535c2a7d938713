import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { FigureRow } from '../../measures/figure-row.type';
import { BreakdownCell, Figure } from '../../measures/figure.type';
import { RequestContext } from '../../platform/request-context';
import { HouseholdDimension, householdDimension } from '../dimensions/household.dimensions';
import { FosterHouseholdCount } from '../types/foster-household-count.type';

@Resolver(() => FosterHouseholdCount)
export class FosterHouseholdCountResolver {
  @FieldResolver(() => Figure, { description: 'The count.' })
  total(@Root() root: FosterHouseholdCount, @Ctx() context: RequestContext): Promise<Figure> {
    return root.measure.total(context);
  }

  @FieldResolver(() => [BreakdownCell], { description: 'The count split by one dimension.' })
  breakdown(
    @Root() root: FosterHouseholdCount,
    @Ctx() context: RequestContext,
    @Arg('by', () => HouseholdDimension, { description: 'The dimension to split by.' }) by: HouseholdDimension,
  ): Promise<BreakdownCell[]> {
    return root.measure.breakdown(context, householdDimension(by, { deregistrations: root.deregistrations }));
  }

  @FieldResolver(() => [FigureRow], { description: 'Flat rows for BI tools: one per authority and combination of the dimensions that occurs.' })
  rows(
    @Root() root: FosterHouseholdCount,
    @Ctx() context: RequestContext,
    @Arg('by', () => [HouseholdDimension], { description: 'Dimensions to cross-tabulate (none: one total row per authority).' }) by: HouseholdDimension[],
  ): Promise<FigureRow[]> {
    return root.measure.flatRows(context, by.map((d) => householdDimension(d, { deregistrations: root.deregistrations })));
  }
}

import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { parseAgeBands } from '../../../schema/vocabulary/age-bands';
import { FigureRow } from '../../measures/figure-row.type';
import { BreakdownCell, Figure } from '../../measures/figure.type';
import { RequestContext } from '../../platform/request-context';
import { CareDimension, careDimension } from '../dimensions/care.dimensions';
import { CareFlow } from '../types/care-flow.type';
import { AGE_BANDS_DESCRIPTION } from './children-in-care.resolver';

@Resolver(() => CareFlow)
export class CareFlowResolver {
  @FieldResolver(() => Figure, { description: 'Number of periods of care starting (or ceasing) in the period.' })
  total(@Root() root: CareFlow, @Ctx() context: RequestContext): Promise<Figure> {
    return root.measure.total(context);
  }

  @FieldResolver(() => [BreakdownCell], { description: 'The count split by one dimension; age is the age at the start (or end) of care. REASON_CEASED applies to ceasing only.' })
  breakdown(
    @Root() root: CareFlow,
    @Ctx() context: RequestContext,
    @Arg('by', () => CareDimension, { description: 'The dimension to split by.' }) by: CareDimension,
    @Arg('ageBands', () => [String], { nullable: true, description: AGE_BANDS_DESCRIPTION }) ageBands?: string[] | null,
  ): Promise<BreakdownCell[]> {
    return root.measure.breakdown(context, careDimension(by, { ageBands: parseAgeBands('ageBands', ageBands), ceasing: root.ceasing }));
  }

  @FieldResolver(() => [FigureRow], { description: 'Flat rows for BI tools: one per authority and combination of the dimensions that occurs.' })
  rows(
    @Root() root: CareFlow,
    @Ctx() context: RequestContext,
    @Arg('by', () => [CareDimension], { description: 'Dimensions to cross-tabulate (none: one total row per authority).' }) by: CareDimension[],
    @Arg('ageBands', () => [String], { nullable: true, description: AGE_BANDS_DESCRIPTION }) ageBands?: string[] | null,
  ): Promise<FigureRow[]> {
    const bands = parseAgeBands('ageBands', ageBands);
    return root.measure.flatRows(context, by.map((d) => careDimension(d, { ageBands: bands, ceasing: root.ceasing })));
  }
}

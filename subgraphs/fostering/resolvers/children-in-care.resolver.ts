import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { parseAgeBands } from '../../../schema/vocabulary/age-bands';
import { financialYearEnd } from '../../../schema/vocabulary/dates';
import { rateFigure } from '../../measures/figure.builder';
import { FigureRow } from '../../measures/figure-row.type';
import { BreakdownCell, Figure, FigureUnit } from '../../measures/figure.type';
import { populationFor } from '../../measures/figure-scope';
import { RequestContext } from '../../platform/request-context';
import { englandValue } from '../data/england-reference.queries';
import { CareDimension, careDimension } from '../dimensions/care.dimensions';
import { ChildrenInCare } from '../types/children-in-care.type';

export const AGE_BANDS_DESCRIPTION =
  'Age bands for AGE_BAND, e.g. ["0-5", "6-15", "16+"]: contiguous from 0, each "under 1", "A-B", "A" or "A+"; default DfE\'s ["under 1", "1-4", "5-9", "10-15", "16+"].';

@Resolver(() => ChildrenInCare)
export class ChildrenInCareResolver {
  @FieldResolver(() => Figure, { description: 'Number of children in care at the date.' })
  total(@Root() root: ChildrenInCare, @Ctx() context: RequestContext): Promise<Figure> {
    return root.measure.total(context);
  }

  @FieldResolver(() => Figure, { description: 'Children in care per 10,000 children under 18, using the population DfE uses for the year ending the 31 March on or after the date (numerator and denominator included); at a 31 March, with England\'s rate beside it as `englandAverage` (all councils in DfE\'s council-level file: their children looked after over their under-18 population; it can differ by about 1 from DfE\'s headline England rate, which uses national totals).' })
  async ratePer10000(@Root() root: ChildrenInCare, @Ctx() context: RequestContext): Promise<Figure> {
    const year = financialYearEnd(root.at);
    const populations = root.measure.scope.authorityCodes.map((code) => populationFor(root.measure.scope.populations.get(code), year));
    const denominator = populations.some((p) => p === null) ? null : populations.reduce<number>((s, p) => s + (p ?? 0), 0);
    const englandAverage = await englandValue(context, 'children_looked_after_rate_per_10000', root.at);
    return rateFigure(await root.measure.count(context), denominator, FigureUnit.RATE_PER_10000, root.measure.unsuppressed(context), { englandAverage });
  }

  @FieldResolver(() => [BreakdownCell], { description: 'The count split by one dimension; the cells add up to the total (every age band, sex and code is listed, zeros included).' })
  breakdown(
    @Root() root: ChildrenInCare,
    @Ctx() context: RequestContext,
    @Arg('by', () => CareDimension, { description: 'The dimension to split by.' }) by: CareDimension,
    @Arg('ageBands', () => [String], { nullable: true, description: AGE_BANDS_DESCRIPTION }) ageBands?: string[] | null,
  ): Promise<BreakdownCell[]> {
    return root.measure.breakdown(context, careDimension(by, { ageBands: parseAgeBands('ageBands', ageBands), at: root.at }));
  }

  @FieldResolver(() => [FigureRow], { description: 'Flat rows for BI tools: one per authority and combination of the dimensions that occurs (a cross-tab), e.g. by: [AGE_BAND, LEGAL_STATUS].' })
  rows(
    @Root() root: ChildrenInCare,
    @Ctx() context: RequestContext,
    @Arg('by', () => [CareDimension], { description: 'Dimensions to cross-tabulate (none: one total row per authority).' }) by: CareDimension[],
    @Arg('ageBands', () => [String], { nullable: true, description: AGE_BANDS_DESCRIPTION }) ageBands?: string[] | null,
  ): Promise<FigureRow[]> {
    const bands = parseAgeBands('ageBands', ageBands);
    return root.measure.flatRows(context, by.map((d) => careDimension(d, { ageBands: bands, at: root.at })));
  }
}

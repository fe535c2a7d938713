import { Arg, Ctx, Directive, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { RegionStub, REQUIRES_MEMBERS } from '../adoption.stubs';
import { parseDateArgument, DateScalar } from '../../../schema/vocabulary/date.scalar';
import { badInput } from '../../../schema/vocabulary/errors';
import { BreakdownCell, Figure } from '../../measures/figure.type';
import { parsePeriodArgument } from '../../../schema/vocabulary/period';
import { PeriodScalar } from '../../../schema/vocabulary/period.scalar';
import { regionScope } from '../../measures/figure-scope';
import { RequestContext } from '../../platform/request-context';
import { AgencyWork, parseDetailFilter } from './agency-work';
import { AgencyWorkKind } from './agency-work-kind.enum';
import { AgencyCaseloadType, AgencyWorkType } from './agency-work.type';

const DETAIL = 'Only records whose detail has all these "name=value" pairs (e.g. "route=fast_track", "item=matches", "fund=covid").';

@Resolver(() => RegionStub)
export class RegionAgencyWorkResolver {
  @Directive(REQUIRES_MEMBERS)
  @FieldResolver(() => AgencyWorkType, { description: 'One kind of the agency\'s own work over a period (for a regional adoption agency; NO_DATA for other regions).' })
  agencyWork(
    @Root() region: RegionStub,
    @Arg('period', () => PeriodScalar, { description: 'Financial year, quarter(s), month(s) or window.' }) period: string,
    @Arg('kind', () => AgencyWorkKind, { description: 'The kind of work.' }) kind: string,
    @Arg('detail', { nullable: true, description: DETAIL }) detail?: string,
  ): AgencyWorkType {
    const range = parsePeriodArgument('period', period);
    return Object.assign(new AgencyWorkType(), { kind, work: new AgencyWork(regionScope(region.code, region.members), kind, range, range, parseDetailFilter('detail', detail)) });
  }

  @Directive(REQUIRES_MEMBERS)
  @FieldResolver(() => AgencyCaseloadType, { description: 'Records of one kind open at the end of a day (for a regional adoption agency; NO_DATA for other regions).' })
  agencyCaseload(
    @Root() region: RegionStub,
    @Arg('at', () => DateScalar, { description: 'The date to count at, YYYY-MM-DD.' }) at: string,
    @Arg('kind', () => AgencyWorkKind, { description: 'The kind of work.' }) kind: string,
    @Arg('detail', { nullable: true, description: DETAIL }) detail?: string,
  ): AgencyCaseloadType {
    const day = parseDateArgument('at', at);
    return Object.assign(new AgencyCaseloadType(), { kind, work: new AgencyWork(regionScope(region.code, region.members), kind, { start: day, end: day }, null, parseDetailFilter('detail', detail)) });
  }
}

@Resolver(() => AgencyWorkType)
export class AgencyWorkResolver {
  @FieldResolver(() => Figure, { description: 'How many records of the kind in the period.' })
  count(@Root() root: AgencyWorkType, @Ctx() context: RequestContext): Promise<Figure> {
    return root.work.count(context);
  }

  @FieldResolver(() => [BreakdownCell], { description: 'The count by locality hub.' })
  byHub(@Root() root: AgencyWorkType, @Ctx() context: RequestContext): Promise<BreakdownCell[]> {
    return root.work.byHub(context);
  }

  @FieldResolver(() => Figure, { description: 'Average days taken (stages of assessment completed in the period), with England\'s average and the target.' })
  averageDays(@Root() root: AgencyWorkType, @Ctx() context: RequestContext): Promise<Figure> {
    return root.work.averageDays(context);
  }

  @FieldResolver(() => Figure, { description: 'Percentage of the records that took no more than `days` days (e.g. stage 1 within the 60-day target).' })
  withinDays(@Root() root: AgencyWorkType, @Ctx() context: RequestContext, @Arg('days', () => Int, { description: 'The limit in days (e.g. 60 for stage 1, 182 for the whole assessment).' }) days: number): Promise<Figure> {
    if (days < 1) throw badInput('days', days, 'a whole number of days, at least 1');
    return root.work.withinDays(context, days);
  }

  @FieldResolver(() => Figure, { description: 'Percentage of the records whose detail has these pairs (e.g. "rating=good_or_outstanding").' })
  share(@Root() root: AgencyWorkType, @Ctx() context: RequestContext, @Arg('detail', { description: '"name=value" pairs joined by ";".' }) detail: string): Promise<Figure> {
    return root.work.share(context, parseDetailFilter('detail', detail));
  }

  @FieldResolver(() => Figure, { description: 'Money: the total value of the records (e.g. Adoption Support Fund applications), in pounds.' })
  value(@Root() root: AgencyWorkType, @Ctx() context: RequestContext): Promise<Figure> {
    return root.work.value(context);
  }
}

@Resolver(() => AgencyCaseloadType)
export class AgencyCaseloadResolver {
  @FieldResolver(() => Figure, { description: 'How many records of the kind were open at the end of the day.' })
  open(@Root() root: AgencyCaseloadType, @Ctx() context: RequestContext): Promise<Figure> {
    return root.work.count(context, true);
  }

  @FieldResolver(() => [BreakdownCell], { description: 'The open records by locality hub.' })
  byHub(@Root() root: AgencyCaseloadType, @Ctx() context: RequestContext): Promise<BreakdownCell[]> {
    return root.work.byHub(context, true);
  }
}

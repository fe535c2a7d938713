import { countBreakdown, buildFigure, countFigure, rateFigure, seesSmallNumbers } from '../../measures/figure.builder';
import { BreakdownCell, Figure, FigureUnit } from '../../measures/figure.type';
import { badInput } from '../../../schema/vocabulary/errors';
import { Period } from '../../../schema/vocabulary/period';
import { FigureScope } from '../../measures/figure-scope';
import { RequestContext } from '../../platform/request-context';
import { benchmarksFor } from '../data/benchmarks.queries';
import { agenciesCovering, localityHubs } from '../data/locality-hub.queries';
import { benchmarkPeriodOf } from '../journeys/timeliness';
import { AgencyEventRow, agencyEvents } from './agency-work.queries';

/** The published measure whose England average and target sit beside an average of a kind's days. */
const BENCHMARK_MEASURE: Record<string, string> = {
  adopter_stage1_completed: 'adopter_assessment_stage1_days',
  adopter_stage2_completed: 'adopter_assessment_stage2_days',
  adopter_assessment_completed: 'adopter_assessment_overall_days',
};

/** `name=value;…` pairs a record's detail must all contain. */
export function parseDetailFilter(argument: string, value: string | null | undefined): string[] {
  if (!value) return [];
  const pairs = value.split(';').filter(Boolean);
  for (const pair of pairs) if (!/^[a-z0-9_]+=[A-Za-z0-9_.-]+$/.test(pair)) throw badInput(argument, value, '"name=value" pairs joined by ";", e.g. "route=fast_track;adopter_type=second_time_adopter"');
  return pairs;
}

const hasDetail = (e: AgencyEventRow, pairs: string[]) => pairs.every((p) => e.detail.split(';').includes(p));

/**
 * One kind of an agency's work over a period (or open at a date): counts, by hub, days, shares
 * and money. A region that is not an adoption agency, or a span outside its records, is NO_DATA.
 */
export class AgencyWork {
  constructor(
    readonly scope: FigureScope,
    readonly kind: string,
    readonly span: { start: string; end: string },
    readonly period: Period | null,
    readonly detail: string[],
  ) {}

  private agency(): string | null {
    return this.scope.regionCode ?? null;
  }

  unsuppressed(context: RequestContext): boolean {
    return seesSmallNumbers(context.viewer, this.scope.authorityCodes, this.scope.regionCode);
  }

  /** Records of the kind in the span (dated in it, or for a date, open on it), or null for no data. */
  async records(context: RequestContext, open = false): Promise<AgencyEventRow[] | null> {
    const agency = this.agency();
    if (!agency) return null;
    const covered = await agenciesCovering(context, [agency], { from: this.span.start, to: this.span.end });
    if (!covered.has(agency)) return null;
    const events = (await agencyEvents(context, agency, this.kind)).filter((e) => hasDetail(e, this.detail));
    if (open) return events.filter((e) => e.eventDate <= this.span.end && (e.endDate === null || e.endDate > this.span.end));
    return events.filter((e) => e.eventDate >= this.span.start && e.eventDate <= this.span.end);
  }

  async count(context: RequestContext, open = false): Promise<Figure> {
    const records = await this.records(context, open);
    return countFigure(records === null ? null : records.length, this.unsuppressed(context));
  }

  async byHub(context: RequestContext, open = false): Promise<BreakdownCell[]> {
    const records = await this.records(context, open);
    const hubs = (await localityHubs(context)).filter((h) => h.agencyCode === this.agency());
    return countBreakdown(hubs.map((h) => ({ key: h.code, label: h.name, count: records === null ? null : records.filter((r) => r.hubCode === h.code).length })), this.unsuppressed(context));
  }

  async averageDays(context: RequestContext): Promise<Figure> {
    const records = (await this.records(context))?.filter((r) => r.days !== null) ?? null;
    const total = records === null ? null : records.reduce((s, r) => s + r.days!, 0);
    const measure = BENCHMARK_MEASURE[this.kind];
    const benchmarks = measure && this.period ? await benchmarksFor(context, [measure], benchmarkPeriodOf(this.period)) : null;
    return buildFigure(
      {
        value: records === null || records.length === 0 ? null : Math.round(total! / records.length),
        unit: FigureUnit.DAYS,
        numerator: total,
        denominator: records?.length ?? null,
        basedOn: records ? [records.length] : [],
        englandAverage: benchmarks ? benchmarks.englandAverage ?? benchmarks.raaAverage : null,
        target: benchmarks?.target ?? null,
      },
      this.unsuppressed(context),
    );
  }

  async withinDays(context: RequestContext, days: number): Promise<Figure> {
    const records = (await this.records(context))?.filter((r) => r.days !== null) ?? null;
    return rateFigure(records === null ? null : records.filter((r) => r.days! <= days).length, records?.length ?? null, FigureUnit.PERCENT, this.unsuppressed(context));
  }

  async share(context: RequestContext, pairs: string[]): Promise<Figure> {
    const records = await this.records(context);
    return rateFigure(records === null ? null : records.filter((r) => hasDetail(r, pairs)).length, records?.length ?? null, FigureUnit.PERCENT, this.unsuppressed(context));
  }

  async value(context: RequestContext): Promise<Figure> {
    const records = await this.records(context);
    const total = records === null ? null : records.reduce((s, r) => s + (r.valueGbp ?? 0), 0);
    // Money is not about a small number of children: shown whenever there are records.
    return buildFigure({ value: total === null ? null : Math.round(total * 100) / 100, unit: FigureUnit.GBP, basedOn: [] }, true);
  }
}

import { Directive, Field, ObjectType } from 'type-graphql';
import { DateScalar } from '../../schema/vocabulary/date.scalar';
import { PeriodScalar } from '../../schema/vocabulary/period.scalar';
import { RequestContext } from '../platform/request-context';
import { CubeRow } from './breakdown';
import { authoritySpans, TimeWindow } from './coverage';
import { FigureScope } from './figure-scope';
import { MeasureDeclaration } from './measure';

@Directive('@shareable')
@ObjectType({ description: "One authority's span of records for a measure." })
export class AuthorityCoverage {
  @Field({ description: "GSS code of the authority (or, for an agency's own records, the region's code)." })
  authorityCode!: string;

  @Field(() => DateScalar, { nullable: true, description: 'The first day its records cover; null when it holds none.' })
  from!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The last day its records cover; null when it holds none.' })
  to!: string | null;
}

@Directive('@shareable')
@ObjectType({
  description:
    'Which dates and periods a measure holds data for: a figure for a time outside them is null with suppressionReason NO_DATA.',
})
export class MeasureCoverage {
  @Field({ description: 'The measure, as in flat rows, e.g. "children_in_care_count".' })
  measure!: string;

  @Field({
    description:
      'Where it is asked for: the field, or the group field and its member, e.g. "adoptionActivity.decisions".',
  })
  field!: string;

  @Field({ description: 'SNAPSHOT (asked `at` a date) or FLOW (asked over a `period`).' })
  time!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The first day every authority in scope holds records for; null when one holds none.',
  })
  from!: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The last day every authority in scope holds records for; null when one holds none.',
  })
  to!: string | null;

  @Field(() => [DateScalar], {
    description:
      'The 31 Marches inside the span: the dates DfE publishes snapshot figures at (for a snapshot measure).',
  })
  yearEnds!: string[];

  @Field(() => [PeriodScalar], {
    description:
      'The financial years inside the span, e.g. "2018-19": the periods a flow holds whole (for a flow measure).',
  })
  financialYears!: string[];

  @Field(() => [AuthorityCoverage], { description: "Each authority's own span, in the scope's order." })
  authorities!: AuthorityCoverage[];
}

/** The span every one of `spans` holds, or null. */
function common(spans: (TimeWindow | null)[]): TimeWindow | null {
  if (spans.length === 0 || spans.some((s) => !s)) return null;
  const from = spans.map((s) => s!.from).sort()[spans.length - 1];
  const to = spans.map((s) => s!.to).sort()[0];
  return from <= to ? { from, to } : null;
}

function yearEnds(span: TimeWindow | null): string[] {
  if (!span) return [];
  const years: string[] = [];
  for (let y = Number(span.from.slice(0, 4)); `${y}-03-31` <= span.to; y++)
    if (`${y}-03-31` >= span.from) years.push(`${y}-03-31`);
  return years;
}

function financialYears(span: TimeWindow | null): string[] {
  if (!span) return [];
  const years: string[] = [];
  for (let y = Number(span.from.slice(0, 4)) - 1; `${y + 1}-03-31` <= span.to; y++)
    if (`${y}-04-01` >= span.from) years.push(`${y}-${String((y + 1) % 100).padStart(2, '0')}`);
  return years;
}

/**
 * A measure's coverage for a scope, read from the same coverage source its figures use (so a
 * time outside it is exactly a time that answers NO_DATA): one statement per request and source.
 */
export async function measureCoverage(
  declaration: MeasureDeclaration<CubeRow>,
  field: string,
  scope: FigureScope,
  context: RequestContext,
): Promise<MeasureCoverage> {
  const codes = scope.authorityCodes;
  const spans = declaration.coverage
    ? declaration.coverage.spans
      ? await declaration.coverage.spans(context, codes, {})
      : codes.map(() => null)
    : await authoritySpans(context, codes, declaration.recordsTable);
  const span = common(spans);
  return {
    measure: declaration.measure,
    field,
    time: declaration.time,
    from: span?.from ?? null,
    to: span?.to ?? null,
    yearEnds: yearEnds(span),
    financialYears: financialYears(span),
    authorities: codes.map((authorityCode, i) => ({
      authorityCode,
      from: spans[i]?.from ?? null,
      to: spans[i]?.to ?? null,
    })),
  };
}

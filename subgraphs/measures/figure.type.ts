import { Directive, Field, Float, ObjectType, registerEnumType } from 'type-graphql';

export enum FigureUnit {
  COUNT = 'COUNT',
  RATE_PER_10000 = 'RATE_PER_10000',
  PERCENT = 'PERCENT',
  DAYS = 'DAYS',
  GBP = 'GBP',
}

registerEnumType(FigureUnit, {
  name: 'FigureUnit',
  description: "What a figure's value measures.",
  valuesConfig: {
    COUNT: { description: 'A number of children, households, events…' },
    RATE_PER_10000: { description: 'A rate per 10,000 of a population (numerator / denominator × 10,000).' },
    PERCENT: { description: 'A percentage (numerator / denominator × 100).' },
    DAYS: { description: 'An average duration in days.' },
    GBP: { description: 'An amount of money in pounds sterling.' },
  },
});

/**
 * Every number the hub returns. Built only by `figure.builder.ts`, so disclosure control applies
 * everywhere at once.
 */
@Directive('@shareable')
@ObjectType({
  description:
    'A published-style statistic: its value and what is needed to trust and compare it. For callers who may only see aggregates (DISCLOSURE.md), counts are rounded to the nearest 5, and counts of 1 to 4 (and anything that would reveal one) are withheld.',
})
export class Figure {
  @Field(() => Float, {
    nullable: true,
    description:
      'The value; null when suppressed. A count shown to a caller who may only see aggregates is rounded to the nearest 5 (0 is a real zero).',
  })
  value!: number | null;

  @Field(() => FigureUnit, { description: 'What the value measures.' })
  unit!: FigureUnit;

  @Field(() => Float, {
    nullable: true,
    description: 'For rates, percentages and averages: the numerator (e.g. children in care); null when suppressed.',
  })
  numerator!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'For rates, percentages and averages: the denominator (e.g. the under-18 population); null when suppressed.',
  })
  denominator!: number | null;

  @Field({ description: 'True when the value is withheld to protect individuals.' })
  suppressed!: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'Why the value is withheld: "CONFIDENTIAL" (DfE\'s "c": a count of 1 to 4, or a figure that would reveal one; the two are not told apart) or "NO_DATA" (no records held for that authority and time).',
  })
  suppressionReason!: string | null;

  @Field(() => Float, {
    nullable: true,
    description: 'The England average for the same measure and period, where published.',
  })
  englandAverage!: number | null;

  @Field(() => Float, { nullable: true, description: 'The government target for the same measure, where one exists.' })
  target!: number | null;
}

@Directive('@shareable')
@ObjectType({ description: 'One cell of a breakdown: a value of the dimension (e.g. age band "0-5") and its figure.' })
export class BreakdownCell {
  @Field({
    description: 'The stable code of the dimension value (e.g. "0-5", "C2", "U4", "F"); use it as a column value.',
  })
  key!: string;

  @Field({ description: 'A human-readable label for the dimension value.' })
  label!: string;

  @Field(() => Figure, { description: 'The figure for this cell.' })
  figure!: Figure;
}

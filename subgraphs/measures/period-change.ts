import { registerEnumType } from 'type-graphql';
import { daysInMonth, isoDate } from '../../schema/vocabulary/dates';
import { badInput } from '../../schema/vocabulary/errors';
import { parsePeriodArgument, Period } from '../../schema/vocabulary/period';
import { RequestContext } from '../platform/request-context';
import { buildFigure, withheldFigure } from './figure.builder';
import { Figure, FigureUnit } from './figure.type';
import { MeasureValue } from './measure';
import { measureTotal } from './measure-figures';
import { flowIn } from './time';

/** Which earlier period a flow is compared with. */
export enum PeriodComparison {
  PREVIOUS_PERIOD = 'PREVIOUS_PERIOD',
  SAME_PERIOD_PREVIOUS_YEAR = 'SAME_PERIOD_PREVIOUS_YEAR',
}

registerEnumType(PeriodComparison, {
  name: 'PeriodComparison',
  description: 'The earlier period a flow is compared with.',
  valuesConfig: {
    PREVIOUS_PERIOD: {
      description:
        'The period of the same length just before (a quarter: the quarter before; a year: the year before).',
    },
    SAME_PERIOD_PREVIOUS_YEAR: {
      description: 'The same months one year earlier (Q4 2020-21: Q4 2019-20).',
    },
  },
});

const monthIndex = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
const monthStart = (index: number) => isoDate(Math.floor(index / 12), (index % 12) + 1, 1);
const monthEnd = (index: number) => {
  const [y, m] = [Math.floor(index / 12), (index % 12) + 1];
  return isoDate(y, m, daysInMonth(y, m));
};
const financialYear = (startYear: number) => `${startYear}-${String((startYear + 1) % 100).padStart(2, '0')}`;

/** `period` moved back by whole months, labelled as a period of its kind where it is one. */
export function shiftedBack(period: Period, months: number): Period {
  const [from, to] = [monthIndex(period.start) - months, monthIndex(period.end) - months];
  const start = monthStart(from);
  const end = monthEnd(to);
  const [y, m] = [Number(start.slice(0, 4)), Number(start.slice(5, 7))];
  const fyStart = m >= 4 ? y : y - 1;
  const length = to - from + 1;
  let label = `${start.slice(0, 7)}/${end.slice(0, 7)}`;
  if (length === 1) label = start.slice(0, 7);
  else if (length === 3 && (m - 4 + 12) % 3 === 0) label = `${financialYear(fyStart)}-Q${((m - 4 + 12) % 12) / 3 + 1}`;
  else if (length === 12 && m === 4) label = financialYear(y);
  return { label, kind: 'MONTHS', start, end };
}

/** The earlier period asked for: by kind, or given (which must end before the period starts). */
export function comparisonPeriod(
  period: Period,
  against: PeriodComparison | null,
  earlierPeriod: string | null,
): Period {
  if (earlierPeriod != null) {
    if (against != null)
      throw badInput('against', against, 'either `against` or `earlierPeriod`, not both (`earlierPeriod` was given)');
    const earlier = parsePeriodArgument('earlierPeriod', earlierPeriod);
    if (earlier.end >= period.start)
      throw badInput(
        'earlierPeriod',
        earlierPeriod,
        `a period that ends before the period compared starts (${period.label} starts ${period.start}; "${earlierPeriod}" ends ${earlier.end})`,
      );
    return earlier;
  }
  const months = monthIndex(period.end) - monthIndex(period.start) + 1;
  return shiftedBack(
    period,
    (against ?? PeriodComparison.PREVIOUS_PERIOD) === PeriodComparison.PREVIOUS_PERIOD ? months : 12,
  );
}

/** What `change` returns: the earlier period, its count, and the change to this one. */
export interface PeriodChangeData {
  earlierPeriod: string;
  earlierStart: string;
  earlierEnd: string;
  earlier: Figure;
  change: Figure;
  percentChange: Figure;
}

/**
 * The change of a flow count from an earlier period: the two counts as the measure gives them
 * (suppressed as they are), the difference, and the difference as a percentage of the earlier
 * count (one decimal). The difference and the percentage are withheld wherever either count is,
 * since with the shown one they would give the hidden one away.
 */
export async function measurePeriodChange(
  value: MeasureValue,
  context: RequestContext,
  earlierPeriod: Period,
): Promise<PeriodChangeData> {
  const earlierValue = new MeasureValue(value.declaration, value.scope, flowIn(earlierPeriod), value.args);
  const [now, earlier] = await Promise.all([measureTotal(value, context), measureTotal(earlierValue, context)]);
  const base = { earlierPeriod: earlierPeriod.label, earlierStart: earlierPeriod.start, earlierEnd: earlierPeriod.end };
  const hidden = [now, earlier].find((f) => f.suppressed);
  const difference = hidden ? null : now.value! - earlier.value!;
  const change = buildFigure(
    { value: difference, unit: FigureUnit.COUNT, numerator: null, denominator: null, basedOn: [] },
    true,
  );
  const percent = buildFigure(
    {
      value: difference === null || earlier.value === 0 ? null : Math.round((difference / earlier.value!) * 1000) / 10,
      unit: FigureUnit.PERCENT,
      numerator: difference,
      denominator: earlier.value,
      basedOn: [],
    },
    true,
  );
  if (hidden && hidden.suppressionReason !== 'NO_DATA')
    return {
      ...base,
      earlier,
      change: withheldFigure(change, hidden.suppressionReason!),
      percentChange: withheldFigure(percent, hidden.suppressionReason!),
    };
  return { ...base, earlier, change, percentChange: percent };
}

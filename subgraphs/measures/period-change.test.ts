import { parsePeriod } from '../../schema/vocabulary/period';
import { comparisonPeriod, PeriodComparison } from './period-change';

const period = (label: string) => parsePeriod(label)!;

describe('the earlier period a flow is compared with', () => {
  it.each([
    ['2020-21-Q4', null, '2020-21-Q3', '2020-10-01', '2020-12-31'],
    ['2020-21-Q1', null, '2019-20-Q4', '2020-01-01', '2020-03-31'],
    ['2020-21-Q4', PeriodComparison.SAME_PERIOD_PREVIOUS_YEAR, '2019-20-Q4', '2020-01-01', '2020-03-31'],
    ['2020-21', null, '2019-20', '2019-04-01', '2020-03-31'],
    ['2020-21', PeriodComparison.SAME_PERIOD_PREVIOUS_YEAR, '2019-20', '2019-04-01', '2020-03-31'],
    ['2021-03', null, '2021-02', '2021-02-01', '2021-02-28'],
    ['2020-09/2021-03', PeriodComparison.SAME_PERIOD_PREVIOUS_YEAR, '2019-09/2020-03', '2019-09-01', '2020-03-31'],
    ['2020-09/2021-03', null, '2020-02/2020-08', '2020-02-01', '2020-08-31'],
    ['2019-22', null, '2016-04/2019-03', '2016-04-01', '2019-03-31'],
  ])('%s against %s is %s (%s to %s)', (label, against, earlier, start, end) => {
    expect(comparisonPeriod(period(label), against, null)).toMatchObject({ label: earlier, start, end });
  });

  it('takes any period that ends before the period starts', () => {
    expect(comparisonPeriod(period('2020-21-Q2'), null, '2019-06/2019-08')).toMatchObject({
      start: '2019-06-01',
      end: '2019-08-31',
    });
  });

  it.each([
    ['2021-22-Q1', 'earlierPeriod', /ends before the period compared starts/],
    ['2020-21-Q4', 'earlierPeriod', /ends before the period compared starts/],
    ['2020-13', 'earlierPeriod', /a financial year/],
  ])('refuses earlierPeriod %s with a coded error naming %s', (earlier, argument, words) => {
    expect.assertions(3);
    try {
      comparisonPeriod(period('2020-21-Q4'), null, earlier);
    } catch (error) {
      const e = error as { extensions: Record<string, unknown>; message: string };
      expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
      expect(e.message).toContain(`"${argument}"`);
      expect(e.message).toMatch(words);
    }
  });

  it('refuses both ways of naming the earlier period at once', () => {
    expect(() => comparisonPeriod(period('2020-21-Q4'), PeriodComparison.PREVIOUS_PERIOD, '2019-20')).toThrow(
      /Argument "against".*not both/,
    );
  });
});

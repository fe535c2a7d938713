import { GraphQLError } from 'graphql';
import { parsePeriod, parsePeriodArgument } from './period';

describe('Period', () => {
  it.each([
    ['2021-22', 'FINANCIAL_YEAR', '2021-04-01', '2022-03-31'],
    ['1999-00', 'FINANCIAL_YEAR', '1999-04-01', '2000-03-31'],
    ['2021-22-Q1', 'QUARTER', '2021-04-01', '2021-06-30'],
    ['2021-22-Q3', 'QUARTER', '2021-10-01', '2021-12-31'],
    ['2020-21-Q4', 'QUARTER', '2021-01-01', '2021-03-31'],
    ['2024-02', 'MONTH', '2024-02-01', '2024-02-29'],
    ['2022-03', 'MONTH', '2022-03-01', '2022-03-31'],
    ['2019-22', 'ROLLING_THREE_YEARS', '2019-04-01', '2022-03-31'],
  ])('reads %s as a %s from %s to %s', (label, kind, start, end) => {
    expect(parsePeriod(label)).toEqual({ label, kind, start, end });
  });

  it.each([
    '2021-23',
    '2021-22-Q5',
    '2021-22-Q0',
    '2022-13',
    '2022-00',
    '2021',
    '21-22',
    '2021-22-q1',
    '',
    '2021-2022',
  ])('rejects %j', (label) => {
    expect(parsePeriod(label)).toBeUndefined();
  });

  it('names the argument and the accepted forms when rejecting', () => {
    let error: GraphQLError | undefined;
    try {
      parsePeriodArgument('period', '2021-23');
    } catch (e) {
      error = e as GraphQLError;
    }
    expect(error?.extensions.code).toBe('BAD_USER_INPUT');
    expect(error?.message).toContain('"period"');
    expect(error?.message).toContain('"2021-22"');
    expect(error?.message).toContain('"2019-22"');
  });

  it('can insist on a kind of period', () => {
    expect(() => parsePeriodArgument('window', '2021-22', ['ROLLING_THREE_YEARS'])).toThrow(
      /"window".*ROLLING_THREE_YEARS/,
    );
    expect(parsePeriodArgument('window', '2019-22', ['ROLLING_THREE_YEARS']).start).toBe('2019-04-01');
  });
});

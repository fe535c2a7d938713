import { GraphQLError } from 'graphql';
import { bandOf, DFE_AGE_BANDS, parseAgeBands } from './age-bands';
import { ageInYears } from './dates';

describe('age bands', () => {
  it("defaults to DfE's standard bands", () => {
    expect(parseAgeBands('ageBands', undefined).map((b) => b.label)).toEqual(DFE_AGE_BANDS);
  });

  it('closes a custom list with an open band so every child is counted once', () => {
    expect(parseAgeBands('ageBands', ['0-5']).map((b) => b.label)).toEqual(['0-5', '6+']);
    expect(parseAgeBands('ageBands', ['under 1', '1', '2', '3', '4', '5+']).map((b) => b.label)).toEqual([
      'under 1',
      '1',
      '2',
      '3',
      '4',
      '5+',
    ]);
  });

  it('puts each age in its band', () => {
    const bands = parseAgeBands('ageBands', DFE_AGE_BANDS);
    expect([0, 1, 4, 5, 9, 10, 15, 16, 17].map((age) => bandOf(bands, age).label)).toEqual([
      'under 1',
      '1-4',
      '1-4',
      '5-9',
      '5-9',
      '10-15',
      '10-15',
      '16+',
      '16+',
    ]);
  });

  it('computes age in completed years at a date', () => {
    expect(ageInYears('2016-04-01', '2022-03-31')).toBe(5);
    expect(ageInYears('2016-03-01', '2022-03-31')).toBe(6);
    expect(ageInYears('2016-03-01', '2022-03-01')).toBe(6);
    expect(ageInYears('2016-03-01', '2022-02-28')).toBe(5);
  });

  it.each([
    [['teenagers'], 'teenagers'],
    [['1-4'], 'start at age 0'],
    [['0-5', '7-9'], 'start at age 6'],
    [['0-5', '6+', '10-15'], 'must come last'],
    [['5-1'], '5-1'],
  ])('rejects %j with a coded error naming the argument', (labels, hint) => {
    let error: GraphQLError | undefined;
    try {
      parseAgeBands('ageBands', labels);
    } catch (e) {
      error = e as GraphQLError;
    }
    expect(error?.extensions.code).toBe('BAD_USER_INPUT');
    expect(error?.message).toContain('"ageBands"');
    expect(error?.message).toContain(hint);
  });
});

import { FigureUnit } from './figure.type';
import { DAYS_TOTAL, PERCENT, statisticCells, statisticFigure, tally } from './statistic';
import { withinDays } from './within-days';

/** The kit's PERCENT and DAYS_TOTAL statistics and its "within N days" rows, on numbers worked by hand. */
describe('PERCENT', () => {
  it('is a share of people: sum of n, one decimal, with numerator and denominator', () => {
    // 2 of 3 = 66.666…% → 66.7.
    expect(statisticFigure(PERCENT, { n: 3, sum: 2 }, true)).toMatchObject({
      value: 66.7,
      unit: FigureUnit.PERCENT,
      numerator: 2,
      denominator: 3,
      suppressed: false,
    });
  });

  it('is a rate of a base when the rows carry one (sessions missed of possible), and adds bases up', () => {
    const t = tally([
      { n: 10, sum: 40, base: 1000 },
      { n: 20, sum: 95, base: 2000 },
    ]);
    expect(t).toEqual({ n: 30, sum: 135, base: 3000 });
    // 135 / 3000 = 4.5%.
    expect(statisticFigure(PERCENT, t, false)).toMatchObject({ value: 4.5, numerator: 135, denominator: 3000 });
  });

  it('suppresses a share when those with, or those without, the property are 1 to 4, for an anonymous caller', () => {
    expect(statisticFigure(PERCENT, { n: 50, sum: 3 }, false)).toMatchObject({ value: null, suppressed: true });
    expect(statisticFigure(PERCENT, { n: 50, sum: 47 }, false)).toMatchObject({ value: null, suppressed: true });
    expect(statisticFigure(PERCENT, { n: 50, sum: 50 }, false)).toMatchObject({ value: 100, suppressed: false });
    // A rate of sessions is suppressed only on its people.
    expect(statisticFigure(PERCENT, { n: 3, sum: 100, base: 2000 }, false)).toMatchObject({ suppressed: true });
    // Shown from rounded counts to an aggregate viewer: 40 / 2000, not 42 / 2001.
    expect(statisticFigure(PERCENT, { n: 30, sum: 42, base: 2001 }, false)).toMatchObject({
      value: 2,
      numerator: 40,
      denominator: 2000,
    });
    expect(statisticFigure(PERCENT, { n: 30, sum: 42, base: 2001 }, true)).toMatchObject({ value: 2.1 });
  });

  it('has no value, not zero, over nobody', () => {
    expect(statisticFigure(PERCENT, { n: 0, sum: 0 }, true)).toMatchObject({
      value: null,
      suppressionReason: 'NO_DATA',
    });
    expect(statisticFigure(PERCENT, null, true)).toMatchObject({ value: null, suppressionReason: 'NO_DATA' });
  });

  it('gives each cell of a breakdown its own percentage', () => {
    const cells = statisticCells(
      PERCENT,
      [
        { key: 'A', label: 'A' },
        { key: 'B', label: 'B' },
      ],
      new Map([
        ['A', { n: 10, sum: 5 }],
        ['B', { n: 20, sum: 15 }],
      ]),
      true,
    );
    expect(cells.map((c) => c.figure.value)).toEqual([50, 75]);
  });
});

describe('PERCENT breakdowns', () => {
  it('hide a second cell when only one is small, as its numerator and denominator would follow from the total', () => {
    const keys = ['A', 'B', 'C'].map((key) => ({ key, label: key }));
    const cells = statisticCells(
      PERCENT,
      keys,
      new Map([
        ['A', { n: 40, sum: 20 }],
        ['B', { n: 3, sum: 1 }],
        ['C', { n: 20, sum: 10 }],
      ]),
      false,
    );
    expect(cells.map((c) => c.figure.suppressionReason)).toEqual([null, 'CONFIDENTIAL', 'CONFIDENTIAL']);
    expect(cells[2].figure).toMatchObject({ value: null, numerator: null, denominator: null });
  });
});

describe('DAYS_TOTAL', () => {
  it('adds up the days, suppressed when the records added are few', () => {
    expect(statisticFigure(DAYS_TOTAL, { n: 12, sum: 30.5 }, true)).toMatchObject({
      value: 30.5,
      unit: FigureUnit.DAYS,
      denominator: 12,
    });
    // Rounded as counts are for an aggregate viewer.
    expect(statisticFigure(DAYS_TOTAL, { n: 12, sum: 30.5 }, false)).toMatchObject({ value: 30, denominator: 10 });
    expect(statisticFigure(DAYS_TOTAL, { n: 2, sum: 8 }, false)).toMatchObject({ value: null, suppressed: true });
  });
});

describe('withinDays', () => {
  it('counts a group within when its days from start to end are at most the limit', () => {
    const rows = withinDays(
      [
        { authorityCode: 'X', n: 2, from: '2022-01-03', to: '2022-05-23' }, // 140 days
        { authorityCode: 'X', n: 1, from: '2022-01-03', to: '2022-05-24' }, // 141 days
      ],
      140,
      (r) => r.from,
      (r) => r.to,
    );
    expect(rows.map((r) => r.sum)).toEqual([2, 0]);
  });
});

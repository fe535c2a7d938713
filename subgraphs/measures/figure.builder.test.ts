import { countBreakdown, countFigure, rateFigure } from './figure.builder';
import { FigureUnit } from './figure.type';

describe('figures and disclosure control', () => {
  it('shows counts of 0 and 5 or more rounded to the nearest 5, suppresses 1 to 4, to callers who see aggregates only', () => {
    expect([0, 1, 4, 5, 7, 8, 12, 13, 1303].map((n) => countFigure(n, false).value)).toEqual([
      0,
      null,
      null,
      5,
      5,
      10,
      10,
      15,
      1305,
    ]);
    expect(countFigure(3, false)).toMatchObject({ suppressed: true, suppressionReason: 'CONFIDENTIAL' });
  });

  it('shows exact counts, small ones included, to callers entitled to them', () => {
    expect([0, 3, 7, 1303].map((n) => countFigure(n, true).value)).toEqual([0, 3, 7, 1303]);
  });

  it('marks missing data as NO_DATA, never as zero', () => {
    expect(countFigure(null, true)).toMatchObject({ value: null, suppressed: true, suppressionReason: 'NO_DATA' });
  });

  it('computes rates to one decimal place with numerator and denominator', () => {
    expect(rateFigure(1303, 168962, FigureUnit.RATE_PER_10000, true)).toMatchObject({
      value: 77.1,
      numerator: 1303,
      denominator: 168962,
    });
    expect(rateFigure(16, 63, FigureUnit.PERCENT, true).value).toBe(25.4);
  });

  it("makes an aggregate viewer's rate of the rounded count, so that it cannot give the exact count back", () => {
    // 1305 / 168,962 (a published population, not rounded) × 10,000 = 77.2; the exact 1,303 gives 77.1.
    expect(rateFigure(1303, 168962, FigureUnit.RATE_PER_10000, false)).toMatchObject({
      value: 77.2,
      numerator: 1305,
      denominator: 168962,
    });
    // A percentage's denominator is a count too: 15 / 65 = 23.1%, not 16 / 63 = 25.4%.
    expect(rateFigure(16, 63, FigureUnit.PERCENT, false)).toMatchObject({
      value: 23.1,
      numerator: 15,
      denominator: 65,
    });
    expect(rateFigure(3, 100, FigureUnit.PERCENT, false)).toMatchObject({
      value: null,
      numerator: null,
      suppressionReason: 'CONFIDENTIAL',
    });
  });

  it('hides a second cell when one hidden cell could be recovered from the total', () => {
    const cells = countBreakdown(
      [
        { key: 'a', label: 'a', count: 3 },
        { key: 'b', label: 'b', count: 0 },
        { key: 'c', label: 'c', count: 40 },
        { key: 'd', label: 'd', count: 12 },
      ],
      false,
    );
    // The reason never tells the small cell from its complement.
    expect(cells.map((c) => c.figure.suppressionReason)).toEqual(['CONFIDENTIAL', null, null, 'CONFIDENTIAL']);
    expect(cells.map((c) => c.figure.value)).toEqual([null, 0, 40, null]);
  });

  it('needs no secondary suppression when two cells are hidden already', () => {
    const cells = countBreakdown(
      [
        { key: 'a', label: 'a', count: 3 },
        { key: 'b', label: 'b', count: 2 },
        { key: 'c', label: 'c', count: 40 },
      ],
      false,
    );
    expect(cells.map((c) => c.figure.value)).toEqual([null, null, 40]);
  });
});

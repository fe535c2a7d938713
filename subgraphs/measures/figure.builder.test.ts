import { countBreakdown, countFigure, rateFigure } from './figure.builder';
import { FigureUnit } from './figure.type';

describe('figures and disclosure control', () => {
  it('shows counts of 0 and 5 or more, suppresses 1 to 4', () => {
    expect([0, 1, 4, 5].map((n) => countFigure(n, false).value)).toEqual([0, null, null, 5]);
    expect(countFigure(3, false)).toMatchObject({ suppressed: true, suppressionReason: 'SMALL_NUMBER' });
    expect(countFigure(3, true)).toMatchObject({ value: 3, suppressed: false });
  });

  it('marks missing data as NO_DATA, never as zero', () => {
    expect(countFigure(null, true)).toMatchObject({ value: null, suppressed: true, suppressionReason: 'NO_DATA' });
  });

  it('computes rates to one decimal place with numerator and denominator', () => {
    expect(rateFigure(1303, 168962, FigureUnit.RATE_PER_10000, false)).toMatchObject({
      value: 77.1,
      numerator: 1303,
      denominator: 168962,
    });
    expect(rateFigure(16, 63, FigureUnit.PERCENT, false).value).toBe(25.4);
    expect(rateFigure(3, 100, FigureUnit.PERCENT, false)).toMatchObject({
      value: null,
      numerator: null,
      suppressionReason: 'SMALL_NUMBER',
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
    expect(cells.map((c) => c.figure.suppressionReason)).toEqual(['SMALL_NUMBER', null, null, 'SECONDARY']);
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

import { collectRows, fillColumns, pageOfTable, tableColumns, toCsv } from './tidy-table';

describe('tidy tables', () => {
  const data = {
    region: {
      a: [
        { rows: [{ measure: 'm', authorityCode: 'E1', value: 3, ageBand: '0-5', cursor: 'x', figure: { value: 3 } }] },
      ],
      b: { rows: [{ measure: 'n', authorityCode: 'E1', value: null, sex: 'F' }] },
      names: [{ code: 'E1' }],
    },
  };

  it("collects every flat row of an answer, its scalar columns only, in the answer's order", () => {
    expect(collectRows(data)).toEqual([
      { measure: 'm', authorityCode: 'E1', value: 3, ageBand: '0-5' },
      { measure: 'n', authorityCode: 'E1', value: null, sex: 'F' },
    ]);
  });

  it('puts identifying columns first, dimensions next and the figure last, every row with every column', () => {
    const rows = collectRows(data);
    const columns = tableColumns(['value', 'measure', 'ageBand'], rows);
    expect(columns).toEqual(['measure', 'authorityCode', 'ageBand', 'sex', 'value']);
    expect(fillColumns(rows, columns)[1]).toEqual({
      measure: 'n',
      authorityCode: 'E1',
      ageBand: null,
      sex: 'F',
      value: null,
    });
  });

  it('writes RFC 4180 CSV', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          { a: 'Stoke, "city"', b: null },
          { a: 1, b: true },
        ],
      ),
    ).toBe('a,b\r\n"Stoke, ""city""",\r\n1,true\r\n');
  });

  it('pages with cursors bound to the report and its parameters', () => {
    const rows = Array.from({ length: 5 }, (_, i) => ({ i }));
    const first = pageOfTable(rows, 'r', { x: 1 }, new URLSearchParams('first=2'));
    expect(first).toMatchObject({ rows: [{ i: 0 }, { i: 1 }], totalCount: 5, hasNextPage: true });
    const second = pageOfTable(rows, 'r', { x: 1 }, new URLSearchParams(`first=2&after=${first.endCursor}`));
    expect(second.rows).toEqual([{ i: 2 }, { i: 3 }]);
    expect(() => pageOfTable(rows, 'r', { x: 2 }, new URLSearchParams(`after=${first.endCursor}`))).toThrow(/"after"/);
    expect(() => pageOfTable(rows, 'r', {}, new URLSearchParams('first=10001'))).toThrow(/"first"/);
  });
});

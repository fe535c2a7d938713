import { loadSavedReports, parseSavedReport } from './saved-report';

describe('saved report files', () => {
  it('take their parameters from the query and their descriptions from the comments', () => {
    const report = parseSavedReport(
      'in-care',
      `# Children in care
# Each council's count.
# $region: a region code
# $at: the dates
query InCare($region: ID! = "T4C", $at: [Date!]!) {
  region(code: $region) { childrenInCareSeries(at: $at) { rows { measure authorityCode value ...More } } }
}
fragment More on FigureRow { unit suppressed cursor }
`,
    );
    expect(report).toMatchObject({
      title: 'Children in care',
      description: "Each council's count.",
      operationName: 'InCare',
    });
    expect(report.parameters).toEqual([
      {
        name: 'region',
        type: 'ID!',
        baseType: 'ID',
        list: false,
        required: false,
        default: 'T4C',
        description: 'a region code',
      },
      {
        name: 'at',
        type: '[Date!]!',
        baseType: 'Date',
        list: true,
        required: true,
        default: null,
        description: 'the dates',
      },
    ]);
    expect(report.columns).toEqual(['measure', 'authorityCode', 'value', 'unit', 'suppressed']);
  });

  it.each([
    ['query Q { a }', /first line must be a "# Title" comment/],
    ['# T\nquery Q($x: ID) { a }', /\$x has no "# \$x: …" description/],
    ['# T\n# $y: why\nquery Q { a }', /\$y is described but the query has no such variable/],
    ['# T\n{ a }', /exactly one named query/],
    ['# T\nquery A { a }\nquery B { b }', /exactly one named query/],
  ])('refuse a file that breaks the rules: %p', (text, message) => {
    expect(() => parseSavedReport('r', text)).toThrow(message);
  });

  it('are all well formed', () => {
    const reports = loadSavedReports();
    expect(reports.size).toBeGreaterThanOrEqual(4);
    for (const report of reports.values())
      expect(report.columns).toEqual(expect.arrayContaining(['measure', 'authorityCode', 'value']));
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { projectRoot } from '../subgraphs/platform/project-root';
import { publishedScorecard, tableValue } from './support/adoption-published';
import { backends } from './support/backends';
import { boardToken } from './support/board-token';
import { InfinityDataSource, InfinityQuery, runInfinity } from './support/grafana-infinity';
import { runM, SentRequest } from './support/power-query';
import { englandLas, PILOT_COUNCILS, publishedFigures } from './support/reference-figures';
import { Stack, startStackWithTokens } from './support/stack';

/** The recipes of docs/recipes.md, by name: the text of the code block after each `<!-- recipe: name -->`. */
function recipes(): Record<string, string> {
  const doc = readFileSync(join(projectRoot(), 'docs', 'recipes.md'), 'utf8');
  return Object.fromEntries(
    [...doc.matchAll(/<!-- recipe: ([a-z-]+) -->\n```[a-z]+\n([\s\S]*?)\n```/g)].map((m) => [m[1], m[2]]),
  );
}

const T4C = PILOT_COUNCILS.filter((c) => ['E10000028', 'E06000051', 'E06000021', 'E06000020'].includes(c));

describe.each(backends())('the BI recipes of docs/recipes.md against the running hub on %s', (backend) => {
  let stack: Stack;
  let base: string;
  const token = boardToken('T4C');
  // As the user would: the doc's localhost:4000 is this test's gateway, its placeholder a real token.
  const ready = (text: string) =>
    text.replaceAll('http://localhost:4000', base).replaceAll('<token>', token).replaceAll('$CSC_HUB_TOKEN', token);

  beforeAll(async () => {
    stack = await startStackWithTokens(backend);
    base = stack.gateway.url.replace(/\/graphql$/, '');
  });
  afterAll(() => stack.stop());

  it('finds the four recipes', () => {
    expect(Object.keys(recipes()).sort()).toEqual([
      'grafana-csv',
      'grafana-datasource',
      'grafana-graphql',
      'power-query-csv',
      'power-query-graphql',
    ]);
  });

  it("Power Query's GraphQL POST gives each T4C council's children in care by age band, adding up to its published count", async () => {
    const sent: SentRequest[] = [];
    const { table } = (await runM(ready(recipes()['power-query-graphql']), sent)) as {
      table: Record<string, unknown>[];
    };
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      method: 'POST',
      url: `${base}/graphql`,
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    });
    expect(table).toHaveLength(T4C.length * 5);
    for (const code of T4C) {
      const rows = table.filter((r) => r.authorityCode === code);
      expect(rows.map((r) => r.ageBand)).toEqual(['under 1', '1-4', '5-9', '10-15', '16+']);
      expect(rows.every((r) => r.date === '2022-03-31' && r.suppressed === false)).toBe(true);
      // The councils' own count (the T4C annual report's), which the seed is calibrated to.
      const published = publishedFigures().find(
        (p) =>
          p.measure === 'children_in_care_count' && p.authority === code && p.asOf === '2022-03-31' && !p.breakdown,
      )!.value;
      expect(rows.reduce((sum, r) => sum + Number(r.value), 0)).toBe(published);
    }
  });

  /** The scorecard's cells the councils published, each found in the table with the published value. */
  const expectPublishedScorecard = (table: Record<string, unknown>[]) => {
    const expected = publishedScorecard(T4C, ['2020-21', '2021-22'], ['2019-22', '2021-22']);
    expect(expected.length).toBeGreaterThan(60);
    const wrong = expected
      .map((cell) => ({ ...cell, got: tableValue(table, cell) }))
      .filter((cell) => cell.got !== cell.value);
    expect(wrong).toEqual([]);
  };

  it("Power Query's CSV export gives the T4C adoption scorecard with the councils' published figures", async () => {
    const sent: SentRequest[] = [];
    const { table } = (await runM(ready(recipes()['power-query-csv']), sent)) as {
      table: Record<string, unknown>[];
    };
    expect(sent[0]).toMatchObject({
      method: 'GET',
      url: `${base}/reports/adoption-scorecard.csv?region=T4C`,
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(Object.keys(table[0])).toEqual(
      expect.arrayContaining(['measure', 'authorityCode', 'authorityName', 'period', 'periodStart', 'periodEnd']),
    );
    expect(new Set(table.map((r) => r.authorityCode))).toEqual(new Set(T4C));
    expectPublishedScorecard(table);
  });

  const grafana = () => {
    const provisioning = parseYaml(ready(recipes()['grafana-datasource'])) as { datasources: InfinityDataSource[] };
    return provisioning.datasources[0];
  };

  it("Grafana Infinity's GraphQL query gives each T4C council's A10 beside England's and the target", async () => {
    const sent: SentRequest[] = [];
    const query = JSON.parse(recipes()['grafana-graphql']) as InfinityQuery;
    const rows = (await runInfinity(grafana(), query, sent)) as Record<string, unknown>[];
    expect(sent[0]).toMatchObject({ method: 'POST', url: `${base}/graphql` });
    expect(rows).toHaveLength(T4C.length);
    const published = (measure: string, authority: string, breakdown = '') =>
      publishedFigures().find(
        (p) =>
          p.measure === measure && p.authority === authority && p.period === '2019-22' && p.breakdown === breakdown,
      )!.value;
    for (const row of rows) {
      expect(row.measure).toBe('a10_days');
      const code = T4C.find((c) => englandLas().find((la) => la.gss === c)!.name === row.authorityName)!;
      expect(row.value).toBe(published('a10_days_3yr_avg', code));
      expect(row.englandAverage).toBe(published('a10_days_3yr_avg', 'ENGLAND', 'benchmark=england_average'));
    }
    expect(rows.every((r) => r.target === 426)).toBe(true);
  });

  it("Grafana Infinity's CSV query gives the same scorecard as Power Query's", async () => {
    const sent: SentRequest[] = [];
    const query = JSON.parse(recipes()['grafana-csv']) as InfinityQuery;
    const rows = (await runInfinity(grafana(), query, sent)) as Record<string, unknown>[];
    expect(sent[0]).toMatchObject({
      method: 'GET',
      url: `${base}/reports/adoption-scorecard.csv?region=T4C`,
      headers: { Authorization: `Bearer ${token}` },
    });
    expectPublishedScorecard(rows);
  });
});

import { ATV_MEMBERS, T4C_MEMBERS } from '../../seed/shared/pilot-councils';
import { backends } from '../../tests/support/backends';
import { SubgraphHarness, subgraphHarness } from '../../tests/support/subgraph-harness';
import { subgraph as definition } from './adoption.subgraph';

/**
 * The agencies' finance as the measures kit builds it: `rows`, `budget { breakdown }` and
 * `adoptionFinanceSeries` give what SQL written here gives, and what the single field's lines do.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */

const region = (code: string, members: string[]) => ({
  __typename: 'Region',
  code,
  membership: members.map((m) => ({ code: m })),
});
const AGENCIES: Record<string, string[]> = { T4C: T4C_MEMBERS, ATV: ATV_MEMBERS };
const pennies = (v: number | null) => (v === null ? null : Math.round(v * 100) / 100);
const AMOUNTS = 'budget { value } outturn { value } variance { value } comparator { value }';

const FINANCE = `query ($r: [_Any!]!, $period: Period!) { _entities(representations: $r) { ... on Region {
  adoptionFinance(period: $period) {
    period
    rows { measure authorityCode period line owner flow value suppressionReason }
    lines { line owner flow ${AMOUNTS} }
    budget { breakdown(by: LINE) { key figure { value } } }
  }
} } }`;

interface SqlLine {
  line: string;
  owner: string;
  flow: string;
  budget: number | null;
  outturn: number | null;
  comparator: number | null;
}

describe.each(backends())('adoption finance through the kit on %s', (backend) => {
  let subgraph: SubgraphHarness;
  beforeAll(async () => {
    subgraph = await subgraphHarness(definition, backend);
  });
  afterAll(() => subgraph.stop());

  /** Independent SQL: the agency's lines of some financial years, added up per line, owner and flow. */
  async function sqlLines(agency: string, years: string[]): Promise<SqlLine[]> {
    const rows: Record<string, unknown>[] = await subgraph.database.dataSource.query(
      `SELECT line, owner_code, flow, SUM(budget) AS budget, SUM(outturn) AS outturn, SUM(comparator) AS comparator
       FROM finance_line WHERE agency_code = ? AND period IN (${years.map(() => '?').join(', ')}) GROUP BY line, owner_code, flow`,
      [agency, ...years],
    );
    const num = (v: unknown) => (v === null ? null : pennies(Number(v)));
    return rows.map((r) => ({
      line: String(r.line),
      owner: String(r.owner_code),
      flow: String(r.flow),
      budget: num(r.budget),
      outturn: num(r.outturn),
      comparator: num(r.comparator),
    }));
  }

  const varianceOf = (l: SqlLine) => (l.budget === null || l.outturn === null ? null : pennies(l.outturn - l.budget));

  it.each([
    ['T4C', '2021-22', ['2021-22']],
    ['ATV', '2021-22', ['2021-22']],
    ['T4C', '2018-21', ['2018-19', '2019-20', '2020-21']],
  ])(
    'gives %s rows for %s, one per line, owner, flow and money measure, as SQL written here adds them up',
    async (agency, period, years) => {
      const result = await subgraph.execute(FINANCE, { r: [region(agency, AGENCIES[agency])], period });
      expect(result.errors).toBeUndefined();
      const finance = result.data!._entities[0].adoptionFinance;
      const lines = await sqlLines(agency, years);
      expect(lines.length).toBeGreaterThan(0);
      const expected = lines.flatMap((l) =>
        (['budget', 'outturn', 'variance', 'comparator'] as const).map((amount) => {
          const value = amount === 'variance' ? varianceOf(l) : l[amount];
          return {
            measure: `adoption_finance_${amount}_gbp`,
            authorityCode: agency,
            period,
            line: l.line,
            owner: l.owner,
            flow: l.flow || 'NOT_SPLIT',
            value,
            suppressionReason: value === null ? 'NO_DATA' : null,
          };
        }),
      );
      const order = (rows: any[]) =>
        [...rows].sort((a, b) =>
          JSON.stringify([a.measure, a.line, a.owner, a.flow]).localeCompare(
            JSON.stringify([b.measure, b.line, b.owner, b.flow]),
          ),
        );
      expect(order(finance.rows)).toEqual(order(expected));
      // The rows and the lines are the same figures.
      for (const line of finance.lines) {
        const mine = finance.rows.filter(
          (r: any) => r.line === line.line && r.owner === line.owner && r.flow === (line.flow || 'NOT_SPLIT'),
        );
        for (const amount of ['budget', 'outturn', 'variance', 'comparator'])
          expect(mine.find((r: any) => r.measure === `adoption_finance_${amount}_gbp`).value).toBe(line[amount].value);
      }
      // A breakdown of the budget by line adds every owner and flow of the line.
      for (const cell of finance.budget.breakdown) {
        const held = lines.filter((l) => l.line === cell.key && l.budget !== null);
        expect(cell.figure.value).toBe(held.length === 0 ? null : pennies(held.reduce((s, l) => s + l.budget!, 0)));
      }
    },
  );

  it('answers a series with the figures of each period asked alone, in the order asked', async () => {
    const periods = ['2021-22', '2018-21', '2020-21'];
    const field = `period total(line: RAA) { ${AMOUNTS} outturnPerYear { value } } lines(line: LOCALITY_HUB) { owner flow ${AMOUNTS} } fundingShares { authority { code } budgetLine percent { value } } rows { measure line owner flow value }`;
    const series = await subgraph.execute(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Region { adoptionFinanceSeries(periods: ${JSON.stringify(periods)}) { ${field} } } } }`,
      { r: [region('T4C', T4C_MEMBERS), region('ATV', ATV_MEMBERS)] },
    );
    expect(series.errors).toBeUndefined();
    for (const [i, agency] of ['T4C', 'ATV'].entries()) {
      const points = series.data!._entities[i].adoptionFinanceSeries;
      expect(points.map((p: any) => p.period)).toEqual(periods);
      for (const [j, period] of periods.entries()) {
        const single = await subgraph.execute(
          `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Region { adoptionFinance(period: "${period}") { ${field} } } } }`,
          { r: [region(agency, AGENCIES[agency])] },
        );
        expect(points[j]).toEqual(single.data!._entities[0].adoptionFinance);
      }
    }
    // ATV's 2021-22 RAA total (every raa_ heading), against SQL written here.
    const raa = (await sqlLines('ATV', ['2021-22'])).filter((l) => l.line.startsWith('raa_'));
    expect(raa.length).toBeGreaterThan(1);
    const sum = (key: 'budget' | 'outturn') => pennies(raa.reduce((s, l) => s + (l[key] ?? 0), 0));
    expect(series.data!._entities[1].adoptionFinanceSeries[0].total.budget.value).toBe(sum('budget'));
    expect(series.data!._entities[1].adoptionFinanceSeries[0].total.outturn.value).toBe(sum('outturn'));
  });

  it('costs the same SQL statements for a series of periods, and two agencies, as for one period of one', async () => {
    const query = (periods: string[]) =>
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Region { adoptionFinanceSeries(periods: ${JSON.stringify(periods)}) { total(line: RAA) { budget { value } } lines { owner ${AMOUNTS} } fundingShares { budgetLine } rows { value } } } } }`;
    const one = await subgraph.statementsFor(query(['2021-22']), { r: [region('ATV', ATV_MEMBERS)] });
    const more = await subgraph.statementsFor(query(['2021-22', '2018-21', '2018-22']), {
      r: [region('ATV', ATV_MEMBERS), region('T4C', T4C_MEMBERS)],
    });
    expect(one).toBeGreaterThan(0);
    expect(more).toBe(one);
  });

  it('gives a region that is not an agency NO_DATA rows, no lines, and rejects a series point that is not whole years', async () => {
    const result = await subgraph.execute(FINANCE, { r: [region('E12000005', ['E06000002'])], period: '2021-22' });
    expect(result.errors).toBeUndefined();
    const finance = result.data!._entities[0].adoptionFinance;
    expect(finance.lines).toEqual([]);
    expect(finance.rows.map((r: any) => [r.measure, r.authorityCode, r.value, r.suppressionReason])).toEqual(
      ['budget', 'outturn', 'variance', 'comparator'].map((amount) => [
        `adoption_finance_${amount}_gbp`,
        'E12000005',
        null,
        'NO_DATA',
      ]),
    );
    const bad = await subgraph.execute(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Region { adoptionFinanceSeries(periods: ["2021-22", "2021-22-Q1"]) { period } } } }`,
      { r: [region('T4C', T4C_MEMBERS)] },
    );
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0].message).toMatch(/Argument "periods".*FINANCIAL_YEAR/);
  });
});

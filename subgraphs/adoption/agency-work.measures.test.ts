import { ATV_MEMBERS, T4C_MEMBERS } from '../../seed/shared/pilot-councils';
import { backends } from '../../tests/support/backends';
import { SubgraphHarness, subgraphHarness } from '../../tests/support/subgraph-harness';
import { Viewer } from '../platform/identity';
import { subgraph as definition } from './adoption.subgraph';

/**
 * The agencies' own work as the measures kit builds it: the single field, its flat rows and its
 * series give the same values, equal to SQL written here over `agency_event`, and a series or
 * rows cost no more statements than the single field.
 */
const population = [{ year: 2022, count: 30000 }];
const region = (code: string, members: string[]) => ({
  __typename: 'Region',
  code,
  membership: members.map((m) => ({ code: m, childPopulation: population })),
});
const REGIONS = { ATV: region('ATV', ATV_MEMBERS), T4C: region('T4C', T4C_MEMBERS) };
// Board members see the agency's small counts unsuppressed (many are 1 to 4).
const board = (agency: 'T4C' | 'ATV'): Viewer => ({
  kind: 'BOARD_MEMBER',
  regionCode: agency,
  authorityCodes: agency === 'T4C' ? T4C_MEMBERS : ATV_MEMBERS,
});

const PERIODS = [
  { period: '2019-20', start: '2019-04-01', end: '2020-03-31' },
  { period: '2020-21-Q3', start: '2020-10-01', end: '2020-12-31' },
  { period: '2021-22', start: '2021-04-01', end: '2022-03-31' },
];
const DATES = ['2021-12-31', '2022-02-28', '2022-03-31'];

const ROW =
  '{ measure authorityCode period periodStart periodEnd date breakdown value numerator denominator englandAverage target suppressed }';
const WORK = `query ($r: [_Any!]!, $period: Period!, $periods: [Period!]!, $kind: AgencyWorkKind!, $detail: String) { _entities(representations: $r) { ... on Region {
  single: agencyWork(period: $period, kind: $kind, detail: $detail) { period count { value } averageDays { value numerator denominator englandAverage target } value { value } rows ${ROW} }
  series: agencyWorkSeries(periods: $periods, kind: $kind, detail: $detail) { period start end count { value } averageDays { value numerator denominator englandAverage target } value { value } rows ${ROW} }
} } }`;
const CASELOAD = `query ($r: [_Any!]!, $at: Date!, $dates: [Date!]!, $kind: AgencyWorkKind!) { _entities(representations: $r) { ... on Region {
  single: agencyCaseload(at: $at, kind: $kind) { at open { value } byHub { key figure { value } } rows ${ROW} }
  series: agencyCaseloadSeries(at: $dates, kind: $kind) { at open { value } byHub { key figure { value } } rows ${ROW} }
} } }`;

describe.each(backends())('agency work through the measures kit on %s', (backend) => {
  let subgraph: SubgraphHarness;
  beforeAll(async () => {
    subgraph = await subgraphHarness(definition, backend);
  });
  afterAll(() => subgraph.stop());

  /** Independent SQL: an agency's records of a kind dated in a span, their days and their money. */
  async function sqlWork(agency: string, kind: string, start: string, end: string, detail = '') {
    const [row]: Record<string, unknown>[] = await subgraph.database.dataSource.query(
      `SELECT COUNT(*) AS n, COUNT(days) AS with_days, SUM(days) AS days, SUM(value_gbp) AS money FROM agency_event
       WHERE agency_code = ? AND kind = ? AND event_date >= ? AND event_date <= ? AND detail LIKE ?`,
      [agency, kind, start, end, `%${detail}%`],
    );
    const withDays = Number(row.with_days);
    return {
      n: Number(row.n),
      withDays,
      days: withDays ? Number(row.days) : null,
      money: row.money == null ? 0 : Math.round(Number(row.money) * 100) / 100,
    };
  }

  /** Independent SQL: an agency's records of a kind open at the end of a day, in all and by hub. */
  async function sqlOpen(agency: string, kind: string, at: string) {
    const rows: { hub_code: string; n: unknown }[] = await subgraph.database.dataSource.query(
      `SELECT hub_code, COUNT(*) AS n FROM agency_event WHERE agency_code = ? AND kind = ? AND event_date <= ? AND (end_date IS NULL OR end_date > ?) GROUP BY hub_code`,
      [agency, kind, at, at],
    );
    return {
      total: rows.reduce((s, r) => s + Number(r.n), 0),
      byHub: Object.fromEntries(rows.map((r) => [r.hub_code, Number(r.n)])),
    };
  }

  it.each([
    ['ATV', 'ADOPTER_STAGE1_COMPLETED', null],
    ['T4C', 'ADOPTER_STAGE1_COMPLETED', null],
    ['ATV', 'ASF_SUCCESSFUL_APPLICATION', 'fund=covid'],
  ] as const)(
    'gives %s %s (detail %s) the same values in the single field, its rows and the series, equal to SQL',
    async (agency, kind, detail) => {
      const result = await subgraph.execute(
        WORK,
        { r: [REGIONS[agency]], period: PERIODS[2].period, periods: PERIODS.map((p) => p.period), kind, detail },
        board(agency),
      );
      expect(result.errors).toBeUndefined();
      const { single, series } = result.data!._entities[0];
      expect(series.map((s: { period: string }) => s.period)).toEqual(PERIODS.map((p) => p.period));
      expect(series[2].count).toEqual(single.count);
      expect(series[2].averageDays).toEqual(single.averageDays);
      expect(series[2].value).toEqual(single.value);
      expect(series[2].rows).toEqual(single.rows);
      const breakdown = `kind=${kind.toLowerCase()}${detail ? `;${detail}` : ''}`;
      for (const [i, p] of PERIODS.entries()) {
        const sql = await sqlWork(agency, kind.toLowerCase(), p.start, p.end, detail ?? '');
        const point = series[i];
        expect(point).toMatchObject({
          start: p.start,
          end: p.end,
          count: { value: sql.n },
          value: { value: sql.money },
        });
        expect(point.averageDays).toMatchObject({
          value: sql.days === null ? null : Math.round(sql.days / sql.withDays),
          numerator: sql.days,
          denominator: sql.days === null ? null : sql.withDays,
        });
        // One row per member measure, for the agency (its records are its own), saying which kind and filter.
        const common = {
          authorityCode: agency,
          period: p.period,
          periodStart: p.start,
          periodEnd: p.end,
          date: null,
          breakdown,
        };
        expect(point.rows).toEqual([
          {
            ...common,
            measure: 'agency_work_count',
            value: sql.n,
            numerator: null,
            denominator: null,
            englandAverage: null,
            target: null,
            suppressed: false,
          },
          {
            ...common,
            measure: 'agency_work_average_days',
            ...point.averageDays,
            suppressed: point.averageDays.value === null,
          },
          {
            ...common,
            measure: 'agency_work_value_gbp',
            value: sql.money,
            numerator: null,
            denominator: null,
            englandAverage: null,
            target: null,
            suppressed: false,
          },
        ]);
      }
      if (kind === 'ADOPTER_STAGE1_COMPLETED') expect(single.count.value).toBeGreaterThan(0);
    },
  );

  it('gives a caseload the same values in the single field, its rows and the series, equal to SQL', async () => {
    const result = await subgraph.execute(
      CASELOAD,
      { r: [REGIONS.T4C], at: DATES[2], dates: DATES, kind: 'NON_AGENCY_AWAITING_ASSESSMENT' },
      board('T4C'),
    );
    expect(result.errors).toBeUndefined();
    const { single, series } = result.data!._entities[0];
    expect(series[2]).toEqual(single);
    for (const [i, at] of DATES.entries()) {
      const sql = await sqlOpen('T4C', 'non_agency_awaiting_assessment', at);
      expect(series[i].at).toBe(at);
      expect(series[i].open.value).toBe(sql.total);
      // Every hub of the agency is listed, zeros included.
      expect(series[i].byHub.map((c: { key: string }) => c.key)).toEqual(['joint-shrewsbury', 'staffs', 'stoke']);
      for (const cell of series[i].byHub) expect(cell.figure.value).toBe(sql.byHub[cell.key] ?? 0);
      expect(series[i].rows).toEqual([
        {
          measure: 'agency_caseload_count',
          authorityCode: 'T4C',
          period: null,
          periodStart: null,
          periodEnd: null,
          date: at,
          breakdown: 'kind=non_agency_awaiting_assessment',
          value: sql.total,
          numerator: null,
          denominator: null,
          englandAverage: null,
          target: null,
          suppressed: false,
        },
      ]);
    }
    expect(single.open.value).toBeGreaterThan(0);
  });

  it('costs the same statements for rows and a series of three periods as for the single field, and for two agencies as for one', async () => {
    const base = { kind: 'ADOPTER_STAGE1_COMPLETED', detail: null };
    const singleOnly = `query ($r: [_Any!]!, $period: Period!, $kind: AgencyWorkKind!, $detail: String) { _entities(representations: $r) { ... on Region {
      agencyWork(period: $period, kind: $kind, detail: $detail) { count { value } averageDays { value } value { value } } } } }`;
    // The agency's coverage, its events (every kind and figure of the request), England's benchmarks.
    const one = await subgraph.statementsFor(
      singleOnly,
      { ...base, r: [REGIONS.ATV], period: PERIODS[2].period },
      board('ATV'),
    );
    expect(one).toBe(3);
    expect(
      await subgraph.statementsFor(
        WORK,
        { ...base, r: [REGIONS.ATV], period: PERIODS[2].period, periods: PERIODS.map((p) => p.period) },
        board('ATV'),
      ),
    ).toBe(one);
    expect(
      await subgraph.statementsFor(
        WORK,
        { ...base, r: [REGIONS.ATV, REGIONS.T4C], period: PERIODS[2].period, periods: PERIODS.map((p) => p.period) },
        board('ATV'),
      ),
    ).toBe(one);
  });
});

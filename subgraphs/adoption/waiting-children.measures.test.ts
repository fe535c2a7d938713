import { toDayNumber } from '../../schema/vocabulary/dates';
import { ATV_MEMBERS, T4C_MEMBERS } from '../../seed/shared/pilot-councils';
import { backends } from '../../tests/support/backends';
import { SubgraphHarness, subgraphHarness } from '../../tests/support/subgraph-harness';
import { Viewer } from '../platform/identity';
import { subgraph as definition } from './adoption.subgraph';

/**
 * Children awaiting adoption as the measures kit builds it: `rows`, the members' rows and
 * `childrenAwaitingAdoptionSeries` give what SQL written here gives, and what the single fields do
 * (as a board member, who sees small counts).
 */
/* eslint-disable @typescript-eslint/no-explicit-any */

const board = (agency: 'T4C' | 'ATV'): Viewer => ({
  kind: 'BOARD_MEMBER',
  regionCode: agency,
  authorityCodes: agency === 'T4C' ? T4C_MEMBERS : ATV_MEMBERS,
});
const region = (code: string, members: string[]) => ({
  __typename: 'Region',
  code,
  membership: members.map((m) => ({ code: m })),
});
const la = (code: string) => ({ __typename: 'LocalAuthority', code });

const WAITING = `withAdoptionPlan { value }
  withPlacementOrder { value } active: withPlacementOrder(statuses: [ACTIVELY_FAMILY_FINDING]) { value }
  breakdown(by: STATUS) { key figure { value suppressionReason } } waits: breakdown(by: WAIT_SINCE_PLACEMENT_ORDER, statuses: [ACTIVELY_FAMILY_FINDING]) { key figure { value } }
  characteristics(statuses: [ACTIVELY_FAMILY_FINDING]) { key figure { value } }
  averageDaysSincePlacementOrder { value numerator denominator } linked: averageDaysSincePlacementOrder(statuses: [LINKED, MATCHED_MOVING]) { value numerator denominator }
  rows { measure authorityCode date value numerator denominator suppressionReason }
  waitingWithPlacementOrder { rows(by: [STATUS]) { authorityCode status value } }`;

interface SqlChild {
  authority: string;
  placementOrder: string | null;
  status: string;
}

const day = (v: unknown) =>
  v == null ? null : v instanceof Date ? v.toISOString().slice(0, 10) : String(v).slice(0, 10);

describe.each(backends())('children awaiting adoption through the kit on %s', (backend) => {
  let subgraph: SubgraphHarness;
  beforeAll(async () => {
    subgraph = await subgraphHarness(definition, backend);
  });
  afterAll(() => subgraph.stop());

  /**
   * Independent SQL: children with a decision by `at`, not placed, adopted or ceased by then, with
   * their latest status.
   */
  async function sqlWaiting(codes: string[], at: string): Promise<SqlChild[]> {
    const by = (column: string) => `(j.${column} IS NULL OR j.${column} > ?)`;
    const rows: Record<string, unknown>[] = await subgraph.database.dataSource.query(
      `SELECT j.authority_code, j.placement_order_date,
         (SELECT s.status FROM adoption_journey_status s WHERE s.journey_id = j.id AND s.status_from <= ? ORDER BY s.status_from DESC LIMIT 1) AS status
       FROM adoption_journey j
       WHERE j.authority_code IN (${codes.map(() => '?').join(', ')}) AND j.decision_date <= ? AND ${by('placed_date')} AND ${by('plan_ceased_date')} AND ${by('adoption_order_date')}`,
      [at, ...codes, at, at, at, at],
    );
    return rows.map((r) => ({
      authority: String(r.authority_code),
      placementOrder: day(r.placement_order_date),
      status: r.status == null ? 'NOT_RECORDED' : String(r.status),
    }));
  }

  const withOrder = (children: SqlChild[], at: string) =>
    children.filter((c) => c.placementOrder !== null && c.placementOrder <= at);
  const daysOf = (children: SqlChild[], at: string) =>
    children.reduce((s, c) => s + toDayNumber(at) - toDayNumber(c.placementOrder!), 0);

  it("gives rows per member authority and measure that SQL written here gives, and that the region's fields add up", async () => {
    const at = '2022-03-31';
    const result = await subgraph.execute(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Region { childrenAwaitingAdoption(at: "${at}") { ${WAITING} } } } }`,
      { r: [region('ATV', ATV_MEMBERS)] },
      board('ATV'),
    );
    expect(result.errors).toBeUndefined();
    const waiting = result.data!._entities[0].childrenAwaitingAdoption;
    const expected = [];
    for (const code of ATV_MEMBERS) {
      const children = await sqlWaiting([code], at);
      const ordered = withOrder(children, at);
      expect(ordered.length).toBeGreaterThan(0);
      expected.push(
        {
          measure: 'children_with_adoption_plan_count',
          authorityCode: code,
          date: at,
          value: children.length,
          numerator: null,
          denominator: null,
          suppressionReason: null,
        },
        {
          measure: 'children_with_po_not_placed_count',
          authorityCode: code,
          date: at,
          value: ordered.length,
          numerator: null,
          denominator: null,
          suppressionReason: null,
        },
        {
          measure: 'waiting_since_placement_order_days',
          authorityCode: code,
          date: at,
          value: Math.round(daysOf(ordered, at) / ordered.length),
          numerator: daysOf(ordered, at),
          denominator: ordered.length,
          suppressionReason: null,
        },
      );
    }
    const order = (rows: any[]) =>
      [...rows].sort((a, b) => `${a.measure}|${a.authorityCode}`.localeCompare(`${b.measure}|${b.authorityCode}`));
    expect(order(waiting.rows)).toEqual(order(expected));
    // The region's fields add up the members' rows.
    const add = (measure: string, key: 'value' | 'numerator' | 'denominator') =>
      waiting.rows.filter((r: any) => r.measure === measure).reduce((s: number, r: any) => s + r[key], 0);
    expect(waiting.withAdoptionPlan.value).toBe(add('children_with_adoption_plan_count', 'value'));
    expect(waiting.withPlacementOrder.value).toBe(add('children_with_po_not_placed_count', 'value'));
    expect(waiting.averageDaysSincePlacementOrder).toEqual({
      value: Math.round(
        add('waiting_since_placement_order_days', 'numerator') /
          add('waiting_since_placement_order_days', 'denominator'),
      ),
      numerator: add('waiting_since_placement_order_days', 'numerator'),
      denominator: add('waiting_since_placement_order_days', 'denominator'),
    });
    // Rows by status are the breakdown by status, authority by authority.
    for (const cell of waiting.breakdown) {
      const lines = waiting.waitingWithPlacementOrder.rows.filter((r: any) => r.status === cell.key);
      expect(cell.figure.value).toBe(lines.reduce((s: number, r: any) => s + r.value, 0));
    }
  });

  it('filters by statuses as SQL written here does', async () => {
    const at = '2021-09-30';
    const result = await subgraph.execute(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Region { childrenAwaitingAdoption(at: "${at}") { ${WAITING} } } } }`,
      { r: [region('T4C', T4C_MEMBERS)] },
      board('T4C'),
    );
    expect(result.errors).toBeUndefined();
    const waiting = result.data!._entities[0].childrenAwaitingAdoption;
    const ordered = withOrder(await sqlWaiting(T4C_MEMBERS, at), at);
    const active = ordered.filter((c) => c.status === 'ACTIVELY_FAMILY_FINDING');
    const linked = ordered.filter((c) => c.status === 'LINKED' || c.status === 'MATCHED_MOVING');
    expect(active.length).toBeGreaterThan(0);
    expect(waiting.active.value).toBe(active.length);
    expect(waiting.waits.reduce((s: number, c: any) => s + c.figure.value, 0)).toBe(active.length);
    expect(waiting.linked).toEqual({
      value: Math.round(daysOf(linked, at) / linked.length),
      numerator: daysOf(linked, at),
      denominator: linked.length,
    });
  });

  it('answers a series with the figures of each date asked alone, in the order asked, for regions and authorities', async () => {
    const dates = ['2022-03-31', '2020-03-31', '2021-06-30'];
    const series = await subgraph.execute(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Region { childrenAwaitingAdoptionSeries(at: ${JSON.stringify(dates)}) { at ${WAITING} } } ... on LocalAuthority { childrenAwaitingAdoptionSeries(at: ${JSON.stringify(dates)}) { at ${WAITING} } } } }`,
      { r: [region('T4C', T4C_MEMBERS), la('E06000020')] },
      board('T4C'),
    );
    expect(series.errors).toBeUndefined();
    for (const [i, representation] of [region('T4C', T4C_MEMBERS), la('E06000020')].entries()) {
      const points = series.data!._entities[i].childrenAwaitingAdoptionSeries;
      expect(points.map((p: any) => p.at)).toEqual(dates);
      for (const [j, at] of dates.entries()) {
        const single = await subgraph.execute(
          `query ($r: [_Any!]!) { _entities(representations: $r) { ... on ${representation.__typename} { childrenAwaitingAdoption(at: "${at}") { at ${WAITING} } } } }`,
          { r: [representation] },
          board('T4C'),
        );
        expect(points[j]).toEqual(single.data!._entities[0].childrenAwaitingAdoption);
      }
    }
  });

  it('costs the same SQL statements for a series of dates as for one date', async () => {
    const query = (dates: string[]) =>
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Region { childrenAwaitingAdoptionSeries(at: ${JSON.stringify(dates)}) { ${WAITING} } } } }`;
    const one = await subgraph.statementsFor(query(['2022-03-31']), { r: [region('T4C', T4C_MEMBERS)] }, board('T4C'));
    const three = await subgraph.statementsFor(
      query(['2022-03-31', '2020-03-31', '2021-06-30']),
      { r: [region('T4C', T4C_MEMBERS)] },
      board('T4C'),
    );
    expect(one).toBeGreaterThan(0);
    expect(three).toBe(one);
  });

  it("gives NO_DATA rows outside the journeys' coverage", async () => {
    const result = await subgraph.execute(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on LocalAuthority { childrenAwaitingAdoption(at: "2023-03-31") { rows { measure value suppressionReason } withAdoptionPlan { suppressionReason } } } } }`,
      { r: [la('E06000020')] },
      board('T4C'),
    );
    expect(result.errors).toBeUndefined();
    const waiting = result.data!._entities[0].childrenAwaitingAdoption;
    expect(waiting.withAdoptionPlan.suppressionReason).toBe('NO_DATA');
    expect(waiting.rows.map((r: any) => r.suppressionReason)).toEqual(['NO_DATA', 'NO_DATA', 'NO_DATA']);
  });
});

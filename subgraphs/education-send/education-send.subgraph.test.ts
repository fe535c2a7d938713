import { backends } from '../../tests/support/backends';
import { PILOT_COUNCILS } from '../../tests/support/reference-figures';
import { EXACT_VIEWER, SubgraphHarness, subgraphHarness } from '../../tests/support/subgraph-harness';
import { Viewer } from '../platform/identity';
import { subgraph as definition } from './education-send.subgraph';

/**
 * The education/SEND subgraph on its seeded records: figures against SQL written here, batching,
 * coverage and bad input.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
const REDCAR = 'E06000003';
const BOARD: Viewer = { kind: 'BOARD_MEMBER', regionCode: 'ATV', authorityCodes: [REDCAR] };
const reps = (codes: string[]) => codes.map((code) => ({ __typename: 'LocalAuthority', code }));

const FIGURES = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on LocalAuthority { code
  ehcPlans(at: "2022-03-31") { total { value } breakdown(by: PRIMARY_NEED) { key figure { value } } }
  semh: ehcPlans(at: "2022-03-31", primaryNeeds: ["SEMH"]) { total { value } }
  ehcNeedsAssessments(period: "2021-22") { requests { total { value } } plansIssued { total { value } } issuedWithin20Weeks { total { value numerator denominator } } }
  schoolAbsence(period: "2021-09/2022-08") { overallAbsence { total { value numerator denominator } } persistentAbsence { total { numerator denominator } } }
  exclusions(period: "2021-09/2022-08", cohort: "LOOKED_AFTER") { suspensions { total { value } } daysLostToSuspension { total { value } } }
  electivelyHomeEducated(at: "2022-03-31") { total { value } }
  post16Participation(at: "2022-03-31") { shares(by: ACTIVITY) { key figure { value } } }
} } }`;

describe.each(backends())('education-send subgraph on %s', (backend) => {
  let subgraph: SubgraphHarness;
  beforeAll(async () => {
    subgraph = await subgraphHarness(definition, backend);
  });
  afterAll(() => subgraph.stop());

  const sql = async (query: string, parameters: unknown[] = []) =>
    (await subgraph.database.dataSource.query(query, parameters)) as Record<string, unknown>[];
  const one = async (query: string, parameters: unknown[] = []) =>
    Number(Object.values((await sql(query, parameters))[0])[0]);

  it('gives figures equal to SQL written here', async () => {
    const result = await subgraph.execute(FIGURES, { r: reps([REDCAR]) }, BOARD);
    expect(result.errors).toBeUndefined();
    const la = result.data!._entities[0];
    const held = "authority_code = ? AND issued_on <= '2022-03-31' AND (ceased_on IS NULL OR ceased_on > '2022-03-31')";
    const plans = await one(`SELECT COUNT(*) FROM ehc_plan WHERE ${held}`, [REDCAR]);
    expect(plans).toBeGreaterThan(50);
    expect(la.ehcPlans.total.value).toBe(plans);
    expect(la.semh.total.value).toBe(
      await one(`SELECT COUNT(*) FROM ehc_plan WHERE ${held} AND primary_need = 'SEMH'`, [REDCAR]),
    );
    expect(la.ehcPlans.breakdown.reduce((s: number, c: any) => s + c.figure.value, 0)).toBe(plans);
    expect(la.ehcNeedsAssessments.requests.total.value).toBe(
      await one(
        "SELECT COUNT(*) FROM ehc_request WHERE authority_code = ? AND received_on BETWEEN '2021-04-01' AND '2022-03-31'",
        [REDCAR],
      ),
    );
    // Within 20 weeks: the days between request and plan worked out here, in code, from the dates.
    const timed = await sql(
      `SELECT r.received_on, p.issued_on FROM ehc_plan p JOIN ehc_request r ON r.id = p.request_id
       WHERE p.authority_code = ? AND p.issued_on BETWEEN '2021-04-01' AND '2022-03-31'`,
      [REDCAR],
    );
    const days = (a: unknown, b: unknown) => (Date.parse(String(b)) - Date.parse(String(a))) / 86_400_000;
    const within = timed.filter((t) => days(t.received_on, t.issued_on) <= 140).length;
    expect(la.ehcNeedsAssessments.issuedWithin20Weeks.total).toEqual({
      value: Math.round((within / timed.length) * 1000) / 10,
      numerator: within,
      denominator: timed.length,
    });
    const sessions = await sql(
      "SELECT SUM(missed_sessions) AS missed, SUM(possible_sessions) AS possible FROM attendance WHERE authority_code = ? AND term_start BETWEEN '2021-09-01' AND '2022-08-31'",
      [REDCAR],
    );
    expect(la.schoolAbsence.overallAbsence.total).toEqual({
      value: Math.round((Number(sessions[0].missed) / Number(sessions[0].possible)) * 1000) / 10,
      numerator: Number(sessions[0].missed),
      denominator: Number(sessions[0].possible),
    });
    // Persistent absence: each pupil's year summed here, then those at 10% or more counted.
    const pupils = await sql(
      "SELECT pupil_id, SUM(missed_sessions) AS missed, SUM(possible_sessions) AS possible FROM attendance WHERE authority_code = ? AND term_start BETWEEN '2021-09-01' AND '2022-08-31' GROUP BY pupil_id",
      [REDCAR],
    );
    expect(la.schoolAbsence.persistentAbsence.total).toEqual({
      numerator: pupils.filter((p) => Number(p.missed) * 10 >= Number(p.possible)).length,
      denominator: pupils.length,
    });
    // Children in care: pupils on the virtual school roll on the day their suspension began.
    const suspensions = await sql(
      `SELECT x.days_lost FROM exclusion x JOIN pupil u ON u.id = x.pupil_id JOIN virtual_school_child v ON v.child_id = u.child_id
       WHERE x.authority_code = ? AND x.kind = 'SUSPENSION' AND x.start_on BETWEEN '2021-09-01' AND '2022-08-31'
         AND v.joined_on <= x.start_on AND (v.left_on IS NULL OR v.left_on > x.start_on)`,
      [REDCAR],
    );
    expect(suspensions.length).toBeGreaterThan(10);
    expect(la.exclusions.suspensions.total.value).toBe(suspensions.length);
    expect(la.exclusions.daysLostToSuspension.total.value).toBe(
      Math.round(suspensions.reduce((s, x) => s + Number(x.days_lost), 0) * 10) / 10,
    );
    expect(la.electivelyHomeEducated.total.value).toBe(
      await one(
        "SELECT COUNT(*) FROM education_episode WHERE authority_code = ? AND kind = 'EHE' AND start_on <= '2022-03-31' AND (end_on IS NULL OR end_on > '2022-03-31')",
        [REDCAR],
      ),
    );
    const shares = la.post16Participation.shares.map((c: any) => c.figure.value);
    expect(shares[0]).toBeGreaterThan(50);
  });

  it('splits post-16 participation by activity and by the Year 11 risk-of-NEET indicator as SQL does', async () => {
    const result = await subgraph.execute(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on LocalAuthority {
        post16Participation(at: "2022-03-15") {
          total { value } risk: breakdown(by: RISK_OF_NEET) { key figure { value } }
          activity: breakdown(by: ACTIVITY) { key figure { value } } } } } }`,
      { r: reps(['E10000028']) },
      { kind: 'BOARD_MEMBER', regionCode: 'T4C', authorityCodes: ['E10000028'] },
    );
    const figures = result.data!._entities[0].post16Participation;
    const month = "authority_code = 'E10000028' AND month = '2022-03-01'";
    expect(figures.total.value).toBe(await one(`SELECT COUNT(*) FROM post16_activity WHERE ${month}`));
    expect(figures.total.value).toBeGreaterThan(20);
    const atRisk = await one(`SELECT COUNT(*) FROM post16_activity WHERE ${month} AND risk_of_neet = ?`, [true]);
    expect(figures.risk).toEqual([
      { key: 'AT_RISK', figure: { value: atRisk } },
      { key: 'NOT_AT_RISK', figure: { value: figures.total.value - atRisk } },
    ]);
    const neet = await one(`SELECT COUNT(*) FROM post16_activity WHERE ${month} AND activity = 'NEET'`);
    expect(figures.activity.find((c: any) => c.key === 'NEET').figure.value).toBe(neet);
  });

  it('gives the change in plans maintained between two dates against SQL', async () => {
    const result = await subgraph.execute(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on LocalAuthority {
        ehcPlans(at: "2022-06-30") { changeSince(since: "2021-12-31") { value numerator denominator } } } } }`,
      { r: reps(['E10000028']) },
      EXACT_VIEWER,
    );
    const held = (at: string) =>
      one(
        'SELECT COUNT(*) FROM ehc_plan WHERE authority_code = ? AND issued_on <= ? AND (ceased_on IS NULL OR ceased_on > ?)',
        ['E10000028', at, at],
      );
    const [before, after] = [await held('2021-12-31'), await held('2022-06-30')];
    expect(result.data!._entities[0].ehcPlans.changeSince).toEqual({
      value: Math.round(((after - before) / before) * 1000) / 10,
      numerator: after - before,
      denominator: before,
    });
  });

  it('costs the same SQL statements for nine councils as for one (no N+1)', async () => {
    const one9 = await subgraph.statementsFor(FIGURES, { r: reps([REDCAR]) }, EXACT_VIEWER);
    const nine = await subgraph.statementsFor(FIGURES, { r: reps(PILOT_COUNCILS) }, EXACT_VIEWER);
    expect(nine).toBe(one9);
    // One coverage lookup for every kind of record; then one grouped statement per measure and
    // grouping: plans (total, by need, SEMH only), requests, plans issued, their timeliness, one for
    // both absence figures, one for both suspension figures, EHE, post-16 (total and by activity).
    expect(one9).toBe(12);
  });

  it('computes a region over the members it is sent', async () => {
    const result = await subgraph.execute(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Region { ehcPlans(at: "2022-03-31") { total { value } } } } }`,
      { r: [{ __typename: 'Region', code: 'X', members: [{ code: REDCAR }, { code: 'E06000002' }] }] },
      EXACT_VIEWER,
    );
    expect(result.data!._entities[0].ehcPlans.total.value).toBe(
      await one(
        "SELECT COUNT(*) FROM ehc_plan WHERE authority_code IN ('E06000003', 'E06000002') AND issued_on <= '2022-03-31' AND (ceased_on IS NULL OR ceased_on > '2022-03-31')",
      ),
    );
  });

  it('reports no data (not zero) outside the records held', async () => {
    const result = await subgraph.execute(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on LocalAuthority {
        ehcPlans(at: "2018-03-31") { total { value suppressionReason } }
        virtualSchoolRoll(at: "2022-03-31") { total { value suppressionReason } } } } }`,
      { r: reps(['E09000001']) },
    );
    expect(result.data!._entities[0]).toEqual({
      ehcPlans: { total: { value: null, suppressionReason: 'NO_DATA' } },
      virtualSchoolRoll: { total: { value: null, suppressionReason: 'NO_DATA' } },
    });
  });

  it.each([
    ['ehcPlans(at: "2022-03-31", primaryNeeds: ["ADHD"]) { total { value } }', 'primaryNeeds'],
    ['ehcPlans(at: "2022-31-03") { total { value } }', 'at'],
    ['ehcPlans(at: "2022-03-31") { changeSince(since: "yesterday") { value } }', 'since'],
    ['ehcPlans(at: "2022-03-31") { breakdown(by: CEASED_REASON) { key } }', 'by'],
    ['ehcPlans(at: "2022-03-31") { breakdown(by: AGE_BAND, ageBands: ["toddlers"]) { key } }', 'ageBands'],
    ['schoolAbsence(period: "2021-09/2022-08", cohort: "GIFTED") { pupils { value } }', 'cohort'],
    ['schoolAbsence(period: "2021-09/2022-08", threshold: 150) { pupils { value } }', 'threshold'],
    ['exclusions(period: "2021-09/2022-08", cohort: "all") { suspensions { total { value } } }', 'cohort'],
  ])('rejects %s with BAD_USER_INPUT naming "%s"', async (field, argument) => {
    const result = await subgraph.execute(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on LocalAuthority { ${field} } } }`,
      { r: reps([REDCAR]) },
    );
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toContain(`Argument "${argument}"`);
  });
});

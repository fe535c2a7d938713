import { startGateway } from '../gateway/gateway-service';
import { seedOf, seedDatabase } from '../seed/seed-subgraph';
import { writeRecords } from '../seed/shared/write-records';
import { DatabaseTarget, openDatabase } from '../subgraphs/platform/database';
import { RunningService } from '../subgraphs/platform/http-service';
import { loadSubgraph, loadSubgraphs } from '../subgraphs/platform/subgraph-definition';
import { RunningSubgraph, startSubgraph } from '../subgraphs/platform/subgraph-service';
import { Backend, backends } from './support/backends';
import { scratchDatabase } from './support/scratch-database';
import { postGraphQL } from './support/stack';

/**
 * Data that is missing or a database that fails, on real databases of the test's own (the pilot
 * seed, then broken by the test), through the real gateway: records emptied under a coverage row
 * answer NO_DATA, not zeros; a load is all or nothing, coverage included; a failing database is
 * DATABASE_UNAVAILABLE naming the service, never NO_DATA, an "unknown code" or the driver's words.
 */
const HARTLEPOOL = 'E06000001';
const MIDDLESBROUGH = 'E06000002';
const AT = '2022-03-31';

/* eslint-disable @typescript-eslint/no-explicit-any */
describe.each(backends())('missing data and failing databases on %s', (backend: Backend) => {
  const subgraphs: Record<string, RunningSubgraph> = {};
  let gateway: RunningService;
  const ask = (query: string) => postGraphQL<any>(gateway.url, query);
  const sql = (name: string, statement: string, parameters: unknown[] = []) =>
    subgraphs[name].database.dataSource.query(statement, parameters);

  beforeAll(async () => {
    for (const definition of loadSubgraphs()) {
      const target = await scratchDatabase(backend, `faults-${definition.name}`);
      await seedDatabase(definition, target, 'pilot');
      subgraphs[definition.name] = await startSubgraph(definition, { port: 0, target });
    }
    gateway = await startGateway({
      port: 0,
      subgraphUrls: Object.fromEntries(Object.entries(subgraphs).map(([name, s]) => [name, s.url])),
    });
    // Seeding every subgraph's scratch database (early help's half a million rows) takes minutes on MySQL.
  }, 600_000);
  afterAll(async () => {
    await gateway?.stop();
    for (const service of Object.values(subgraphs)) {
      if (!service.database.dataSource.isInitialized) await service.database.dataSource.initialize();
      await service.stop();
    }
  });

  const inCare = async (code: string) =>
    (
      await ask(
        `{ localAuthority(code: "${code}") { childrenInCare(at: "${AT}") { total { value suppressionReason } } } }`,
      )
    ).data?.localAuthority?.childrenInCare.total;
  /** What an anonymous caller is shown of the count SQL gives: the nearest multiple of 5 (DISCLOSURE.md). */
  const inCareBySql = async (code: string) => Math.round((await inCareExactBySql(code)) / 5) * 5;
  const inCareExactBySql = async (code: string) =>
    Number(
      (
        await sql(
          'fostering',
          'SELECT COUNT(*) AS n FROM care_episode WHERE authority_code = ? AND start_date <= ? AND (end_date IS NULL OR end_date > ?)',
          [code, AT, AT],
        )
      )[0].n,
    );

  it('answers NO_DATA, not zeros, for a council whose records were emptied under its coverage row', async () => {
    expect(await inCare(HARTLEPOOL)).toEqual({ value: await inCareBySql(HARTLEPOOL), suppressionReason: null });
    await sql('fostering', 'DELETE FROM care_episode WHERE authority_code = ?', [HARTLEPOOL]);
    // The coverage row is still there: only the records went.
    expect(
      Number(
        (
          await sql('fostering', 'SELECT COUNT(*) AS n FROM authority_coverage WHERE authority_code = ?', [HARTLEPOOL])
        )[0].n,
      ),
    ).toBe(1);
    expect(await inCare(HARTLEPOOL)).toEqual({ value: null, suppressionReason: 'NO_DATA' });
    const starts = await ask(
      `{ localAuthority(code: "${HARTLEPOOL}") { childrenStartingCare(period: "2021-22") { total { value suppressionReason } } } }`,
    );
    expect(starts.data.localAuthority.childrenStartingCare.total).toEqual({
      value: null,
      suppressionReason: 'NO_DATA',
    });
    // Its region cannot be added up without it; another council is unaffected.
    const atv = await ask(
      `{ region(code: "ATV") { childrenInCare(at: "${AT}") { total { value suppressionReason } } } }`,
    );
    expect(atv.data.region.childrenInCare.total).toEqual({ value: null, suppressionReason: 'NO_DATA' });
    expect(await inCare(MIDDLESBROUGH)).toEqual({ value: await inCareBySql(MIDDLESBROUGH), suppressionReason: null });
  });

  it("answers NO_DATA for one kind of record emptied (foster households) while the council's other figures stand", async () => {
    await sql('fostering', 'DELETE FROM foster_household WHERE authority_code = ?', [MIDDLESBROUGH]);
    const result = await ask(
      `{ localAuthority(code: "${MIDDLESBROUGH}") { fosterHouseholds(at: "${AT}") { total { value suppressionReason } } } }`,
    );
    expect(result.data.localAuthority.fosterHouseholds.total).toEqual({ value: null, suppressionReason: 'NO_DATA' });
    expect((await inCare(MIDDLESBROUGH)).value).toBe(await inCareBySql(MIDDLESBROUGH));
  });

  it('loads all or nothing: a load failing on its last row leaves neither records nor coverage', async () => {
    const definition = loadSubgraph('fostering');
    const target: DatabaseTarget = await scratchDatabase(backend, 'faults-partial-load');
    const database = await openDatabase(target, definition.entities, { migrations: definition.migrations });
    try {
      const sets = seedOf('fostering')('pilot');
      const [entity, rows] = sets.find(([, r]) => r.length > 0)!;
      // The same first row again at the very end: a duplicate key, after every other row was sent.
      await expect(writeRecords(database.dataSource, [...sets, [entity, [rows[0]]]])).rejects.toThrow();
      for (const table of ['authority_coverage', 'care_episode', 'child', 'foster_household'])
        expect([table, Number((await database.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n)]).toEqual([
          table,
          0,
        ]);
    } finally {
      await database.dataSource.destroy();
    }
  });

  const expectDatabaseUnavailable = (result: { data?: any; errors?: any[] }, service: string) => {
    expect(result.errors?.length).toBeGreaterThan(0);
    for (const error of result.errors!) {
      expect(error.extensions?.code).toBe('DATABASE_UNAVAILABLE');
      expect(error.message).toContain(`The ${service} service could not read its database`);
      expect(error.message).not.toMatch(/SQLITE|ER_|no such table|doesn't exist|authority_coverage|local_authority/i);
    }
  };

  it('answers DATABASE_UNAVAILABLE, not NO_DATA, when the coverage lookup fails', async () => {
    await sql('fostering', 'DROP TABLE authority_coverage');
    const errorLog = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const result = await ask(
        `{ localAuthority(code: "${MIDDLESBROUGH}") { childrenInCare(at: "${AT}") { total { value suppressionReason } } } }`,
      );
      expect(JSON.stringify(result.data ?? null)).not.toContain('NO_DATA');
      expectDatabaseUnavailable(result, 'fostering');
      expect(errorLog).toHaveBeenCalled();
    } finally {
      errorLog.mockRestore();
    }
  });

  it("answers DATABASE_UNAVAILABLE, not NO_DATA, when an agency's own coverage lookup fails", async () => {
    const query = `{ region(code: "ATV") { agencyWork(period: "2021-22", kind: ADOPTER_ENQUIRY) { count { value suppressionReason } } } }`;
    const before = await ask(query);
    expect(before.data.region.agencyWork.count.value).toBeGreaterThan(0);
    await sql('adoption', 'DROP TABLE adoption_agency');
    const errorLog = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const result = await ask(query);
      expect(JSON.stringify(result.data ?? null)).not.toContain('NO_DATA');
      expectDatabaseUnavailable(result, 'adoption');
    } finally {
      errorLog.mockRestore();
    }
  });

  it('answers DATABASE_UNAVAILABLE when the connection to the database is gone', async () => {
    await subgraphs.adoption.database.dataSource.destroy();
    const errorLog = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const result = await ask(
        `{ localAuthority(code: "${MIDDLESBROUGH}") { adoptionActivity(period: "2021-22") { adoptionOrders { total { value } } } } }`,
      );
      expectDatabaseUnavailable(result, 'adoption');
    } finally {
      errorLog.mockRestore();
    }
  });

  it('answers DATABASE_UNAVAILABLE, not "unknown code" nor fewer members, when the authorities database fails', async () => {
    const errorLog = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const known = await ask(`{ region(code: "ATV") { members { code } } }`);
      expect(known.data.region.members).toHaveLength(5);
      await sql('authorities', 'DROP TABLE local_authority');
      for (const query of [
        `{ localAuthorities(codes: ["${HARTLEPOOL}", "${MIDDLESBROUGH}"]) { code } }`,
        `{ localAuthority(code: "${HARTLEPOOL}") { name } }`,
        `{ region(code: "ATV") { members { code } } }`,
        `{ localAuthorities(regionCode: "ATV") { code } }`,
      ]) {
        const result = await ask(query);
        expect([query, result.data?.region?.members ?? null]).toEqual([query, null]);
        expectDatabaseUnavailable(result, 'authorities');
      }
    } finally {
      errorLog.mockRestore();
    }
  });
});

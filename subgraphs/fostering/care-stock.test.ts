import { DataSource } from 'typeorm';
import { writeRecords } from '../../seed/shared/write-records';
import { Backend, backends, testTarget } from '../../tests/support/backends';
import { scratchDatabase } from '../../tests/support/scratch-database';
import { openDatabase } from '../platform/database';
import { childrenInCareAt } from './data/care-cube.queries';
import { nearestQuarterEnd, quarterEnds } from './data/care-stock';
import { CareEpisodeRecord, ChildRecord } from './entities';
import { subgraph as definition } from './fostering.subgraph';

/**
 * care_stock, the quarter-end summary of children in care, against direct counts over the
 * records (SQL written here) on the seeded pilot data: the table itself at quarter ends, and the
 * counts read from it at any date (quarter ends, days between, the records' first and last
 * days, before and after them), in total and by each attribute; and a load keeps it in step.
 */

/** Each attribute the summary splits by, as this test reads it from the records. */
const COLUMNS: Record<string, string> = {
  '': "''",
  dateOfBirth: 'c.date_of_birth',
  sex: 'c.sex',
  ethnicity: 'c.ethnicity',
  uasc: 'c.uasc',
  legalStatus: 'e.legal_status',
  placementType: 'e.placement_type',
  placementProvider: 'e.placement_provider',
  categoryOfNeed: 'e.category_of_need',
  carerType: 'h.household_type',
};

/** Open at the end of `at`, counted from the episodes, as sorted [authority, value, n] lines. */
async function directCount(dataSource: DataSource, at: string, attribute: string): Promise<string[]> {
  const rows: Record<string, unknown>[] = await dataSource.query(
    `SELECT e.authority_code AS authority_code, ${COLUMNS[attribute]} AS value, COUNT(*) AS n
     FROM care_episode e JOIN child c ON c.id = e.child_id LEFT JOIN foster_household h ON h.id = e.foster_household_id
     WHERE e.start_date <= ? AND (e.end_date IS NULL OR e.end_date > ?)
     GROUP BY e.authority_code, ${COLUMNS[attribute]}`,
    [at, at],
  );
  return rows.map((r) => line(String(r.authority_code), attribute, r.value, Number(r.n))).sort();
}

function line(authority: string, attribute: string, value: unknown, n: number): string {
  const text =
    attribute === ''
      ? ''
      : attribute === 'uasc'
        ? String(value === true || Number(value) === 1)
        : value == null || value === ''
          ? 'none'
          : String(value);
  return `${authority}|${text}|${n}`;
}

/** Age in completed years at `at` of a date of birth (YYYY-MM-DD), worked out here. */
function completedYears(dateOfBirth: string, at: string): number {
  const birthdayPassed = at.slice(5) >= dateOfBirth.slice(5);
  return Number(at.slice(0, 4)) - Number(dateOfBirth.slice(0, 4)) - (birthdayPassed ? 0 : 1);
}

describe.each(backends())('care_stock on %s', (backend: Backend) => {
  let dataSource: DataSource;
  let codes: string[];
  let dates: string[];
  beforeAll(async () => {
    ({ dataSource } = await openDatabase(testTarget(backend, 'fostering'), definition.entities, {
      migrations: definition.migrations,
    }));
    codes = (await dataSource.query('SELECT DISTINCT authority_code FROM care_episode ORDER BY authority_code')).map(
      (r: { authority_code: string }) => r.authority_code,
    );
    const [span] = await dataSource.query(
      'SELECT MIN(start_date) AS first, MAX(start_date) AS last_start, MAX(end_date) AS last_end FROM care_episode',
    );
    const day = (v: unknown) => String(v).slice(0, 10);
    dates = [
      '2022-03-31',
      '2021-12-31',
      '2022-05-10', // nearer the quarter end before it
      '2022-05-20', // nearer the one after
      '2021-11-15',
      '2022-01-31',
      day(span.first),
      day(span.last_start),
      day(span.last_end),
      '2001-06-30', // before every record
      '2031-02-14', // after every record
    ];
  });
  afterAll(() => dataSource.destroy());

  it('holds, at each quarter end, what a direct count of the episodes gives, by every attribute', async () => {
    for (const at of ['2019-03-31', '2021-09-30', '2022-03-31', '2024-12-31'])
      for (const attribute of Object.keys(COLUMNS)) {
        const stored: Record<string, unknown>[] = await dataSource.query(
          'SELECT authority_code, value, n FROM care_stock WHERE attribute = ? AND at = ?',
          [attribute, at],
        );
        const summary = stored.map((r) => line(String(r.authority_code), attribute, r.value, Number(r.n))).sort();
        expect([at, attribute, summary]).toEqual([at, attribute, await directCount(dataSource, at, attribute)]);
      }
  });

  it('gives at any date the direct count of the episodes open then, in total and by every attribute', async () => {
    expect(codes.length).toBeGreaterThan(5);
    for (const at of dates)
      for (const attribute of Object.keys(COLUMNS)) {
        const rows = await childrenInCareAt(dataSource, codes, at, attribute === '' ? [] : [attribute]);
        const hub = rows.map((r) => [r.authorityCode, attribute === '' ? '' : r[attribute as keyof typeof r], r.n]);
        const direct = (await directCount(dataSource, at, attribute)).map((l) => l.split('|'));
        // By date of birth the hub groups the children of one age at `at` (under one of their dates of birth).
        const byAge = (lines: unknown[][]) => {
          const tally = new Map<string, number>();
          for (const [authority, value, n] of lines) {
            const key =
              attribute === 'dateOfBirth'
                ? `${authority}|${completedYears(String(value), at)}`
                : `${authority}|${value}`;
            tally.set(key, (tally.get(key) ?? 0) + Number(n));
          }
          return [...tally].map(([key, n]) => `${key}|${n}`).sort();
        };
        const hubLines = byAge(hub.map(([a, v, n]) => [a, line('', attribute, v, 0).split('|')[1], n]));
        expect([at, attribute, hubLines]).toEqual([at, attribute, byAge(direct)]);
        if (attribute === 'dateOfBirth')
          expect(new Set(hub.map(([a, v]) => `${a}|${completedYears(String(v), at)}`)).size).toBe(hub.length);
      }
  });

  it('picks the nearest quarter end, and covers the records with quarter ends', () => {
    expect(['2022-05-10', '2022-05-20', '2022-03-31', '2022-01-01'].map(nearestQuarterEnd)).toEqual([
      '2022-03-31',
      '2022-06-30',
      '2022-03-31',
      '2021-12-31',
    ]);
    expect(quarterEnds('2021-11-02', '2022-04-01')).toEqual(['2021-12-31', '2022-03-31', '2022-06-30']);
  });

  it('is rebuilt with every load, in its transaction: a second load counts the new episodes too', async () => {
    const target = await scratchDatabase(backend, 'care-stock-load');
    const scratch = await openDatabase(target, definition.entities, { migrations: definition.migrations, fresh: true });
    const rebuild = definition.rebuildSummaries!.bind(definition);
    const child = (id: string) =>
      Object.assign(new ChildRecord(), {
        id,
        authorityCode: 'E06000001',
        sex: 'F',
        dateOfBirth: '2015-06-01',
        ethnicity: 'WBRI',
        uasc: false,
      });
    const episode = (id: string, childId: string, startDate: string, endDate: string | null) =>
      Object.assign(new CareEpisodeRecord(), {
        id,
        childId,
        authorityCode: 'E06000001',
        startDate,
        endDate,
        reasonNewEpisode: 'S',
        legalStatus: 'C2',
        categoryOfNeed: 'N1',
        placementType: 'U1',
        placementProvider: 'PR1',
        reasonCeased: endDate ? 'E11' : null,
        fosterHouseholdId: null,
      });
    const total = async (at: string) =>
      (await childrenInCareAt(scratch.dataSource, ['E06000001'], at)).reduce((s, r) => s + r.n, 0);
    try {
      await writeRecords(
        scratch.dataSource,
        [
          [ChildRecord, [child('A'), child('B')]],
          [CareEpisodeRecord, [episode('A1', 'A', '2021-02-10', '2021-08-20'), episode('B1', 'B', '2021-05-05', null)]],
        ],
        rebuild,
      );
      // A: 10 Feb – 20 Aug 2021 (open at the end of 10 Feb, not of 20 Aug); B: from 5 May 2021.
      expect(
        await Promise.all(['2021-02-09', '2021-02-10', '2021-05-05', '2021-08-19', '2021-08-20'].map(total)),
      ).toEqual([0, 1, 2, 2, 1]);
      await writeRecords(
        scratch.dataSource,
        [
          [ChildRecord, [child('C')]],
          [CareEpisodeRecord, [episode('C1', 'C', '2021-07-01', '2021-07-02')]],
        ],
        rebuild,
      );
      expect(await Promise.all(['2021-06-30', '2021-07-01', '2021-07-02', '2022-03-31'].map(total))).toEqual([
        2, 3, 2, 1,
      ]);
    } finally {
      await scratch.dataSource.destroy();
    }
  });
});

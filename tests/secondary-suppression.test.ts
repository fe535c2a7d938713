import 'reflect-metadata';
import { join } from 'node:path';
import { subgraph as fostering } from '../subgraphs/fostering/fostering.subgraph';
import { AuthorityCoverageRecord, CareEpisodeRecord, ChildRecord } from '../subgraphs/fostering/entities';
import { openDatabase } from '../subgraphs/platform/database';
import { Viewer } from '../subgraphs/platform/identity';
import { projectRoot } from '../subgraphs/platform/project-root';
import { SubgraphHarness, subgraphHarness } from './support/subgraph-harness';

/**
 * Secondary suppression on a breakdown where exactly one cell is small: hand-written children in
 * care in a real SQLite database, the fostering subgraph's schema over it. With only the small
 * cell hidden, the total would give it away, so the smallest other non-zero cell is hidden too.
 */
const HARTLEPOOL = 'E06000001';
const AT = '2022-03-31';
/** Children in care at AT by placement type, written below; R1's 2 is the one small cell (1 to 4). */
const PLACED: Record<string, number> = { U4: 12, K2: 7, P1: 5, R1: 2 };

const QUERY = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on LocalAuthority {
  childrenInCare(at: "${AT}") { total { value suppressed } breakdown(by: PLACEMENT_TYPE) { key figure { value suppressed suppressionReason } } } } } }`;
const representations = [
  { __typename: 'LocalAuthority', code: HARTLEPOOL, childPopulation: [{ year: 2022, count: 20000 }] },
];

type Cell = { key: string; figure: { value: number | null; suppressed: boolean; suppressionReason: string | null } };

function fixtureRows(): { children: ChildRecord[]; episodes: CareEpisodeRecord[] } {
  const children: ChildRecord[] = [];
  const episodes: CareEpisodeRecord[] = [];
  let n = 0;
  for (const [placementType, count] of Object.entries(PLACED)) {
    for (let i = 0; i < count; i += 1) {
      n += 1;
      const id = `${HARTLEPOOL}-FX${String(n).padStart(4, '0')}`;
      children.push(
        Object.assign(new ChildRecord(), {
          id,
          authorityCode: HARTLEPOOL,
          sex: n % 2 ? 'M' : 'F',
          dateOfBirth: '2012-05-01',
          ethnicity: 'WBRI',
          uasc: false,
        }),
      );
      episodes.push(
        Object.assign(new CareEpisodeRecord(), {
          id: `${id}-E1`,
          childId: id,
          authorityCode: HARTLEPOOL,
          startDate: '2021-06-01',
          endDate: null,
          reasonNewEpisode: 'S',
          legalStatus: 'C2',
          categoryOfNeed: 'N1',
          placementType,
          placementProvider: 'PR1',
          reasonCeased: null,
          fosterHouseholdId: null,
        }),
      );
    }
  }
  // A child who left care before the date is not counted anywhere.
  children.push(
    Object.assign(new ChildRecord(), {
      id: `${HARTLEPOOL}-FX9999`,
      authorityCode: HARTLEPOOL,
      sex: 'F',
      dateOfBirth: '2010-01-01',
      ethnicity: 'WBRI',
      uasc: false,
    }),
  );
  episodes.push(
    Object.assign(new CareEpisodeRecord(), {
      id: `${HARTLEPOOL}-FX9999-E1`,
      childId: `${HARTLEPOOL}-FX9999`,
      authorityCode: HARTLEPOOL,
      startDate: '2020-06-01',
      endDate: '2021-01-10',
      reasonNewEpisode: 'S',
      legalStatus: 'C2',
      categoryOfNeed: 'N1',
      placementType: 'R1',
      placementProvider: 'PR1',
      reasonCeased: 'E13',
      fosterHouseholdId: null,
    }),
  );
  return { children, episodes };
}

describe('secondary suppression of a breakdown with one small cell', () => {
  const tag = (process.env.TEST_DB_TAG ?? '').replace(/[^a-z0-9]/gi, '');
  const target = {
    kind: 'sqlite' as const,
    file: join(projectRoot(), 'data', tag ? `test-${tag}` : 'test', 'secondary-suppression-fixture.sqlite'),
  };
  let subgraph: SubgraphHarness;

  beforeAll(async () => {
    const database = await openDatabase(target, fostering.entities, { migrations: fostering.migrations, fresh: true });
    try {
      const { children, episodes } = fixtureRows();
      await database.dataSource.getRepository(AuthorityCoverageRecord).save(
        Object.assign(new AuthorityCoverageRecord(), {
          authorityCode: HARTLEPOOL,
          recordsFrom: '2020-04-01',
          recordsTo: '2022-03-31',
        }),
      );
      await database.dataSource.getRepository(ChildRecord).save(children);
      await database.dataSource.getRepository(CareEpisodeRecord).save(episodes);
    } finally {
      await database.dataSource.destroy();
    }
    subgraph = await subgraphHarness(fostering, 'sqlite', target);
  });
  afterAll(() => subgraph?.stop());

  async function cells(
    viewer?: Viewer,
  ): Promise<{ total: { value: number | null; suppressed: boolean }; cells: Cell[] }> {
    const result = await subgraph.execute(QUERY, { r: representations }, viewer);
    expect(result.errors).toBeUndefined();
    const inCare = result.data!._entities[0].childrenInCare;
    return { total: inCare.total, cells: inCare.breakdown };
  }
  const figureOf = (list: Cell[], key: string) => list.find((c) => c.key === key)!.figure;

  it("holds the fixture as written (seen in full by the council's analyst)", async () => {
    const { total, cells: list } = await cells({ kind: 'ANALYST', authorityCode: HARTLEPOOL });
    expect(total.value).toBe(26);
    for (const cell of list)
      expect([cell.key, cell.figure]).toEqual([
        cell.key,
        { value: PLACED[cell.key] ?? 0, suppressed: false, suppressionReason: null },
      ]);
  });

  it('hides the small cell from an anonymous caller, and the smallest other non-zero cell with it', async () => {
    const { total, cells: list } = await cells();
    // Counts shown to an aggregate viewer are rounded to the nearest 5 (26 → 25).
    expect(total).toEqual({ value: 25, suppressed: false });
    expect(figureOf(list, 'R1')).toEqual({ value: null, suppressed: true, suppressionReason: 'CONFIDENTIAL' });
    // P1 (5) is the smallest non-zero cell after R1 (K2 7, U4 12): hidden so that 26 − 12 − 7 = 7
    // could not give R1 away even to a reader who knew the exact counts; the reason is the same.
    expect(figureOf(list, 'P1')).toEqual({ value: null, suppressed: true, suppressionReason: 'CONFIDENTIAL' });
    expect(
      list
        .filter((c) => c.figure.suppressed)
        .map((c) => c.key)
        .sort(),
    ).toEqual(['P1', 'R1']);
    // Every other cell is shown: the non-zero ones and the zeros.
    expect(figureOf(list, 'U4').value).toBe(10);
    expect(figureOf(list, 'K2').value).toBe(5);
    expect(list.filter((c) => !c.figure.suppressed && c.figure.value === 0).length).toBe(list.length - 4);
  });

  it("shows a board member of the council's region every cell", async () => {
    const { cells: list } = await cells({
      kind: 'BOARD_MEMBER',
      regionCode: 'ATV',
      authorityCodes: ['E06000005', HARTLEPOOL, 'E06000002', 'E06000003', 'E06000004'],
    });
    expect(list.filter((c) => c.figure.suppressed)).toEqual([]);
    expect(figureOf(list, 'R1').value).toBe(2);
    expect(figureOf(list, 'P1').value).toBe(5);
  });

  it('hides them from a board member of another region', async () => {
    const { cells: list } = await cells({
      kind: 'BOARD_MEMBER',
      regionCode: 'T4C',
      authorityCodes: ['E06000051', 'E10000028', 'E06000021', 'E06000020'],
    });
    expect(list.filter((c) => c.figure.suppressed).map((c) => [c.key, c.figure.suppressionReason])).toEqual([
      ['P1', 'CONFIDENTIAL'],
      ['R1', 'CONFIDENTIAL'],
    ]);
  });
});

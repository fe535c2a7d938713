import { englandLas } from '../../tests/support/reference-figures';
import { councilsInScope, generateFostering } from './fostering.seed';

/**
 * The national data set: a superset of the pilot one, every council with a published count
 * calibrated the same way. Generating all of it takes ~10 s (more under ts-jest), so this checks a
 * few councils, including the awkward ones, generated exactly as in the full run (each council has
 * its own random stream); `npm run seed -- --national` runs the generator's own checks on all 150.
 */
const SAMPLE = [
  'E10000016',
  'E08000025',
  'E06000001',
  'E10000021',
  'E06000061',
  'E10000006',
  'E09000001',
  'E06000003',
  'E10000028',
];

describe('fostering seed (national scope)', () => {
  const national = generateFostering('national', SAMPLE);
  const csv = englandLas();
  const inCare = (code: string, date: string) =>
    new Set(
      national.episodes
        .filter((e) => e.authorityCode === code && e.startDate <= date && (e.endDate === null || e.endDate > date))
        .map((e) => e.childId),
    ).size;

  it('holds every council with at least one numeric count', () => {
    const expected = csv
      .filter((r) => [2021, 2022, 2023, 2024, 2025].some((y) => /^\d+$/.test(r[`cla_31_march_${y}`])))
      .map((r) => r.gss)
      .sort();
    expect(
      councilsInScope('national')
        .map((la) => la.gss)
        .sort(),
    ).toEqual(expected);
    expect(expected.length).toBe(150);
    expect(national.coverage.map((c) => c.authorityCode).sort()).toEqual([...SAMPLE].sort());
  });

  it("reproduces DfE's 31 March counts for Kent, Birmingham and Hartlepool", () => {
    for (const code of ['E10000016', 'E08000025', 'E06000001']) {
      const row = csv.find((r) => r.gss === code)!;
      for (const year of [2021, 2022, 2023, 2024, 2025])
        expect([code, year, inCare(code, `${year}-03-31`)]).toEqual([code, year, Number(row[`cla_31_march_${year}`])]);
    }
  });

  it("ends an abolished council's records at its last count and starts its successors' at their first", () => {
    const coverage = new Map(national.coverage.map((c) => [c.authorityCode, c]));
    expect([coverage.get('E10000021')!.recordsFrom, coverage.get('E10000021')!.recordsTo]).toEqual([
      '2020-04-01',
      '2021-03-31',
    ]);
    expect([coverage.get('E06000061')!.recordsFrom, coverage.get('E06000061')!.recordsTo]).toEqual([
      '2021-04-01',
      '2025-03-31',
    ]);
    expect(coverage.get('E10000006')!.recordsTo).toBe('2023-03-31');
    expect([inCare('E10000021', '2021-03-31'), inCare('E10000021', '2021-04-01')]).toEqual([1144, 0]);
    expect([inCare('E10000006', '2023-03-31'), inCare('E10000006', '2023-04-01')]).toEqual([740, 0]);
    const leavers = national.episodes.filter((e) => e.authorityCode === 'E10000021' && e.endDate === '2021-04-01');
    expect(new Set(leavers.map((e) => e.reasonCeased))).toEqual(new Set(['E3']));
    // City of London's 2025 count is suppressed ("c"): carried at its 2024 count.
    expect(inCare('E09000001', '2025-03-31')).toBe(Number(csv.find((r) => r.gss === 'E09000001')!.cla_31_march_2024));
  });

  it('generates the pilot councils exactly as the pilot scope does', () => {
    const pilot = generateFostering('pilot', SAMPLE);
    const nine = new Set(pilot.coverage.map((c) => c.authorityCode));
    expect(nine).toEqual(new Set(['E06000001', 'E06000003', 'E10000028']));
    for (const key of ['children', 'episodes', 'households', 'enquiries', 'coverage'] as const) {
      const subset = (national[key] as { authorityCode: string }[]).filter((r) => nine.has(r.authorityCode));
      expect(JSON.stringify(subset)).toBe(JSON.stringify(pilot[key]));
    }
  });
});

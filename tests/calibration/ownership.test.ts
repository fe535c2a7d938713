import { ownerName, ownersOf, checksOf, rowsOf } from '../support/calibration/runner';
import { publishedRows } from '../support/calibration/published-rows';
import { DECLARATIONS, NOT_YET_BUILT } from './declarations';

/**
 * Every row of published-figures.csv is owned by exactly one area — checked through the gateway,
 * or explained (a measure not modelled, a row exception, a subgraph not yet built) — so a new row
 * in the file cannot be skipped silently.
 */
describe('ownership of published-figures.csv', () => {
  const rows = publishedRows();

  it('reads the file', () => {
    expect(rows.length).toBeGreaterThan(900);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
  });

  it.each(rows.map((r) => [r.id, r] as const))('%s is owned by exactly one area', (_id, row) => {
    expect(ownersOf(row, DECLARATIONS, NOT_YET_BUILT).map(ownerName)).toHaveLength(1);
  });

  it('gives every domestic abuse row, and the domestic abuse finance and workforce rows, to the domestic abuse subgraph', () => {
    const rows = publishedRows().filter((r) => r.domain === 'domestic_abuse' || r.measure.startsWith('da_'));
    expect(rows.length).toBeGreaterThan(60);
    expect(NOT_YET_BUILT.filter((g) => g.domains.includes('domestic_abuse'))).toEqual([]);
    for (const row of rows)
      expect([row.id, ownersOf(row, DECLARATIONS, NOT_YET_BUILT).map(ownerName)]).toEqual([row.id, ['domestic abuse']]);
  });

  it('gives every early_help row to the early help subgraph, none to a subgraph not yet built', () => {
    const rows = publishedRows().filter((r) => r.domain === 'early_help');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows)
      expect([row.id, ownersOf(row, DECLARATIONS, NOT_YET_BUILT).map(ownerName)]).toEqual([row.id, ['early help']]);
  });

  it('gives every area a check for every row it owns that it does not explain', () => {
    for (const declaration of DECLARATIONS) expect(() => checksOf(declaration, rows)).not.toThrow();
  });

  // A checked measure may name rows still to come (nothing is skipped by it); an explanation may not be stale.
  it('explains nothing stale: every measure not modelled and row excepted is in the file', () => {
    const measures = new Set(rows.map((r) => r.measure));
    const ids = new Set(rows.map((r) => r.id));
    const stale: string[] = [];
    for (const d of DECLARATIONS) {
      for (const m of Object.keys(d.notModelled)) if (!measures.has(m)) stale.push(`${d.area}: measure ${m}`);
      for (const id of Object.keys(d.rowExceptions)) if (!ids.has(id)) stale.push(`${d.area}: row ${id}`);
      for (const id of Object.keys(d.rowExceptions))
        if (ids.has(id) && !rowsOf(d, rows).some((r) => r.id === id)) stale.push(`${d.area}: row ${id} not its own`);
    }
    for (const g of NOT_YET_BUILT)
      for (const m of Object.keys(g.measures)) if (!measures.has(m)) stale.push(`${g.subgraph}: measure ${m}`);
    expect(stale).toEqual([]);
  });

  it('gives a reason for everything it does not check', () => {
    const reasons = [
      ...DECLARATIONS.flatMap((d) => [...Object.values(d.notModelled), ...Object.values(d.rowExceptions)]),
      ...NOT_YET_BUILT.flatMap((g) => [g.reason, ...Object.values(g.measures)]),
    ];
    for (const reason of reasons) expect(reason.length).toBeGreaterThan(20);
  });
});

import { readFileSync } from 'node:fs';
import { Browser, Page } from 'playwright-core';
import { launchChromium, requestsLeavingLocalhost, screenshotPath } from './support/browser';
import { boardToken } from './support/board-token';
import { publishedFigures } from './support/reference-figures';
import { Stack, startStackWithTokens } from './support/stack';
import { buildPagesForTests } from './support/web-bundles';
import { ATV_MEMBERS, T4C_MEMBERS } from '../seed/shared/pilot-councils';

/**
 * The board page (/board/) in headless Chromium, served by the real gateway over real subgraph
 * servers: each figure it shows is checked against the councils' published figures or against
 * SQL written here over the subgraphs' tables, as an anonymous visitor and as a board member.
 */
let stack: Stack;
let browser: Browser;
const published = publishedFigures();

/** A published figure (with no breakdown unless one is given). */
function figure(
  measure: string,
  authority: string,
  when: { period?: string; asOf?: string; breakdown?: string },
): number {
  const found = published.filter(
    (f) =>
      f.measure === measure &&
      f.authority === authority &&
      (when.period === undefined || f.period === when.period) &&
      (when.asOf === undefined || f.asOf === when.asOf) &&
      f.breakdown === (when.breakdown ?? ''),
  );
  // Two papers may print the same figure; they must agree.
  if (found.length === 0 || new Set(found.map((f) => f.value)).size !== 1)
    throw new Error(`${found.length} published ${measure} for ${authority} ${JSON.stringify(when)}`);
  return found[0].value;
}

/*
 * Functions run in the page are sent as their source, so each names the page's globals itself,
 * through `globalThis as any` (this file is compiled without the DOM's types, and the page's
 * content security policy allows no strings to be evaluated).
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
const ready = () => (globalThis as any).document.body.dataset.state === 'ready';
const READY_AND_EXACT = () =>
  (globalThis as any).document.body.dataset.state === 'ready' &&
  !(globalThis as any).document.querySelector('#panel-adoption-activity td.suppressed');
const READY_AND_SUPPRESSED = () =>
  (globalThis as any).document.body.dataset.state === 'ready' &&
  !!(globalThis as any).document.querySelector('#panel-adoption-activity td.suppressed');
const savedToken = () => (globalThis as any).sessionStorage.getItem('csc-hub-board-token');

/** A panel's table as the page shows it: row heading (council) → column → text. */
async function tableOf(page: Page, panel: string): Promise<{ row: string; cells: Record<string, string> }[]> {
  return page.evaluate(
    (selector) =>
      [...(globalThis as any).document.querySelectorAll(selector)].map((tr: any) => ({
        row: tr.children[0].textContent,
        cells: Object.fromEntries([...tr.children].map((cell: any) => [cell.dataset.column, cell.textContent])),
      })),
    `#panel-${panel} table tbody tr`,
  );
}

const number = (text: string) => Number(text.replace(/,/g, '').replace(/ days$|%$/, ''));
/** A count as an anonymous visitor sees it (DISCLOSURE.md, worked out here): 1 to 4 withheld, else nearest 5. */
const shown = (count: number): string | number => (count >= 1 && count <= 4 ? 'suppressed' : Math.round(count / 5) * 5);
const seen = (text: string): string | number => (text === 'suppressed' ? text : number(text));

async function openBoard(page: Page, query: string): Promise<void> {
  await page.goto(`${stack.gateway.url.replace(/\/graphql$/, '')}/board/${query}`);
  await page.waitForFunction(ready, null, { timeout: 120_000 });
}

/** Children in care at `at` per council by DfE's age bands, counted here from the fostering tables. */
async function childrenInCareBySql(at: string): Promise<Map<string, Record<string, number>>> {
  const rows: { authority_code: string; date_of_birth: string }[] =
    await stack.subgraphs.fostering.database.dataSource.query(
      `SELECT DISTINCT e.child_id, e.authority_code, c.date_of_birth FROM care_episode e JOIN child c ON c.id = e.child_id
     WHERE e.start_date <= ? AND (e.end_date IS NULL OR e.end_date > ?)`,
      [at, at],
    );
  const counts = new Map<string, Record<string, number>>();
  for (const row of rows) {
    const dob = new Date(String(row.date_of_birth).slice(0, 10));
    const day = new Date(at);
    let age = day.getUTCFullYear() - dob.getUTCFullYear();
    if (
      day.getUTCMonth() < dob.getUTCMonth() ||
      (day.getUTCMonth() === dob.getUTCMonth() && day.getUTCDate() < dob.getUTCDate())
    )
      age--;
    const band = age < 1 ? 'under 1' : age <= 4 ? '1-4' : age <= 9 ? '5-9' : age <= 15 ? '10-15' : '16+';
    const own = counts.get(row.authority_code) ?? { 'under 1': 0, '1-4': 0, '5-9': 0, '10-15': 0, '16+': 0, Total: 0 };
    own[band]++;
    own.Total++;
    counts.set(row.authority_code, own);
  }
  return counts;
}

const names = new Map<string, string>();

beforeAll(async () => {
  await buildPagesForTests();
  stack = await startStackWithTokens('sqlite');
  browser = await launchChromium();
  const result = await stack.query('{ localAuthorities { code name } }');
  for (const la of result.data!.localAuthorities) names.set(la.code, la.name);
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe('the board page', () => {
  it("shows T4C's children in care by age band, its scorecard and its year's counts as published, suppressed for an anonymous visitor", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    const outside = requestsLeavingLocalhost(page);
    await openBoard(page, '?region=T4C&at=2022-03-31&year=2021-22');
    await page.screenshot({ path: screenshotPath('board-t4c-anonymous'), fullPage: true });

    const bySql = await childrenInCareBySql('2022-03-31');
    const inCare = await tableOf(page, 'children-in-care');
    expect(inCare.map((r) => r.row)).toEqual([
      ...[...T4C_MEMBERS].sort().map((c) => names.get(c)),
      'Together4Children (all)',
    ]);
    const partnership: Record<string, number> = {};
    for (const code of T4C_MEMBERS) {
      const row = inCare.find((r) => r.row === names.get(code))!;
      // The total is the councils' published count; each band is what the tables hold; both as an
      // anonymous visitor sees them.
      expect(seen(row.cells.Total)).toBe(shown(figure('children_in_care_count', code, { asOf: '2022-03-31' })));
      for (const [band, count] of Object.entries(bySql.get(code)!)) {
        expect([code, band, seen(row.cells[band])]).toEqual([code, band, shown(count)]);
        partnership[band] = (partnership[band] ?? 0) + count;
      }
    }
    const all = inCare.find((r) => r.row === 'Together4Children (all)')!;
    for (const [band, count] of Object.entries(partnership))
      expect([band, seen(all.cells[band])]).toEqual([band, shown(count)]);
    expect(await page.locator('#panel-children-in-care svg rect').count()).toBe(T4C_MEMBERS.length * 5);

    const scorecard = await tableOf(page, 'adoption-scorecard');
    const cell = (area: string, indicator: string, period: string) =>
      number(scorecard.find((r) => r.row === area && r.cells.Indicator.startsWith(indicator))!.cells[period]);
    for (const code of T4C_MEMBERS)
      for (const period of ['2018-21', '2019-22']) {
        expect([code, period, cell(names.get(code)!, 'A10', period)]).toEqual([
          code,
          period,
          figure('a10_days_3yr_avg', code, { period }),
        ]);
        expect([code, period, cell(names.get(code)!, 'A2', period)]).toEqual([
          code,
          period,
          figure('a2_days_3yr_avg', code, { period }),
        ]);
      }
    expect(cell('Together4Children (all)', 'A10', '2019-22')).toBe(
      figure('a10_days_3yr_avg', 'T4C', { period: '2019-22' }),
    );
    expect(cell('Together4Children (all)', 'A2', '2019-22')).toBe(
      figure('a2_days_3yr_avg', 'T4C', { period: '2019-22' }),
    );
    for (const period of ['2018-21', '2019-22'])
      for (const [indicator, measure] of [
        ['A10', 'a10_days_3yr_avg'],
        ['A2', 'a2_days_3yr_avg'],
      ]) {
        expect(cell('England average', indicator, period)).toBe(
          figure(measure, 'ENGLAND', { period, breakdown: 'benchmark=england_average' }),
        );
        expect(cell('Target', indicator, period)).toBe(
          figure(measure, 'ENGLAND', { period, breakdown: 'benchmark=government_target' }),
        );
      }
    // England and the target are drawn as lines beside the councils' on both charts.
    expect(await page.locator('#panel-adoption-scorecard svg').count()).toBe(2);
    expect(await page.locator('#panel-adoption-scorecard svg polyline').count()).toBe(2 * (T4C_MEMBERS.length + 3));

    const year = await tableOf(page, 'adoption-activity');
    const count = (code: string, column: string) => year.find((r) => r.row === names.get(code))!.cells[column];
    for (const code of T4C_MEMBERS)
      expect(seen(count(code, 'Placement orders'))).toBe(
        shown(figure('placement_orders_count', code, { period: '2021-22' })),
      );
    expect(seen(count('E10000028', 'Adoption orders'))).toBe(
      shown(figure('adoption_orders_count', 'E10000028', { period: '2021-22' })),
    );
    // Staffordshire's 3 early permanence placements is a small number: anonymous visitors see it suppressed.
    expect(figure('early_permanence_placements_count', 'E10000028', { period: '2021-22' })).toBe(3);
    expect(count('E10000028', 'Early permanence placements')).toBe('suppressed');
    await expect(
      page
        .locator('#panel-adoption-activity td.suppressed[data-column="Early permanence placements"]')
        .first()
        .getAttribute('title'),
    ).resolves.toMatch(/1 to 4/);
    for (const code of ['E06000020', 'E06000021', 'E06000051'])
      expect(seen(count(code, 'Early permanence placements'))).toBe(
        shown(figure('early_permanence_placements_count', code, { period: '2021-22' })),
      );

    expect(await page.locator('#viewer').textContent()).toMatch(/^Anonymous/);
    expect(outside).toEqual([]);
    await page.close();
  });

  it('shows a board member the exact figures once their token is entered, keeps it for the tab only, and downloads the table as CSV', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    await openBoard(page, '?region=T4C&at=2022-03-31&year=2021-22');
    const token = boardToken('T4C');
    await page.fill('#token', token);
    await page.click('#token-form button[type=submit]');
    await page.waitForFunction(READY_AND_EXACT);
    await page.screenshot({ path: screenshotPath('board-t4c-board-member'), fullPage: true });
    const year = await tableOf(page, 'adoption-activity');
    expect(number(year.find((r) => r.row === 'Staffordshire')!.cells['Early permanence placements'])).toBe(
      figure('early_permanence_placements_count', 'E10000028', { period: '2021-22' }),
    );
    expect(await page.locator('#viewer').textContent()).toMatch(/exact/);
    expect(await page.evaluate(savedToken)).toBe(token);
    expect(page.url()).not.toContain('ey');

    const download = page.waitForEvent('download');
    await page.click('#panel-adoption-activity a.download');
    const file = await (await download).path();
    const lines = readFileSync(file!, 'utf8').trim().split('\r\n');
    expect(lines[0]).toBe(
      'Council,Decisions (ADM),Placement orders,Children placed,Adoption orders,Early permanence placements',
    );
    const staffs = lines.find((l) => l.startsWith('Staffordshire,'))!.split(',');
    expect([staffs[2], staffs[4], staffs[5]]).toEqual(
      [
        figure('placement_orders_count', 'E10000028', { period: '2021-22' }),
        figure('adoption_orders_count', 'E10000028', { period: '2021-22' }),
        figure('early_permanence_placements_count', 'E10000028', { period: '2021-22' }),
      ].map(String),
    );
    // The token is forgotten on request: the visitor is anonymous again, and the small count hidden.
    await page.click('#clear-token');
    await page.waitForFunction(READY_AND_SUPPRESSED);
    expect(await page.evaluate(savedToken)).toBeNull();
    await page.close();
  });

  it("switches to ATV and another date with the form, and shows Redcar's early help and SEND figures as counted and published", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    await openBoard(page, '');
    // As ATV's board member: the figures compared below are exact.
    await page.fill('#token', boardToken('ATV'));
    await page.click('#token-form button[type=submit]');
    await page.waitForFunction(() => (globalThis as any).document.body.dataset.state === 'ready');
    await page.selectOption('#region', 'ATV');
    await page.fill('#at', '2022-06-30');
    await page.selectOption('#year', '2020-21');
    await page.click('#selection button[type=submit]');
    await page.waitForFunction(
      () =>
        (globalThis as any).document.body.dataset.state === 'ready' &&
        (globalThis as any).location.search.includes('ATV'),
    );
    await page.screenshot({ path: screenshotPath('board-atv-member'), fullPage: true });
    expect(new URL(page.url()).search).toBe('?region=ATV&at=2022-06-30&year=2020-21');

    const bySql = await childrenInCareBySql('2022-06-30');
    const inCare = await tableOf(page, 'children-in-care');
    expect(inCare.map((r) => r.row)).toEqual([
      ...[...ATV_MEMBERS].sort().map((c) => names.get(c)),
      'Adoption Tees Valley (all)',
    ]);
    for (const code of ATV_MEMBERS)
      expect([code, number(inCare.find((r) => r.row === names.get(code))!.cells.Total)]).toEqual([
        code,
        bySql.get(code)!.Total,
      ]);

    const earlyHelp = await tableOf(page, 'early-help');
    const redcar = earlyHelp.find((r) => r.row === 'Redcar and Cleveland')!;
    expect(number(redcar.cells['Contacts progressed to early help'])).toBe(
      figure('contacts_progressed_to_early_help_pct', 'E06000003', { period: '2020-21' }),
    );

    const plans: { authority_code: string; plans: number }[] = await stack.subgraphs[
      'education-send'
    ].database.dataSource.query(
      `SELECT authority_code, COUNT(DISTINCT pupil_id) AS plans FROM ehc_plan
       WHERE issued_on <= ? AND (ceased_on IS NULL OR ceased_on > ?) GROUP BY authority_code`,
      ['2022-06-30', '2022-06-30'],
    );
    const send = await tableOf(page, 'education-send');
    for (const code of ATV_MEMBERS)
      expect([code, number(send.find((r) => r.row === names.get(code))!.cells['EHC plans'])]).toEqual([
        code,
        Number(plans.find((p) => p.authority_code === code)!.plans),
      ]);
    await page.close();
  });
});

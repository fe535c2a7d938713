import { boardToken } from './support/board-token';
import { Browser } from 'playwright-core';
import { ideEnabled } from '../gateway/ide/ide-route';
import { readmeExamples } from '../gateway/ide/readme-examples';
import { projectRoot } from '../subgraphs/platform/project-root';
import { publishedFigures } from './support/reference-figures';
import { launchChromium, requestsLeavingLocalhost, screenshotPath } from './support/browser';
import { Stack, startStackWithTokens } from './support/stack';
import { buildPagesForTests } from './support/web-bundles';
import { gatewayWith, originOf as origin } from './support/extra-gateway';

/**
 * The GraphQL IDE: GraphiQL bundled at build time and served by the gateway, used in headless
 * Chromium with every request off this machine refused (as with the network unplugged), with the
 * README's examples as tabs; on in development, off in production unless asked for.
 */
let stack: Stack;
let browser: Browser;
/** The councils' published count of children in care at 31 March 2022. */
const figure = (authority: string, breakdown = '') =>
  publishedFigures().find(
    (f) =>
      f.measure === 'children_in_care_count' &&
      f.authority === authority &&
      f.asOf === '2022-03-31' &&
      f.breakdown === breakdown,
  )!.value;

beforeAll(async () => {
  await buildPagesForTests();
  stack = await startStackWithTokens('sqlite');
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe('the GraphQL IDE', () => {
  it("opens at the gateway URL with no network beyond this machine, with the README's examples as tabs, and runs the headline query", async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const outside = requestsLeavingLocalhost(page);
    // The network is unplugged: anything not on this machine fails, as it would offline.
    await page.route(/^(?!https?:\/\/(localhost|127\.0\.0\.1)[:/])/, (route) => route.abort('internetdisconnected'));
    await page.goto(stack.gateway.url, { waitUntil: 'networkidle' });
    await page.waitForSelector('.graphiql-container');
    const examples = readmeExamples(projectRoot());
    expect(examples.length).toBeGreaterThanOrEqual(8);
    expect(examples.map((e) => e.name)).toEqual(
      expect.arrayContaining([
        'ChildrenInCareT4C',
        'AdoptionReport',
        'RedcarEarlyHelpQ1',
        'RedcarVirtualSchoolAndSend',
      ]),
    );
    expect(await page.locator('.graphiql-tab').count()).toBe(examples.length);
    expect(await page.locator('.graphiql-tab').first().textContent()).toContain('ChildrenInCareT4C');

    await page.locator('.graphiql-tab-button').first().click();
    // The headline is a T4C board member's question: their token goes with it, as the Headers tab would send it.
    await page.route(/\/graphql$/, (route) =>
      route.continue({ headers: { ...route.request().headers(), authorization: `Bearer ${boardToken('T4C')}` } }),
    );
    const sent = page.waitForResponse(
      (r) =>
        r.url().endsWith('/graphql') &&
        r.request().method() === 'POST' &&
        (r.request().postData() ?? '').includes('ChildrenInCareT4C'),
    );
    await page.locator('.graphiql-execute-button').click();
    const answer = await (await sent).json();
    await page.waitForFunction(
      () => ((globalThis as any).document.querySelector('.result-window')?.textContent ?? '').includes('3355'), // eslint-disable-line @typescript-eslint/no-explicit-any
      null,
      { timeout: 60_000 },
    );
    // The T4C annual report's 2021-22 figures: Staffordshire's 1,303 of whom 318 aged 0-5, in the partnership's 3,355.
    expect(await page.locator('.result-window').textContent()).toContain('"Together4Children"');
    const staffs = answer.data.region.members.find((m: { shortName: string }) => m.shortName === 'Staffs');
    expect(staffs.childrenInCare.total.value).toBe(figure('E10000028'));
    expect(staffs.childrenInCare.aged0to5[0]).toEqual({
      key: '0-5',
      figure: { value: figure('E10000028', 'age_band=0-5') },
    });
    expect(answer.data.region.childrenInCare.total.value).toBe(
      ['E06000020', 'E06000021', 'E06000051', 'E10000028'].reduce((sum, code) => sum + figure(code), 0),
    );
    await page.screenshot({ path: screenshotPath('graphql-ide'), fullPage: false });
    expect(outside).toEqual([]);
    await page.close();
  });

  it('is on in development and off in production unless GRAPHQL_IDE=on', () => {
    expect(ideEnabled({})).toBe(true);
    expect(ideEnabled({ NODE_ENV: 'development' })).toBe(true);
    expect(ideEnabled({ NODE_ENV: 'production' })).toBe(false);
    expect(ideEnabled({ NODE_ENV: 'production', GRAPHQL_IDE: 'on' })).toBe(true);
    expect(ideEnabled({ NODE_ENV: 'development', GRAPHQL_IDE: 'off' })).toBe(false);
  });

  it('a production gateway says how to turn it on, serves no CDN landing page, and still answers GraphQL', async () => {
    const production = await gatewayWith(stack, { NODE_ENV: 'production' });
    try {
      const page = await fetch(production.url, { headers: { accept: 'text/html' } });
      expect(page.status).toBe(404);
      const text = await page.text();
      expect(text).toContain('GRAPHQL_IDE=on');
      expect(text).not.toMatch(/cdn|apollographql\.com|embeddable-sandbox/i);
      expect((await fetch(`${origin(production)}/ide/ide.js`)).status).toBe(404);
      const answer = await fetch(production.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ region(code: "T4C") { name } }' }),
      });
      expect(await answer.json()).toEqual({ data: { region: { name: 'Together4Children' } } });
    } finally {
      await production.stop();
    }
    const optedIn = await gatewayWith(stack, { NODE_ENV: 'production', GRAPHQL_IDE: 'on' });
    try {
      const page = await fetch(optedIn.url, { headers: { accept: 'text/html' } });
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('/ide/ide.js');
    } finally {
      await optedIn.stop();
    }
  });

  it('serves only the built files, by exact name, with a policy that forbids loading from elsewhere', async () => {
    const script = await fetch(`${origin(stack.gateway)}/ide/ide.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(script.headers.get('content-security-policy')).toContain("default-src 'self'");
    await script.body?.cancel();
    for (const path of ['/ide/../package.json', '/ide/%2e%2e/package.json', '/board/..%2fpackage.json', '/ide/nope.js'])
      expect([path, (await fetch(`${origin(stack.gateway)}${path}`)).status]).toEqual([path, 404]);
  });
});

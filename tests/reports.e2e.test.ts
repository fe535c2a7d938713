import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { parseCsv } from '../seed/shared/csv';
import { signToken } from '../subgraphs/platform/identity';
import { projectRoot } from '../subgraphs/platform/project-root';
import { backends } from './support/backends';
import { boardToken, TEST_JWT_SECRET } from './support/board-token';
import { publishedFigures } from './support/reference-figures';
import { Stack, startStackWithTokens } from './support/stack';

const T4C = ['E06000020', 'E06000021', 'E06000051', 'E10000028'];
const REDCAR = 'E06000003';

/** The columns every report's table has, in this order (dimension columns go between). */
const LEADING = ['measure', 'authorityCode', 'authorityName', 'date', 'period', 'periodStart', 'periodEnd'];
const TRAILING = [
  'value',
  'unit',
  'numerator',
  'denominator',
  'suppressed',
  'suppressionReason',
  'englandAverage',
  'target',
];

interface TableAnswer {
  report: string;
  columns: string[];
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  rows: Record<string, string | number | boolean | null>[];
}
interface ErrorAnswer {
  errors: { message: string; extensions: { code: string; parameter?: string; accepted?: string[] } }[];
}

const published = (measure: string, authority: string, asOf: string, breakdown = '') =>
  publishedFigures().find(
    (p) => p.measure === measure && p.authority === authority && p.asOf === asOf && p.breakdown === breakdown,
  )!.value;

describe.each(backends())('saved reports and exports through the gateway on %s', (backend) => {
  let stack: Stack;
  let base: string;
  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${base}${path}`, { headers });
  const auth = (token: string) => ({ authorization: `Bearer ${token}` });
  const json = async <T>(path: string, headers: Record<string, string> = {}) => {
    const response = await get(path, headers);
    return { status: response.status, body: (await response.json()) as T, headers: response.headers };
  };

  beforeAll(async () => {
    stack = await startStackWithTokens(backend);
    base = stack.gateway.url.replace(/\/graphql$/, '');
  });
  afterAll(() => stack.stop());

  it('lists every saved report in gateway/reports/saved with its parameters, and each one answers', async () => {
    const files = readdirSync(join(projectRoot(), 'gateway', 'reports', 'saved'))
      .filter((f) => f.endsWith('.graphql'))
      .map((f) => f.replace('.graphql', ''))
      .sort();
    expect(files).toEqual(['adoption-scorecard', 'children-in-care-by-age-band', 'early-help', 'education-send']);
    const { status, body } = await json<{
      reports: {
        name: string;
        title: string;
        csv: string;
        json: string;
        parameters: { name: string; type: string; default: unknown; required: boolean }[];
      }[];
    }>('/reports');
    expect(status).toBe(200);
    expect(body.reports.map((r) => r.name)).toEqual(files);
    const scorecard = body.reports.find((r) => r.name === 'adoption-scorecard')!;
    expect(scorecard.parameters.map((p) => [p.name, p.type, p.default])).toEqual([
      ['region', 'ID!', 'T4C'],
      ['years', '[Period!]!', ['2020-21', '2021-22']],
      ['timeliness', '[Period!]!', ['2019-22', '2021-22']],
      ['first', 'Int', null],
      ['after', 'String', null],
    ]);
    for (const report of body.reports) {
      const answer = await json<TableAnswer>(report.json, auth(boardToken('ATV')));
      expect([report.name, answer.status]).toEqual([report.name, 200]);
      expect(answer.body.rows.length).toBeGreaterThan(0);
      expect(answer.body.columns.slice(0, LEADING.length)).toEqual(LEADING);
      expect(answer.body.columns.slice(-TRAILING.length)).toEqual(TRAILING);
      const csv = await get(report.csv, auth(boardToken('ATV')));
      expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    }
    const query = await get('/reports/adoption-scorecard.graphql');
    expect(await query.text()).toMatch(/^# Adoption scorecard\n[\s\S]*query AdoptionScorecard\(/);
  });

  it("answers the README's one-curl CSV example with the lines the README shows", async () => {
    const readme = readFileSync(join(projectRoot(), 'README.md'), 'utf8');
    const [, command, shown] =
      /<!-- example-curl: adoption-scorecard -->\n```sh\n([^\n]+)\n```\n\n```csv\n([\s\S]*?)\n```/.exec(readme)!;
    const url = /curl -s '([^']+)'/.exec(command)![1].replace('http://localhost:4000', base);
    const headers = Object.fromEntries(
      [...command.matchAll(/-H "([^:]+): ([^"]+)"/g)].map(([, name, value]) => [
        name,
        value.replace('$TOKEN', boardToken('T4C')),
      ]),
    );
    expect(headers).toEqual({ Authorization: `Bearer ${boardToken('T4C')}` });
    const response = await get(url.slice(base.length), headers);
    expect(response.status).toBe(200);
    const lines = (await response.text()).split('\r\n');
    expect(lines.slice(0, shown.split('\n').length)).toEqual(shown.split('\n'));
    // And the figures the README quotes from further down: Staffordshire's A10 over 2019-22.
    expect(lines).toContainEqual(
      expect.stringMatching(/^a10_days,E10000028,Staffordshire,,2019-22,.*,352,DAYS,.*,445,426$/),
    );
  });

  it("gives T4C's children in care by the board's age bands at two dates, as the councils published them", async () => {
    const path = '/reports/children-in-care-by-age-band.json?region=T4C&at=2021-03-31,2022-03-31&ageBands=0-5,6%2B';
    // The board's own bands are a board member's question: aggregate-only callers get DfE's bands.
    const { status, body } = await json<TableAnswer>(path, auth(boardToken('T4C')));
    expect(status).toBe(200);
    expect(body.columns).toEqual([...LEADING, 'ageBand', ...TRAILING]);
    expect(body.rows).toHaveLength(T4C.length * 2 * 2);
    for (const at of ['2021-03-31', '2022-03-31'])
      for (const code of T4C) {
        const rows = body.rows.filter((r) => r.authorityCode === code && r.date === at);
        expect(rows.map((r) => r.ageBand)).toEqual(['0-5', '6+']);
        expect(rows[0].value).toBe(published('children_in_care_count', code, at, 'age_band=0-5'));
        if (at === '2022-03-31')
          expect(Number(rows[0].value) + Number(rows[1].value)).toBe(published('children_in_care_count', code, at));
        expect(rows.every((r) => r.unit === 'COUNT' && r.suppressed === false && r.period === null)).toBe(true);
      }
    // The CSV is the same table.
    const csv = await get(path.replace('.json', '.csv'), auth(boardToken('T4C')));
    const text = await csv.text();
    expect(text.split('\r\n')[0]).toBe(body.columns.join(','));
    const parsed = parseCsv(text);
    expect(parsed).toEqual(
      body.rows.map((r) => Object.fromEntries(body.columns.map((c) => [c, r[c] === null ? '' : String(r[c])]))),
    );
  });

  it("applies the caller's identity: small counts hidden from anonymous callers and other boards, shown to T4C's board", async () => {
    const path = '/reports/adoption-scorecard.json?region=T4C';
    const board = (await json<TableAnswer>(path, auth(boardToken('T4C')))).body.rows;
    const anonymous = (await json<TableAnswer>(path)).body.rows;
    const otherBoard = (await json<TableAnswer>(path, auth(boardToken('ATV')))).body.rows;
    const small = (rows: TableAnswer['rows']) =>
      rows.filter((r) => r.unit === 'COUNT' && typeof r.value === 'number' && r.value >= 1 && r.value <= 4);
    const key = (r: TableAnswer['rows'][number]) => `${r.measure}|${r.authorityCode}|${r.period}|${r.adopterSource}`;
    // The board sees its councils' small numbers (Telford and Wrekin's 3 children placed with a VAA in 2021-22) …
    expect(small(board).length).toBeGreaterThan(5);
    expect(board.filter((r) => r.suppressed && r.suppressionReason !== 'NO_DATA')).toEqual([]);
    // … an anonymous caller and another partnership's board get none, each withheld with its reason.
    for (const rows of [anonymous, otherBoard]) {
      expect(small(rows)).toEqual([]);
      expect(rows.map(key)).toEqual(board.map(key));
      const withheld = rows.filter((r) => r.suppressed);
      expect(withheld.length).toBeGreaterThanOrEqual(small(board).length);
      expect(withheld.every((r) => r.value === null && r.suppressionReason === 'CONFIDENTIAL')).toBe(true);
    }
    const refused = await json<ErrorAnswer>(path, auth('not-a-token'));
    expect(refused.status).toBe(401);
    expect(refused.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const expired = signToken(
      {
        sub: 't4c-board',
        role: 'board_member',
        region: 'T4C',
        authorities: T4C,
        exp: Math.floor(Date.now() / 1000) - 600,
      },
      TEST_JWT_SECRET,
    );
    expect((await json<ErrorAnswer>(path, auth(expired))).status).toBe(401);
  });

  it.each([
    [
      '/reports/adoption-scorecard.csv?region=XYZ',
      'region',
      /"region" has an invalid value "XYZ": expected a region code the hub holds/,
    ],
    [
      '/reports/adoption-scorecard.csv?regoin=T4C',
      'regoin',
      /"regoin" is not a parameter of report "adoption-scorecard": expected "region", "years", "timeliness", "first", "after"/,
    ],
    [
      '/reports/children-in-care-by-age-band.csv?at=2022-02-30',
      'at',
      /"at" has an invalid value "2022-02-30": expected a calendar date written YYYY-MM-DD/,
    ],
    [
      '/reports/adoption-scorecard.csv?years=2021-23',
      'years',
      /"years" has an invalid value "2021-23": expected a financial year "2021-22"/,
    ],
    [
      '/reports/adoption-scorecard.csv?region=T4C&region=ATV',
      'region',
      /"region" has an invalid value \["T4C","ATV"\]: expected one value/,
    ],
    [
      '/reports/adoption-scorecard.csv?first=0',
      'first',
      /"first" has an invalid value "0": expected a whole number of rows from 1 to 10000/,
    ],
    [
      '/reports/adoption-scorecard.csv?after=abc',
      'after',
      /"after" has an invalid value "abc": expected the `endCursor` of a page of this report/,
    ],
    ['/reports/children-in-care-by-age-band.csv?ageBands=0-5,7%2B', 'ageBands', /Argument "ageBands"/],
  ])('refuses %s with 400 naming the parameter', async (path, parameter, message) => {
    const { status, body } = await json<ErrorAnswer>(path);
    expect(status).toBe(400);
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0].extensions.parameter).toBe(parameter);
    expect(body.errors[0].message).toMatch(message);
  });

  it('lists what exists when a report or format is unknown, and reads only with GET', async () => {
    const unknown = await json<ErrorAnswer>('/reports/nope.csv');
    expect(unknown.status).toBe(404);
    expect(unknown.body.errors[0].extensions).toMatchObject({
      code: 'NOT_FOUND',
      accepted: expect.arrayContaining(['adoption-scorecard']),
    });
    const format = await json<ErrorAnswer>('/reports/adoption-scorecard.xlsx');
    expect(format.status).toBe(404);
    expect(format.body.errors[0].message).toMatch(/comes as \.csv, \.json, \.graphql, not "\.xlsx"/);
    const post = await fetch(`${base}/reports/adoption-scorecard.csv`, { method: 'POST' });
    expect(post.status).toBe(405);
    expect(((await post.json()) as ErrorAnswer).errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('pages the export with first and after, following the Link header, to the same table', async () => {
    const whole = (await json<TableAnswer>('/reports/adoption-scorecard.json?region=T4C', auth(boardToken('T4C'))))
      .body;
    expect(whole.pageInfo.hasNextPage).toBe(false);
    const pages: TableAnswer['rows'] = [];
    let next: string | null = '/reports/adoption-scorecard.csv?region=T4C&first=40';
    let count = 0;
    while (next) {
      const response = await get(next, auth(boardToken('T4C')));
      expect(response.status).toBe(200);
      expect(response.headers.get('x-total-count')).toBe(String(whole.totalCount));
      const rows = parseCsv(await response.text());
      pages.push(...(rows as unknown as TableAnswer['rows']));
      next = /<([^>]+)>; rel="next"/.exec(response.headers.get('link') ?? '')?.[1] ?? null;
      count += 1;
    }
    expect(count).toBe(Math.ceil(whole.totalCount / 40));
    const asText = (r: TableAnswer['rows'][number]) =>
      whole.columns.map((c) => (r[c] === null ? '' : String(r[c]))).join('|');
    expect(pages.map((r) => whole.columns.map((c) => String(r[c])).join('|'))).toEqual(whole.rows.map(asText));
    // A cursor belongs to its report and parameters.
    const page = (await json<TableAnswer>('/reports/adoption-scorecard.json?region=T4C&first=10')).body;
    const elsewhere = await json<ErrorAnswer>(
      `/reports/adoption-scorecard.json?region=ATV&after=${page.pageInfo.endCursor}`,
    );
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.body.errors[0].extensions.parameter).toBe('after');
  });

  it('compresses every response as Accept-Encoding allows: br, gzip or none', async () => {
    const path = '/reports/adoption-scorecard.csv?region=T4C';
    const plain = await get(path, { 'accept-encoding': 'identity' });
    expect(plain.headers.get('content-encoding')).toBeNull();
    const text = await plain.text();
    const raw = async (headers: Record<string, string>, url = `${base}${path}`, init: RequestInit = {}) => {
      // Node's fetch decodes bodies itself; node:http shows the bytes as sent.
      const { request } = await import('node:http');
      return new Promise<{ encoding?: string; vary?: string; bytes: Buffer }>((resolve, reject) => {
        const req = request(url, { method: init.method ?? 'GET', headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({
              encoding: res.headers['content-encoding'],
              vary: res.headers.vary,
              bytes: Buffer.concat(chunks),
            }),
          );
        });
        req.on('error', reject);
        req.end(init.body as string | undefined);
      });
    };
    const br = await raw({ 'accept-encoding': 'gzip, br' });
    expect(br.encoding).toBe('br');
    expect(br.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(br.bytes).toString('utf8')).toBe(text);
    expect(br.bytes.length).toBeLessThan(text.length / 4);
    const gzip = await raw({ 'accept-encoding': 'br;q=0.5, gzip' });
    expect(gzip.encoding).toBe('gzip');
    expect(gunzipSync(gzip.bytes).toString('utf8')).toBe(text);
    const refused = await raw({ 'accept-encoding': 'br;q=0, gzip;q=0' });
    expect(refused.encoding).toBeUndefined();
    expect(refused.bytes.toString('utf8')).toBe(text);
    // GraphQL answers too.
    const graphql = await raw({ 'accept-encoding': 'gzip', 'content-type': 'application/json' }, stack.gateway.url, {
      method: 'POST',
      body: JSON.stringify({ query: '{ localAuthorities { code name } }' }),
    });
    expect(graphql.encoding).toBe('gzip');
    const answer = JSON.parse(gunzipSync(graphql.bytes).toString('utf8')) as { data: { localAuthorities: unknown[] } };
    expect(answer.data.localAuthorities).toHaveLength(151);
  });

  it('pages every rows field with first and after, and refuses a bad page', async () => {
    const query = `query ($first: Int, $after: String) { region(code: "T4C") { childrenInCare(at: "2022-03-31") {
      rows(by: [AGE_BAND, SEX], first: $first, after: $after) { authorityCode ageBand sex value cursor } } } }`;
    const all = await stack.query(query, {});
    expect(all.errors).toBeUndefined();
    const rows = all.data!.region.childrenInCare.rows as { cursor: string }[];
    expect(rows.length).toBeGreaterThan(20);
    const pages: unknown[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await stack.query(query, { first: 7, after });
      const got = page.data!.region.childrenInCare.rows as { cursor: string }[];
      pages.push(...got);
      if (got.length < 7) break;
      after = got[got.length - 1].cursor;
    }
    expect(pages).toEqual(rows);
    for (const [variables, argument] of [
      [{ first: 0 }, 'first'],
      [{ first: 10_001 }, 'first'],
      [{ after: 'not-a-cursor' }, 'after'],
    ] as const) {
      const refused = await stack.query(query, variables);
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    }
  });

  it('fills in absent combinations as zeros with rows(zeros: true)', async () => {
    const query = `{ localAuthority(code: "E06000020") { adoptionActivity(period: "2021-22") { childrenPlaced {
      occurring: rows(by: [ADOPTER_SOURCE]) { adopterSource value }
      all: rows(by: [ADOPTER_SOURCE], zeros: true) { adopterSource value } } } } }`;
    const answer = await stack.query(query, {}, boardToken('T4C'));
    const placed = answer.data!.localAuthority.adoptionActivity.childrenPlaced;
    expect(placed.all.map((r: { adopterSource: string }) => r.adopterSource)).toEqual([
      'OWN',
      'OTHER_RAA',
      'VAA',
      'NOT_PLACED',
    ]);
    // Telford and Wrekin placed none with another agency's adopters in 2021-22 (its report: 24 own, 0, 3 VAA).
    expect(placed.all.find((r: { adopterSource: string }) => r.adopterSource === 'OTHER_RAA').value).toBe(0);
    expect(placed.occurring.some((r: { adopterSource: string }) => r.adopterSource === 'OTHER_RAA')).toBe(false);
  });

  it("the early help and SEND reports give Redcar and Cleveland's published figures", async () => {
    const earlyHelp = (
      await json<TableAnswer>('/reports/early-help.json?region=ATV&period=2021-22-Q1', auth(boardToken('ATV')))
    ).body;
    const partnerLed = earlyHelp.rows.find(
      (r) => r.measure === 'early_help_assessments_count' && r.authorityCode === REDCAR && r.lead === 'PARTNER',
    )!;
    expect(partnerLed.value).toBe(
      publishedFigures().find((p) => p.id === 'rc22-early-help-assess-redcar-2021-22-q1-partner')!.value,
    );
    const send = (await json<TableAnswer>('/reports/education-send.json?region=ATV', auth(boardToken('ATV')))).body;
    const plans = send.rows.filter((r) => r.measure === 'ehc_plans_count' && r.authorityCode === REDCAR);
    // 125 plans at 30 June 2022 (Redcar's Q1 2022-23 summary: 117 at 31 December 2021, up 6.8%).
    expect(plans.reduce((sum, r) => sum + Number(r.value), 0)).toBe(125);
    expect(new Set(plans.map((r) => r.primaryNeed)).size).toBe(plans.length);
  });
});

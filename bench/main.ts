import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { startGateway } from '../gateway/gateway-service';
import { childrenInCareAt, episodesOpenAt } from '../subgraphs/fostering/data/care-cube.queries';
import { RunningService } from '../subgraphs/platform/http-service';
import { projectRoot } from '../subgraphs/platform/project-root';
import { signedHeaders } from '../subgraphs/platform/subgraph-signature';
import { seedTarget } from '../seed/seed-subgraph';
import { databaseTarget } from '../subgraphs/platform/database';
import { loadSubgraphs } from '../subgraphs/platform/subgraph-definition';
import { RunningSubgraph, startSubgraph } from '../subgraphs/platform/subgraph-service';
import { signToken } from '../subgraphs/platform/identity';
import { ADOPTION_REPORT } from './adoption-report.query';
import {
  EARLY_HELP_BARE_SQL,
  EARLY_HELP_PAGE,
  YOUNG_CARERS_BARE_SQL,
  YOUNG_CARERS_TABLE,
} from './early-help-report.query';
import { DOMESTIC_ABUSE_BARE_SQL, DOMESTIC_ABUSE_REPORT } from './domestic-abuse-report.query';
import { VIRTUAL_SCHOOL_PAGE } from './virtual-school.query';
import { percentile, runLoad } from './load';
import { benchNational } from './national-bench';

/**
 * `npm run bench`: the headline query through the gateway, the same work sent straight to the
 * fostering subgraph (the `_entities` call the gateway makes), and the bare SQL underneath, at a
 * few concurrency levels, on the nine-council data and on the national-size data (151 councils).
 * Reports p50/p95 latency, requests per second, SQL statements per request and the ratios.
 * Figures, not assertions: nothing here fails on a slow machine.
 */

// One log line per request on stderr would be timed with the requests: the bench keeps warnings only.
process.env.LOG_LEVEL ??= 'warn';
const CONCURRENCY = (process.env.BENCH_CONCURRENCY ?? '1,4,16').split(',').map(Number);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const SCOPES = (process.env.BENCH_SCOPES ?? 'pilot,national').split(',');

const HEADLINE = `query ($code: ID!, $at: Date!) {
  region(code: $code) {
    name
    childrenInCare(at: $at) { total { value } breakdown(by: AGE_BAND) { key figure { value } } }
    members { shortName childrenInCare(at: $at) { total { value } aged0to5: breakdown(by: AGE_BAND, ageBands: ["0-5"]) { key figure { value } } } }
  }
}`;

const ENTITIES = `query ($representations: [_Any!]!, $at: Date!) {
  _entities(representations: $representations) {
    ... on Region {
      childrenInCare(at: $at) { total { value } breakdown(by: AGE_BAND) { key figure { value } } }
      members { shortName childrenInCare(at: $at) { total { value } aged0to5: breakdown(by: AGE_BAND, ageBands: ["0-5"]) { key figure { value } } } }
    }
  }
}`;

/** England by age band: every government region's children in care (150 councils in one fostering fetch). */
const ENGLAND = `query ($at: Date!) {
  regions(kind: GOVERNMENT_REGION) { code childrenInCare(at: $at) { total { value } breakdown(by: AGE_BAND) { key figure { value } } } }
}`;

// The adoption report is read as the board does, with a board member's token.
process.env.JWT_SECRET ??= 'bench-secret';

async function post(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
): Promise<Record<string, any>> {
  const body = JSON.stringify({ query, variables });
  // Signed as the gateway signs, since the bench also asks the subgraphs directly (the gateway ignores it).
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    ...signedHeaders(body),
    ...(token ? { authorization: `Bearer ${token}` } : {}),
  };
  // Once more on a reset: a keep-alive socket idle through a long bare-SQL path may have been closed.
  const send = () => fetch(url, { method: 'POST', headers, body });
  const response = await send().catch((error: { cause?: { code?: string } }) => {
    if (error.cause?.code === 'ECONNRESET') return send();
    throw error;
  });
  const result = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!;
}

interface Row {
  data: string;
  region: string;
  path: string;
  concurrency: number;
  p50: number;
  p95: number;
  rps: number;
  statements: number;
}

/**
 * Times each path at every concurrency after a short warm-up: its latencies, throughput and the SQL
 * statements `counter` (the subgraph whose work it is) sent per request.
 */
async function timePaths(
  rows: Row[],
  where: { data: string; region: string },
  paths: [string, () => Promise<void>][],
  counter: { count: number },
  warmUp = 10,
): Promise<void> {
  for (const [path, task] of paths) {
    await runLoad(task, warmUp, 2);
    for (const concurrency of CONCURRENCY) {
      const before = counter.count;
      const { latencies, wallMs } = await runLoad(task, REQUESTS, concurrency);
      rows.push({
        ...where,
        path,
        concurrency,
        p50: percentile(latencies, 50),
        p95: percentile(latencies, 95),
        rps: (REQUESTS / wallMs) * 1000,
        statements: (counter.count - before) / REQUESTS,
      });
    }
  }
}

async function benchScope(scope: string, regionCodes: string[]): Promise<Row[]> {
  process.env.DATA_DIR = join(projectRoot(), 'data', `bench-${scope}`);
  process.env.SUBGRAPH_SECRET ??= randomBytes(32).toString('hex');
  process.env.SEED_SCOPE = scope;
  const subgraphs: Record<string, RunningSubgraph> = {};
  const services: RunningService[] = [];
  try {
    for (const definition of loadSubgraphs()) {
      const t0 = Date.now();
      await seedTarget(definition, databaseTarget(definition.name), scope === 'national' ? 'national' : 'pilot');
      subgraphs[definition.name] = await startSubgraph(definition, { port: 0 });
      services.push(subgraphs[definition.name]);
      console.error(`[bench ${scope}] ${definition.name} ready in ${Date.now() - t0} ms`);
    }
    const gateway = await startGateway({
      port: 0,
      subgraphUrls: Object.fromEntries(Object.entries(subgraphs).map(([n, s]) => [n, s.url])),
    });
    services.push(gateway);
    const fostering = subgraphs.fostering;
    const counter = fostering.database.statements;
    const rows: Row[] = [];
    for (const code of regionCodes) {
      const at = '2022-03-31';
      // The representations the gateway sends, fetched once from the authorities subgraph.
      const region = (
        await post(
          subgraphs.authorities.url,
          `query ($code: ID!) { region(code: $code) { code members { code name shortName childPopulation { year count } } } }`,
          { code },
        )
      ).region;
      // One Region with its membership: the one fostering fetch the gateway makes for the query.
      const representations = [{ __typename: 'Region', code, membership: region.members }];
      const codes: string[] = region.members.map((m: { code: string }) => m.code);
      const paths: [string, () => Promise<void>][] = [
        ['gateway', async () => void (await post(gateway.url, HEADLINE, { code, at }))],
        ['fostering subgraph', async () => void (await post(fostering.url, ENTITIES, { representations, at }))],
        [
          'bare SQL',
          async () => {
            // What the subgraph sends for this query: coverage, the totals, and counts by date of birth.
            await fostering.database.dataSource.query(
              `SELECT authority_code, records_from, records_to FROM authority_coverage WHERE authority_code IN (${codes.map(() => '?').join(', ')})`,
              codes,
            );
            await childrenInCareAt(fostering.database.dataSource, codes, at);
            await childrenInCareAt(fostering.database.dataSource, codes, at, ['dateOfBirth']);
          },
        ],
      ];
      await timePaths(rows, { data: scope, region: `${code} (${codes.length})` }, paths, counter, 20);
    }
    // England by age band (every government region), through the gateway, and its SQL: from the
    // quarter-end summary (what the subgraph sends) and, as before it, counted from the episodes.
    const england = (
      await post(subgraphs.authorities.url, '{ regions(kind: GOVERNMENT_REGION) { members { code } } }', {})
    ).regions.flatMap((r: { members: { code: string }[] }) => r.members.map((m) => m.code)) as string[];
    const at = '2022-03-31';
    const sql = fostering.database.dataSource;
    await timePaths(
      rows,
      { data: scope, region: `England (${england.length})` },
      [
        ['gateway', async () => void (await post(gateway.url, ENGLAND, { at }))],
        [
          'bare SQL',
          async () =>
            void (await Promise.all([[], ['dateOfBirth']].map((by) => childrenInCareAt(sql, england, at, by)))),
        ],
        [
          'bare SQL (episodes)',
          async () => void (await Promise.all([[], ['dateOfBirth']].map((by) => episodesOpenAt(sql, england, at, by)))),
        ],
      ],
      counter,
    );
    // The adoption board's annual report (bench/adoption-report.query.ts), and the SQL the adoption
    // subgraph needs for it: coverage, the members' journeys and England's benchmarks.
    const adoption = subgraphs.adoption;
    for (const code of ['T4C', 'ATV']) {
      const region = (
        await post(subgraphs.authorities.url, `query ($code: ID!) { region(code: $code) { members { code } } }`, {
          code,
        })
      ).region;
      const codes: string[] = region.members.map((m: { code: string }) => m.code);
      const token = signToken(
        {
          sub: 'bench',
          role: 'board_member',
          region: code,
          authorities: codes,
          exp: Math.floor(Date.now() / 1000) + 3600,
        },
        process.env.JWT_SECRET!,
      );
      const marks = codes.map(() => '?').join(', ');
      const paths: [string, () => Promise<void>][] = [
        ['adoption report', async () => void (await post(gateway.url, ADOPTION_REPORT, { region: code }, token))],
        [
          // The saved report as CSV (gateway/reports/saved/adoption-scorecard.graphql), compressed as BI tools ask.
          'adoption scorecard CSV',
          async () => {
            const url = gateway.url.replace(/\/graphql$/, `/reports/adoption-scorecard.csv?region=${code}`);
            const response = await fetch(url, {
              headers: { authorization: `Bearer ${token}`, 'accept-encoding': 'gzip' },
            });
            if (!response.ok) throw new Error(`scorecard CSV: ${response.status} ${await response.text()}`);
            await response.text();
          },
        ],
        [
          'adoption bare SQL',
          async () => {
            await adoption.database.dataSource.query(
              `SELECT authority_code, records_from, records_to FROM authority_coverage WHERE authority_code IN (${marks})`,
              codes,
            );
            await adoption.database.dataSource.query(
              `SELECT * FROM adoption_journey WHERE authority_code IN (${marks})`,
              codes,
            );
            await adoption.database.dataSource.query(
              'SELECT measure, period, benchmark, value FROM adoption_benchmark',
            );
          },
        ],
      ];
      await timePaths(rows, { data: scope, region: `${code} (${codes.length})` }, paths, adoption.database.statements);
    }
    // The early help board queries (bench/early-help-report.query.ts) and their SQL floors.
    const earlyHelp = subgraphs['early-help'];
    const anyone = async (query: string) => void (await post(gateway.url, query, {}));
    const bare = (statements: string[]) => async () => {
      for (const sql of statements) await earlyHelp.database.dataSource.query(sql);
    };
    await timePaths(
      rows,
      { data: scope, region: 'Redcar (1)' },
      [
        ['early help page', () => anyone(EARLY_HELP_PAGE)],
        ['early help bare SQL', bare(EARLY_HELP_BARE_SQL)],
      ],
      earlyHelp.database.statements,
    );
    await timePaths(
      rows,
      { data: scope, region: 'Staffs (1)' },
      [
        ['young carers table', () => anyone(YOUNG_CARERS_TABLE)],
        ['young carers bare SQL', bare(YOUNG_CARERS_BARE_SQL)],
      ],
      earlyHelp.database.statements,
    );
    // Redcar's virtual school and SEND page (bench/virtual-school.query.ts), and bare SQL the
    // education subgraph needs for a few of its figures: coverage, plans held, PEPs due by month.
    const education = subgraphs['education-send'];
    const redcar = ['E06000003'];
    const educationPaths: [string, () => Promise<void>][] = [
      ['education page', async () => void (await post(gateway.url, VIRTUAL_SCHOOL_PAGE, {}))],
      [
        'education bare SQL',
        async () => {
          const sql = education.database.dataSource;
          await sql.query('SELECT * FROM education_coverage WHERE authority_code = ?', redcar);
          await sql.query(
            "SELECT COUNT(*) AS n FROM ehc_plan WHERE authority_code = ? AND issued_on <= '2022-06-30' AND (ceased_on IS NULL OR ceased_on > '2022-06-30')",
            redcar,
          );
          await sql.query(
            "SELECT COUNT(*) AS n, SUM(CASE WHEN completed_on <= due_on THEN 1 ELSE 0 END) AS s FROM personal_education_plan WHERE authority_code = ? AND due_on BETWEEN '2022-01-01' AND '2022-06-30'",
            redcar,
          );
        },
      ],
    ];
    await timePaths(rows, { data: scope, region: 'R&CBC (1)' }, educationPaths, education.database.statements);
    // The domestic abuse committee's quarterly report (bench/domestic-abuse-report.query.ts), as a
    // T4C board member reads it, and the grouped SQL the domestic abuse subgraph needs for it.
    const domesticAbuse = subgraphs['domestic-abuse'];
    const boardOfT4C = signToken(
      {
        sub: 'bench',
        role: 'board_member',
        region: 'T4C',
        authorities: ['E06000051', 'E10000028', 'E06000021', 'E06000020'],
        exp: Math.floor(Date.now() / 1000) + 3600,
      },
      process.env.JWT_SECRET!,
    );
    await timePaths(
      rows,
      { data: scope, region: 'Staffs+Stoke (2)' },
      [
        ['domestic abuse report', async () => void (await post(gateway.url, DOMESTIC_ABUSE_REPORT, {}, boardOfT4C))],
        [
          'domestic abuse bare SQL',
          async () => {
            for (const sql of DOMESTIC_ABUSE_BARE_SQL) await domesticAbuse.database.dataSource.query(sql);
          },
        ],
      ],
      domesticAbuse.database.statements,
    );
    return rows;
  } finally {
    for (const service of services.reverse()) await service.stop();
  }
}

function printTable(rows: Row[]): void {
  const line = (cells: (string | number)[]) =>
    console.log(cells.map((c, i) => String(c).padEnd([9, 16, 20, 5, 9, 9, 9, 6, 10, 10][i])).join(' '));
  line(['data', 'region', 'path', 'conc', 'p50 ms', 'p95 ms', 'req/s', 'SQL', 'p50 ratio', 'rps ratio']);
  for (const row of rows) {
    const family = ['adoption', 'early help', 'young carers', 'education', 'domestic abuse'].find((f) =>
      row.path.startsWith(f),
    );
    const base = family ? `${family} bare SQL` : 'bare SQL';
    const sql = rows.find(
      (r) => r.data === row.data && r.region === row.region && r.concurrency === row.concurrency && r.path === base,
    )!;
    line([
      row.data,
      row.region,
      row.path,
      row.concurrency,
      row.p50.toFixed(2),
      row.p95.toFixed(2),
      row.rps.toFixed(0),
      row.statements.toFixed(1),
      `${(row.p50 / sql.p50).toFixed(1)}x`,
      `${(sql.rps / row.rps).toFixed(1)}x`,
    ]);
  }
  console.log(
    '\nratios are against the bare SQL at the same concurrency: p50 ratio = p50 / SQL p50; rps ratio = SQL req/s / req/s.',
  );
  console.log(
    'SQL = statements the fostering subgraph sent per request (the gateway path includes only fostering statements);',
  );
  console.log(
    'for the adoption report, statements the adoption subgraph sent; for the education page, the education one; for the domestic abuse report, the domestic abuse one.',
  );
}

async function main(): Promise<void> {
  // BENCH_PARTS: `core` (this file's table), `national` (bench/national-bench.ts: both backends,
  // processes and one process, both gateway engines, the targets); both by default.
  const parts = (process.env.BENCH_PARTS ?? 'core,national').split(',');
  if (parts.includes('core')) {
    const rows: Row[] = [];
    for (const scope of SCOPES)
      rows.push(...(await benchScope(scope, scope === 'national' ? ['T4C', 'E12000008'] : ['T4C', 'PILOT'])));
    console.log(`\ncsc-hub benchmark: ${REQUESTS} requests per cell, Node ${process.version}, SQLite\n`);
    printTable(rows);
  }
  if (parts.includes('national')) await benchNational();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

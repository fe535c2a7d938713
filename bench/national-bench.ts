import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { startGateway } from '../gateway/gateway-service';
import { startHiveGateway } from '../gateway/hive-gateway-service';
import { seedTarget } from '../seed/seed-subgraph';
import { childrenInCareAt } from '../subgraphs/fostering/data/care-cube.queries';
import { databaseTarget } from '../subgraphs/platform/database';
import { RunningService } from '../subgraphs/platform/http-service';
import { signToken } from '../subgraphs/platform/identity';
import { projectRoot } from '../subgraphs/platform/project-root';
import { loadSubgraphs } from '../subgraphs/platform/subgraph-definition';
import { RunningSubgraph, startSubgraph } from '../subgraphs/platform/subgraph-service';
import { ADOPTION_REPORT } from './adoption-report.query';
import { BOARD_HEADLINE, BOARD_HEADLINE_ENTITIES, ENGLAND_CHILDREN_IN_CARE } from './children-in-care.query';
import { EARLY_HELP_PAGE } from './early-help-report.query';
import { graphql } from './http-client';
import { Cell, Measured, runRounds } from './interleaved-rounds';
import { printTargets } from './national-targets';
import { startProcessTopology } from './service-processes';
import { VIRTUAL_SCHOOL_PAGE } from './virtual-school.query';

/**
 * `npm run bench`'s national part: the national data set (151 councils) on SQLite and on
 * MariaDB; the services as separate processes (as compose runs them) and in one process; the
 * board's headline query at concurrency 1, 8 and 32 through @apollo/gateway and Hive Gateway;
 * the England-wide question; each domain's report; and the issue 13 targets from the figures.
 * Everything within one topology is timed in interleaved rounds (interleaved-rounds.ts).
 *
 * BENCH_BACKENDS (sqlite, and mysql when MYSQL_URL is set), BENCH_TOPOLOGIES (processes,one-process),
 * BENCH_ROUNDS (3), BENCH_N (requests per concurrency-1 cell, 12; twice the concurrency above it),
 * BENCH_ENGLAND_N (England-wide requests per cell, 3), BENCH_MYSQL_URL (the MariaDB server; default MYSQL_URL's).
 */

const AT = '2022-03-31';
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const N = Number(process.env.BENCH_N ?? 12);
const ENGLAND_N = Number(process.env.BENCH_ENGLAND_N ?? 3);
const CONCURRENCY = [1, 8, 32];
const BACKENDS = (process.env.BENCH_BACKENDS ?? (process.env.MYSQL_URL ? 'sqlite,mysql' : 'sqlite')).split(',');
const TOPOLOGIES = (process.env.BENCH_TOPOLOGIES ?? 'processes,one-process').split(',');

export type { Measured };

/** Where a backend's national databases are, as the services read it from the environment. */
function backendEnv(backend: string): NodeJS.ProcessEnv {
  if (backend === 'sqlite') return { DATA_DIR: join(projectRoot(), 'data', 'bench-national') };
  const server = process.env.BENCH_MYSQL_URL ?? process.env.MYSQL_URL;
  if (!server)
    throw new Error('BENCH_BACKENDS has mysql: set BENCH_MYSQL_URL or MYSQL_URL (e.g. mysql://root@127.0.0.1:3306)');
  const url = new URL(server);
  url.pathname = '/cschub_hivebench'; // databases cschub_hivebench_<subgraph>
  return { DATABASE_URL: url.toString() };
}

/** Seeds the national data set where it is missing (the seed leaves an existing demo as it is). */
async function seedNational(backend: string, env: NodeJS.ProcessEnv, log: (line: string) => void): Promise<void> {
  for (const definition of loadSubgraphs()) {
    const started = Date.now();
    if (await seedTarget(definition, databaseTarget(definition.name, env), 'national'))
      log(`${backend}: seeded ${definition.name} (national) in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
}

const boardToken = (region: string, authorities: string[]) =>
  signToken(
    { sub: 'bench', role: 'board_member', region, authorities, exp: Math.floor(Date.now() / 1000) + 7200 },
    process.env.JWT_SECRET!,
  );

/** What the board queries need from the authorities subgraph: the region's members, as the gateway sends them. */
async function regionShape(authoritiesUrl: string, code: string) {
  const region = (
    await graphql(
      authoritiesUrl,
      `
        query ($code: ID!) {
          region(code: $code) {
            code
            members {
              code
              name
              childPopulation {
                year
                count
              }
            }
          }
        }
      `,
      { code },
    )
  ).region as { code: string; members: { code: string }[] };
  const representations = [
    { __typename: 'Region', code, members: region.members },
    ...region.members.map((m) => ({ __typename: 'LocalAuthority', ...m })),
  ];
  return { codes: region.members.map((m) => m.code), representations };
}

/** The gateway cells both topologies share: the board's reports through one engine at concurrency 1. */
function reportCells(engine: string, url: string, t4c: string): Cell[] {
  const ask =
    (query: string, variables: Record<string, unknown> = {}, token?: string) =>
    async () =>
      void (await graphql(url, query, variables, token));
  return [
    {
      key: `adoption report T4C · ${engine}`,
      concurrency: 1,
      requests: N,
      task: ask(ADOPTION_REPORT, { region: 'T4C' }, t4c),
    },
    { key: `early help page Redcar · ${engine}`, concurrency: 1, requests: N, task: ask(EARLY_HELP_PAGE) },
    { key: `education/SEND page Redcar · ${engine}`, concurrency: 1, requests: N, task: ask(VIRTUAL_SCHOOL_PAGE) },
    // Domestic abuse: its board report goes here (a query in bench/, through both engines) once its subgraph lands.
  ];
}

async function benchProcesses(
  backend: string,
  env: NodeJS.ProcessEnv,
  log: (line: string) => void,
): Promise<Measured[]> {
  const topology = await startProcessTopology(env);
  try {
    const t4c = await regionShape(topology.subgraphs.authorities.url, 'T4C');
    const token = boardToken('T4C', t4c.codes);
    const headline = (url: string) => async () => void (await graphql(url, BOARD_HEADLINE, { code: 'T4C', at: AT }));
    const england = (url: string) => async () => void (await graphql(url, ENGLAND_CHILDREN_IN_CARE, { at: AT }));
    const cells: Cell[] = [];
    for (const [engine, url] of [
      ['apollo', topology.apollo.url],
      ['hive', topology.hive.url],
    ])
      for (const concurrency of CONCURRENCY)
        cells.push({
          key: `headline T4C · ${engine}`,
          concurrency,
          requests: Math.max(N, 2 * concurrency),
          task: headline(url),
        });
    cells.push(
      {
        key: 'headline T4C · fostering subgraph',
        concurrency: 1,
        requests: N,
        task: async () =>
          void (await graphql(topology.subgraphs.fostering.url, BOARD_HEADLINE_ENTITIES, {
            representations: t4c.representations,
            at: AT,
          })),
      },
      { key: 'England (150) · apollo', concurrency: 1, requests: ENGLAND_N, task: england(topology.apollo.url) },
      { key: 'England (150) · hive', concurrency: 1, requests: ENGLAND_N, task: england(topology.hive.url) },
      {
        key: 'headline T4C · apollo, beside England-wide load',
        concurrency: 1,
        requests: N,
        task: headline(topology.apollo.url),
        background: { clients: 1, task: england(topology.apollo.url) },
      },
      ...reportCells('apollo', topology.apollo.url, token),
      ...reportCells('hive', topology.hive.url, token),
    );
    return (await runRounds(cells, ROUNDS, (line) => log(`${backend} processes: ${line}`))).map((r) => ({
      ...r,
      backend,
      topology: 'processes',
    }));
  } finally {
    await topology.stop();
  }
}

async function benchOneProcess(
  backend: string,
  env: NodeJS.ProcessEnv,
  log: (line: string) => void,
): Promise<Measured[]> {
  const services: RunningService[] = [];
  const subgraphs: Record<string, RunningSubgraph> = {};
  try {
    for (const definition of loadSubgraphs()) {
      subgraphs[definition.name] = await startSubgraph(definition, {
        port: 0,
        target: databaseTarget(definition.name, env),
      });
      services.push(subgraphs[definition.name]);
    }
    const subgraphUrls = Object.fromEntries(Object.entries(subgraphs).map(([name, s]) => [name, s.url]));
    const apollo = await startGateway({ port: 0, subgraphUrls });
    services.push(apollo);
    const hive = await startHiveGateway({ port: 0, subgraphUrls });
    services.push(hive);
    const fostering = subgraphs.fostering;
    const statements = () => fostering.database.statements.count;
    const sql = fostering.database.dataSource;
    const t4c = await regionShape(subgraphs.authorities.url, 'T4C');
    const englandCodes = (
      (await graphql(subgraphs.authorities.url, '{ localAuthorities { code } }')).localAuthorities as { code: string }[]
    ).map((a) => a.code);
    // What the fostering subgraph sends for these queries: coverage, the totals, counts by date of birth.
    const bareSql = (codes: string[]) => async () => {
      await sql.query(
        `SELECT authority_code, records_from, records_to FROM authority_coverage WHERE authority_code IN (${codes.map(() => '?').join(', ')})`,
        codes,
      );
      await childrenInCareAt(sql, codes, AT);
      await childrenInCareAt(sql, codes, AT, ['dateOfBirth']);
    };
    const board = (url: string, code: string) => async () =>
      void (await graphql(url, BOARD_HEADLINE, { code, at: AT }));
    const england = (url: string) => async () => void (await graphql(url, ENGLAND_CHILDREN_IN_CARE, { at: AT }));
    const cells: Cell[] = [
      { key: 'headline T4C · apollo', concurrency: 1, requests: N, task: board(apollo.url, 'T4C'), statements },
      { key: 'headline T4C · hive', concurrency: 1, requests: N, task: board(hive.url, 'T4C'), statements },
      {
        key: 'headline T4C · fostering subgraph',
        concurrency: 1,
        requests: N,
        task: async () =>
          void (await graphql(fostering.url, BOARD_HEADLINE_ENTITIES, {
            representations: t4c.representations,
            at: AT,
          })),
        statements,
      },
      { key: 'headline T4C · bare SQL', concurrency: 1, requests: N, task: bareSql(t4c.codes), statements },
      {
        key: 'every council of PILOT (9) · apollo',
        concurrency: 1,
        requests: N,
        task: async () => void (await graphql(apollo.url, ENGLAND_CHILDREN_IN_CARE, { at: AT, region: 'PILOT' })),
        statements,
      },
      { key: 'England (150) · apollo', concurrency: 1, requests: ENGLAND_N, task: england(apollo.url), statements },
      { key: 'England (150) · hive', concurrency: 1, requests: ENGLAND_N, task: england(hive.url), statements },
      { key: 'England (150) · bare SQL', concurrency: 1, requests: ENGLAND_N, task: bareSql(englandCodes), statements },
    ];
    return (await runRounds(cells, ROUNDS, (line) => log(`${backend} one process: ${line}`))).map((r) => ({
      ...r,
      backend,
      topology: 'one process',
    }));
  } finally {
    for (const service of services.reverse()) await service.stop();
  }
}

function printMeasured(rows: Measured[]): void {
  const widths = [8, 12, 50, 5, 9, 9, 8, 6, 6];
  const line = (cells: (string | number)[]) => console.log(cells.map((c, i) => String(c).padEnd(widths[i])).join(' '));
  line(['backend', 'topology', 'path', 'conc', 'p50 ms', 'p95 ms', 'req/s', 'SQL', 'failed']);
  for (const r of rows)
    line([
      r.backend,
      r.topology,
      r.key,
      r.concurrency,
      r.p50.toFixed(1),
      r.p95.toFixed(1),
      r.rps.toFixed(1),
      r.statements === undefined ? '' : r.statements.toFixed(1),
      r.failures,
    ]);
  console.log(
    'SQL = statements the fostering subgraph sent per request, counted in the one-process topology only.\n' +
      'Processes: every subgraph and each gateway its own process, as compose runs them; one process: all in the\n' +
      "bench's process (as npm start runs them). Bare SQL is the fostering subgraph's statements sent straight to its database.",
  );
}

/** Runs the national part and prints its table and the targets; returns its rows. */
export async function benchNational(): Promise<Measured[]> {
  const started = Date.now();
  const log = (line: string) => console.error(`[bench national] ${line}`);
  process.env.SUBGRAPH_SECRET ??= randomBytes(32).toString('hex');
  process.env.JWT_SECRET ??= 'bench-secret';
  // At concurrency 32 a queue of England-sized work can pass the 10 s production default: wait, and time it.
  process.env.SUBGRAPH_TIMEOUT_MS ??= '120000';
  const rows: Measured[] = [];
  for (const backend of BACKENDS) {
    const env = backendEnv(backend);
    await seedNational(backend, env, log);
    for (const topology of TOPOLOGIES)
      rows.push(...(await (topology === 'processes' ? benchProcesses : benchOneProcess)(backend, env, log)));
  }
  const minutes = ((Date.now() - started) / 60000).toFixed(1);
  console.log(
    `\ncsc-hub national benchmark: ${ROUNDS} interleaved rounds, medians over rounds; ${N} requests per concurrency-1 ` +
      `cell (England-wide: ${ENGLAND_N}); Node ${process.version}; ${minutes} min\n`,
  );
  printMeasured(rows);
  printTargets(rows);
  return rows;
}

import { AGENCY_MEASURE_MAP, AGENCY_ROW_EXCEPTIONS, agencyRowSpan, detailOf } from '../seed/adoption/agency-work.seed';
import { backends } from './support/backends';
import { boardToken } from './support/board-token';
import { PublishedFigure, publishedFigures } from './support/reference-figures';
import { Stack, startStackWithTokens } from './support/stack';

/**
 * The agencies' own work calibrated through the gateway: every published count, snapshot,
 * timescale (with England's average and target), share and value of adopter recruitment,
 * panels, adoption support and non-agency adoptions, asked as a board member of the agency.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
interface Check {
  label: string;
  agency: 'T4C' | 'ATV';
  field: string;
  read: (region: any) => number | null;
  expected: number;
  over: boolean;
}

const cell = (cells: any[], key: string) => cells.find((c) => c.key === key)?.figure.value ?? null;

function checkFor(f: PublishedFigure): Check {
  const measure = AGENCY_MEASURE_MAP[f.measure];
  const england = f.authority === 'ENGLAND';
  const agency: 'T4C' | 'ATV' = england ? (f.id.startsWith('s22') ? 'T4C' : 'ATV') : f.authority === 'ATV' || f.authority === 'E06000002' ? 'ATV' : 'T4C';
  const span = agencyRowSpan(f);
  const detail = detailOf(f);
  const kind = measure.kind.toUpperCase();
  const detailArg = detail ? `, detail: "${detail}"` : '';
  const hub = f.authority.startsWith('hub:') ? f.authority.slice(4) : null;
  const base = { label: `${f.id} (${f.value})`, agency, expected: f.value, over: /qualifier=over/.test(f.breakdown) };
  switch (measure.statistic) {
    case 'OPEN':
      return { ...base, field: `agencyCaseload(at: "${span.label}", kind: ${kind}${detailArg}) { open { value } byHub { key figure { value } } }`, read: (r) => (hub ? cell(r.agencyCaseload.byHub, hub) : r.agencyCaseload.open.value) };
    case 'AVERAGE_DAYS': {
      const which = england ? (/target/.test(f.breakdown) ? 'target' : 'englandAverage') : 'value';
      return { ...base, field: `agencyWork(period: "${span.label}", kind: ${kind}) { averageDays { value englandAverage target } }`, read: (r) => r.agencyWork.averageDays[which] };
    }
    case 'WITHIN_DAYS':
      return { ...base, field: `agencyWork(period: "${span.label}", kind: ${kind}) { withinDays(days: ${measure.withinDays}) { value } }`, read: (r) => Math.round(r.agencyWork.withinDays.value) };
    case 'SHARE':
      return { ...base, field: `agencyWork(period: "${span.label}", kind: ${kind}${detailArg}) { share(detail: "${measure.share}") { value } }`, read: (r) => Math.round(r.agencyWork.share.value) };
    case 'VALUE':
      return { ...base, field: `agencyWork(period: "${span.label}", kind: ${kind}${detailArg}) { value { value } }`, read: (r) => r.agencyWork.value.value };
    default:
      return { ...base, field: `agencyWork(period: "${span.label}", kind: ${kind}${detailArg}) { count { value } byHub { key figure { value } } }`, read: (r) => (hub ? cell(r.agencyWork.byHub, hub) : r.agencyWork.count.value) };
  }
}

const CHECKS = publishedFigures()
  .filter((f) => AGENCY_MEASURE_MAP[f.measure] && !AGENCY_ROW_EXCEPTIONS[f.id])
  .map(checkFor);

describe.each(backends())('the agencies\' own work calibrated through the gateway on %s', (backend) => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStackWithTokens(backend);
  });
  afterAll(() => stack.stop());

  it('checks every agency-work row', () => {
    expect(CHECKS.length).toBeGreaterThan(180);
  });

  it.each(CHECKS.map((c) => [c.label, c] as const))('%s', async (_label, check) => {
    const result = await stack.query(`{ region(code: "${check.agency}") { ${check.field} } }`, undefined, boardToken(check.agency));
    expect(result.errors).toBeUndefined();
    const value = check.read(result.data!.region);
    if (check.over) expect(value).toBeGreaterThan(check.expected);
    else expect(value).toBe(check.expected);
  });

  it('gives NO_DATA for a region that is not an adoption agency', async () => {
    const result = await stack.query(`{ region(code: "E12000005") { agencyWork(period: "2021-22", kind: ADOPTER_APPROVAL) { count { value suppressionReason } } } }`);
    expect(result.data!.region.agencyWork.count).toEqual({ value: null, suppressionReason: 'NO_DATA' });
  });

  it('rejects a malformed detail filter naming the argument', async () => {
    const result = await stack.query(`{ region(code: "ATV") { agencyWork(period: "2021-22", kind: ADOPTER_APPROVAL, detail: "fast track") { count { value } } } }`);
    expect(result.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors![0].message).toMatch(/Argument "detail"/);
  });

  it('counts agency work against SQL written here', async () => {
    const rows: { n: unknown }[] = await stack.subgraphs.adoption.database.dataSource.query(
      `SELECT COUNT(*) AS n FROM agency_event WHERE agency_code = 'ATV' AND kind = 'adopter_approval' AND event_date >= '2021-04-01' AND event_date <= '2022-03-31'`,
    );
    const result = await stack.query(`{ region(code: "ATV") { agencyWork(period: "2021-22", kind: ADOPTER_APPROVAL) { count { value } } } }`, undefined, boardToken('ATV'));
    expect(result.data!.region.agencyWork.count.value).toBe(Number(rows[0].n));
  });
});

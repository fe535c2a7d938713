import { FINANCE_NOT_MODELLED, FINANCE_ROW_EXCEPTIONS, financeRowTarget } from '../seed/adoption/finance-lines.seed';
import { backends } from './support/backends';
import { FINANCE_MEASURES } from './support/adoption-measures/finance';
import { PublishedFigure, publishedFigures } from './support/reference-figures';
import { Stack, startStack } from './support/stack';

/** The agencies' finance through the gateway: every published line, total and share (anonymous: money is public, as in the papers). */
/* eslint-disable @typescript-eslint/no-explicit-any */
interface Check {
  label: string;
  agency: string;
  field: string;
  read: (finance: any) => number | null;
  expected: number;
}

const amountOf = (measure: string) => (/_(budget)_gbp$/.test(measure) ? 'budget' : /_(actual|outturn)_gbp$/.test(measure) ? 'outturn' : 'variance');
const flowOf = (f: PublishedFigure) => /flow=([a-z]+)/.exec(f.breakdown)?.[1] ?? '';

function checkFor(f: PublishedFigure): Check {
  const base = { label: `${f.id} (${f.value})`, expected: f.value };
  const agency = f.authority === 'ATV' || ['E06000005', 'E06000001', 'E06000002', 'E06000003', 'E06000004'].includes(f.authority) ? 'ATV' : 'T4C';
  const period = f.period || '2021-22';
  const amounts = 'budget { value } outturn { value } variance { value } outturnPerYear { value } comparator { value } differenceFromComparator { value }';
  if (f.measure === 'funding_share_pct') {
    const budget = /budget=([a-z_]+)/.exec(f.breakdown)![1];
    return { ...base, agency, field: `adoptionFinance(period: "${f.period}") { fundingShares { authority { code } budgetLine percent { value } } }`, read: (x) => x.adoptionFinance.fundingShares.find((s: any) => s.authority.code === f.authority && s.budgetLine === budget)?.percent.value ?? null };
  }
  if (f.measure === 'interagency_cost_annual_avg_gbp') return { ...base, agency, field: `adoptionFinance(period: "${f.period}") { lines(line: INTERAGENCY_COST) { outturnPerYear { value } } }`, read: (x) => x.adoptionFinance.lines[0].outturnPerYear.value };
  if (f.measure === 'raa_overspend_gbp') return { ...base, agency, field: `adoptionFinance(period: "${period}") { total(line: RAA) { variance { value } } }`, read: (x) => x.adoptionFinance.total.variance.value };
  if (f.measure === 'staffing_cost_per_adoption_variance_gbp') return { ...base, agency, field: `adoptionFinance(period: "${period}") { lines(line: STAFFING_COST_PER_ADOPTION) { differenceFromComparator { value } } }`, read: (x) => x.adoptionFinance.lines[0].differenceFromComparator.value };
  const target = financeRowTarget(f);
  if (target) {
    const owner = target.key.owner;
    return {
      ...base,
      agency,
      field: `adoptionFinance(period: "${target.key.period}") { lines(line: ${target.key.line.toUpperCase()}, owner: "${owner}") { flow ${amounts} } }`,
      read: (x) => x.adoptionFinance.lines.find((l: any) => l.flow === target.key.flow)?.[target.amount].value ?? null,
    };
  }
  // Totals the hub adds up from the lines.
  const line = f.measure.startsWith('locality_hub') ? 'LOCALITY_HUB' : f.measure.startsWith('interagency_contribution') ? 'INTERAGENCY_CONTRIBUTION' : f.measure.startsWith('interagency') ? 'INTERAGENCY' : 'RAA';
  const flow = flowOf(f);
  return { ...base, agency, field: `adoptionFinance(period: "${period}") { total(line: ${line}${flow ? `, flow: "${flow}"` : ''}) { ${amounts} } }`, read: (x) => x.adoptionFinance.total[amountOf(f.measure)].value };
}

const CHECKS = publishedFigures()
  .filter((f) => f.domain === 'finance' && FINANCE_MEASURES.calibrated.includes(f.measure) && !FINANCE_ROW_EXCEPTIONS[f.id] && !FINANCE_NOT_MODELLED[f.measure])
  .map(checkFor);

describe.each(backends())('the agencies\' finance through the gateway on %s', (backend) => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack(backend);
  });
  afterAll(() => stack.stop());

  it('checks every finance row of the agencies', () => {
    expect(CHECKS.length).toBeGreaterThan(120);
  });

  it.each(CHECKS.map((c) => [c.label, c] as const))('%s', async (_label, check) => {
    const result = await stack.query(`{ region(code: "${check.agency}") { ${check.field} } }`);
    expect(result.errors).toBeUndefined();
    expect(check.read(result.data!.region)).toBe(check.expected);
  });

  it('rejects a period that is not whole financial years, naming the argument', async () => {
    const result = await stack.query(`{ region(code: "T4C") { adoptionFinance(period: "2021-22-Q1") { total(line: CENTRAL_HUB) { budget { value } } } } }`);
    expect(result.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors![0].message).toMatch(/Argument "period".*FINANCIAL_YEAR/);
  });

  it('gives NO_DATA for a region that is not an adoption agency', async () => {
    const result = await stack.query(`{ region(code: "E12000005") { adoptionFinance(period: "2021-22") { total(line: CENTRAL_HUB) { budget { value suppressionReason } } } } }`);
    expect(result.data!.region.adoptionFinance.total.budget).toEqual({ value: null, suppressionReason: 'NO_DATA' });
  });

  it('adds up a total as SQL written here does', async () => {
    const rows: { b: unknown; o: unknown }[] = await stack.subgraphs.adoption.database.dataSource.query(`SELECT SUM(budget) AS b, SUM(outturn) AS o FROM finance_line WHERE agency_code = 'T4C' AND line = 'locality_hub' AND period = '2021-22'`);
    const result = await stack.query(`{ region(code: "T4C") { adoptionFinance(period: "2021-22") { total(line: LOCALITY_HUB) { budget { value } outturn { value } } } } }`);
    expect(result.data!.region.adoptionFinance.total).toEqual({ budget: { value: Number(rows[0].b) }, outturn: { value: Number(rows[0].o) } });
  });
});

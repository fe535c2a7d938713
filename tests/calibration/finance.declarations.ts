import { ATV_MEMBERS } from '../../seed/shared/pilot-councils';
import { PublishedRow } from '../support/calibration/published-rows';
import { AreaDeclaration, RowCheck } from '../support/calibration/runner';

/**
 * The agencies' finance: every published line, total and share, asked of the agency (`region`)
 * anonymously — money is public, as in the papers.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */

const AMOUNTS =
  'budget { value } outturn { value } variance { value } outturnPerYear { value } comparator { value } differenceFromComparator { value }';
type Amount = 'budget' | 'outturn' | 'variance' | 'comparator';

/** The papers' words for an amount: "actual" is the outturn, "additional" the variance. */
const amountNamed = (word: string): Amount =>
  word === 'actual' ? 'outturn' : word === 'additional' ? 'variance' : (word as Amount);
const agencyOf = (authority: string) => (authority === 'ATV' || ATV_MEMBERS.includes(authority) ? 'ATV' : 'T4C');
/** A row's financial year: its period, or the year a balance's `as_of` date closes. */
const yearOf = (f: PublishedRow) =>
  f.period || (f.asOf ? `${Number(f.asOf.slice(0, 4)) - 1}-${f.asOf.slice(2, 4)}` : '');

/**
 * A line the agency holds as published (owner, line, flow) and the amount the row gives, or null
 * for a total the hub adds up.
 */
function lineOf(f: PublishedRow): { line: string; owner: string; flow: string; amount: Amount } | null {
  const owner = f.authority.startsWith('hub:') ? f.authority.slice(4) : f.authority;
  const at = (line: string, word: string, flow = '') => ({ line, owner, flow, amount: amountNamed(word) });
  let m: RegExpExecArray | null;
  if ((m = /^central_hub_(budget|outturn|variance)_gbp$/.exec(f.measure))) return at('central_hub', m[1]);
  if ((m = /^locality_hub_(budget|outturn|variance)_gbp$/.exec(f.measure)))
    return f.authority === 'T4C' ? null : at('locality_hub', m[1]);
  if ((m = /^interagency_(budget|outturn|variance)_gbp$/.exec(f.measure)))
    return f.authority === 'T4C' ? null : at('interagency', m[1], f.parts.get('flow') ?? '');
  if ((m = /^interagency_contribution_(budget|actual|additional)_gbp$/.exec(f.measure)))
    return f.authority === 'ATV' ? null : at('interagency_contribution', m[1]);
  if ((m = /^raa_(budget|outturn|variance)_gbp$/.exec(f.measure))) {
    const heading = f.parts.get('expenditure_heading');
    return heading === 'total' ? null : at(`raa_${heading}`, m[1]);
  }
  if (f.measure === 'reserve_balance_gbp') return at('reserve_balance', 'outturn');
  if (f.measure === 'staffing_budget_gbp') return at('staffing', 'budget');
  if (f.measure === 'staffing_cost_per_adoption_gbp')
    return at('staffing_cost_per_adoption', f.parts.has('comparator') ? 'comparator' : 'outturn');
  if (f.measure === 'interagency_cost_gbp') return at('interagency_cost', 'outturn');
  if (f.measure === 'interagency_cost_avoidance_gbp') return at('interagency_cost_avoidance', 'outturn');
  return null;
}

/** A total's amount: the measure's suffix. */
const totalAmount = (measure: string) =>
  /_budget_gbp$/.test(measure) ? 'budget' : /_(actual|outturn)_gbp$/.test(measure) ? 'outturn' : 'variance';

function check(f: PublishedRow): RowCheck | null {
  const base = { root: `region(code: "${agencyOf(f.authority)}")`, as: 'anonymous' as const };
  const period = f.period || '2021-22';
  if (f.measure === 'funding_share_pct') {
    const budget = f.parts.get('budget');
    return {
      ...base,
      field: `adoptionFinance(period: "${f.period}") { fundingShares { authority { code } budgetLine percent { value } } }`,
      read: (x) =>
        x.adoptionFinance.fundingShares.find((s: any) => s.authority.code === f.authority && s.budgetLine === budget)
          ?.percent.value ?? null,
    };
  }
  if (f.measure === 'interagency_cost_annual_avg_gbp')
    return {
      ...base,
      field: `adoptionFinance(period: "${f.period}") { lines(line: INTERAGENCY_COST) { outturnPerYear { value } } }`,
      read: (x) => x.adoptionFinance.lines[0].outturnPerYear.value,
    };
  if (f.measure === 'raa_overspend_gbp')
    return {
      ...base,
      field: `adoptionFinance(period: "${period}") { total(line: RAA) { variance { value } } }`,
      read: (x) => x.adoptionFinance.total.variance.value,
    };
  if (f.measure === 'staffing_cost_per_adoption_variance_gbp')
    return {
      ...base,
      field: `adoptionFinance(period: "${period}") { lines(line: STAFFING_COST_PER_ADOPTION) { differenceFromComparator { value } } }`,
      read: (x) => x.adoptionFinance.lines[0].differenceFromComparator.value,
    };
  const line = lineOf(f);
  if (line) {
    return {
      ...base,
      field: `adoptionFinance(period: "${yearOf(f)}") { lines(line: ${line.line.toUpperCase()}, owner: "${line.owner}") { flow ${AMOUNTS} } }`,
      read: (x) => x.adoptionFinance.lines.find((l: any) => l.flow === line.flow)?.[line.amount].value ?? null,
    };
  }
  // Totals the hub adds up from the lines.
  const total = f.measure.startsWith('locality_hub')
    ? 'LOCALITY_HUB'
    : f.measure.startsWith('interagency_contribution')
      ? 'INTERAGENCY_CONTRIBUTION'
      : f.measure.startsWith('interagency')
        ? 'INTERAGENCY'
        : 'RAA';
  const flow = f.parts.get('flow');
  return {
    ...base,
    field: `adoptionFinance(period: "${period}") { total(line: ${total}${flow ? `, flow: "${flow}"` : ''}) { ${AMOUNTS} } }`,
    read: (x) => x.adoptionFinance.total[totalAmount(f.measure)].value,
  };
}

export const finance: AreaDeclaration = {
  area: "the agencies' finance",
  checked: [
    'central_hub_budget_gbp',
    'central_hub_outturn_gbp',
    'central_hub_variance_gbp',
    'locality_hub_budget_gbp',
    'locality_hub_outturn_gbp',
    'locality_hub_variance_gbp',
    'interagency_budget_gbp',
    'interagency_outturn_gbp',
    'interagency_variance_gbp',
    'interagency_contribution_budget_gbp',
    'interagency_contribution_actual_gbp',
    'interagency_contribution_additional_gbp',
    'raa_budget_gbp',
    'raa_outturn_gbp',
    'raa_variance_gbp',
    'raa_overspend_gbp',
    'reserve_balance_gbp',
    'staffing_budget_gbp',
    'staffing_cost_per_adoption_gbp',
    'staffing_cost_per_adoption_variance_gbp',
    'interagency_cost_gbp',
    'interagency_cost_avoidance_gbp',
    'interagency_cost_annual_avg_gbp',
    'funding_share_pct',
  ],
  /**
   * Finance rows that are not the adoption agencies' money (domestic abuse and family support: see
   * the not-yet-built subgraphs).
   */
  notModelled: {
    childrens_services_investment_gbp: "a council's investment in children's services generally, not adoption finance",
    improvement_investment_gbp: "Middlesbrough's post-Ofsted improvement investment, not adoption finance",
  },
  /** Published finance rows the lines do not reproduce, and why. */
  rowExceptions: {
    't4c2021-cenhub-outturn-gbp-t4c-2020-21-text':
      "the running text repeats the budget (771,621) as the outturn; the table's 693,529 (with its variance) is held",
    's22-lochub-outturn-gbp-joint-shrewsbury-2021-22':
      "a typo: the hub's own variance (73,246) and T4C's total (2,892,154) both give 1,026,846, not 1,026,824",
    't4c2021-lochub-variance-gbp-t4c-2020-21-locality-hubs-total':
      "rounding: the hubs' variances add to 31,542, not 31,541",
    's22-ia-budget-gbp-t4c-2021-22-income':
      "T4C's inter-agency totals leave out Stoke-on-Trent's lines; the council lines are held and the hub adds them up",
    's22-ia-outturn-gbp-t4c-2021-22-expenditure':
      "T4C's inter-agency totals leave out Stoke-on-Trent's 27,000; the council lines are held",
    's22-ia-variance-gbp-t4c-2021-22-expenditure':
      "T4C's inter-agency totals leave out Stoke-on-Trent's lines; the council lines are held",
    's22-ia-outturn-gbp-t4c-2021-22-income':
      "T4C's inter-agency totals leave out Stoke-on-Trent's -57,000; the council lines are held",
    's22-ia-variance-gbp-t4c-2021-22-income':
      "T4C's inter-agency totals do not add up from their lines; the council lines are held",
    'rc22-raa-variance-gbp-atv-2021-22-total':
      'ATV\'s lines give a variance of 25,000 (outturn 25,000 on a balanced budget; the paper\'s "overspend" is 25,000 too), not -24,000',
  },
  check,
};

import { FinanceLineRecord } from '../../subgraphs/adoption/entities/finance-line.entity';
import { FundingShareRecord } from '../../subgraphs/adoption/entities/funding-share.entity';
import { ATV_MEMBERS } from '../shared/pilot-councils';
import { PublishedFigure, publishedFigures } from '../shared/reference-data';
import { RecordSet } from '../shared/record-set';

/**
 * The agencies' finance lines from their papers: each line's budget and outturn as published
 * (variance is computed, outturn − budget), totals left to the hub to add up. Where a paper's
 * own numbers disagree, the line closest to the money wins (CALIBRATION.md, "Finance").
 */
export const FINANCE_NOT_MODELLED: Record<string, string> = {
  da_contract_annual_value_gbp: "a domestic-abuse service contract: the domestic-abuse subgraph's (not built yet)",
  da_contract_contribution_gbp: "a domestic-abuse service contract: the domestic-abuse subgraph's (not built yet)",
  da_contract_contribution_pct: "a domestic-abuse service contract: the domestic-abuse subgraph's (not built yet)",
  da_safe_accommodation_allocation_gbp:
    "domestic-abuse safe accommodation funding: the domestic-abuse subgraph's (not built yet)",
  family_support_contract_annual_value_gbp:
    'a family-support contract of Staffordshire, not adoption finance (early-help subgraph, not built yet)',
  family_support_contract_scc_contribution_gbp:
    'a family-support contract of Staffordshire, not adoption finance (early-help subgraph, not built yet)',
  childrens_services_investment_gbp: "a council's investment in children's services generally, not adoption finance",
  improvement_investment_gbp: "Middlesbrough's post-Ofsted improvement investment, not adoption finance",
};

/** Published finance rows the lines do not reproduce, and why. */
export const FINANCE_ROW_EXCEPTIONS: Record<string, string> = {
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
};

interface LineKey {
  agency: string;
  owner: string;
  period: string;
  line: string;
  flow: string;
}

const agencyOf = (authority: string) => (authority === 'ATV' || ATV_MEMBERS.includes(authority) ? 'ATV' : 'T4C');
const part = (row: PublishedFigure, name: string) => new RegExp(`${name}=([a-z_]+)`).exec(row.breakdown)?.[1];
const fy = (row: PublishedFigure) =>
  row.period || (row.asOf ? `${Number(row.asOf.slice(0, 4)) - 1}-${row.asOf.slice(2, 4)}` : '');

/** Which line and which amount a published row is, or null for a total the hub computes (or a row held elsewhere). */
export function financeRowTarget(
  row: PublishedFigure,
): { key: LineKey; amount: 'budget' | 'outturn' | 'variance' | 'comparator' } | null {
  const owner = row.authority.startsWith('hub:') ? row.authority.slice(4) : row.authority;
  const agency = agencyOf(row.authority.startsWith('hub:') ? 'T4C' : row.authority);
  const key = (line: string, flow = ''): LineKey => ({ agency, owner, period: fy(row), line, flow });
  const amount = (suffix: string) =>
    suffix === 'actual'
      ? 'outturn'
      : suffix === 'additional'
        ? 'variance'
        : (suffix as 'budget' | 'outturn' | 'variance');
  let m: RegExpExecArray | null;
  if ((m = /^central_hub_(budget|outturn|variance)_gbp$/.exec(row.measure)))
    return { key: key('central_hub'), amount: amount(m[1]) };
  if ((m = /^locality_hub_(budget|outturn|variance)_gbp$/.exec(row.measure)))
    return row.authority === 'T4C' ? null : { key: key('locality_hub'), amount: amount(m[1]) };
  if ((m = /^interagency_(budget|outturn|variance)_gbp$/.exec(row.measure)))
    return row.authority === 'T4C' ? null : { key: key('interagency', part(row, 'flow')), amount: amount(m[1]) };
  if ((m = /^interagency_contribution_(budget|actual|additional)_gbp$/.exec(row.measure)))
    return row.authority === 'ATV' ? null : { key: key('interagency_contribution'), amount: amount(m[1]) };
  if ((m = /^raa_(budget|outturn|variance)_gbp$/.exec(row.measure))) {
    const heading = part(row, 'expenditure_heading')!;
    return heading === 'total' ? null : { key: key(`raa_${heading}`), amount: amount(m[1]) };
  }
  if (row.measure === 'reserve_balance_gbp') return { key: key('reserve_balance'), amount: 'outturn' };
  if (row.measure === 'staffing_budget_gbp') return { key: key('staffing'), amount: 'budget' };
  if (row.measure === 'staffing_cost_per_adoption_gbp')
    return { key: key('staffing_cost_per_adoption'), amount: part(row, 'comparator') ? 'comparator' : 'outturn' };
  if (row.measure === 'interagency_cost_gbp') return { key: key('interagency_cost'), amount: 'outturn' };
  if (row.measure === 'interagency_cost_avoidance_gbp')
    return { key: key('interagency_cost_avoidance'), amount: 'outturn' };
  return null;
}

export function generateFinanceLines(): { lines: FinanceLineRecord[]; shares: FundingShareRecord[] } {
  const rows = publishedFigures().filter(
    (r) => r.domain === 'finance' && !FINANCE_NOT_MODELLED[r.measure] && !FINANCE_ROW_EXCEPTIONS[r.id],
  );
  const lines = new Map<string, FinanceLineRecord>();
  const variances = new Map<string, number>();
  const lineOf = (k: LineKey) => {
    const id = `${k.agency}|${k.owner}|${k.period}|${k.line}|${k.flow}`;
    if (!lines.has(id))
      lines.set(
        id,
        Object.assign(new FinanceLineRecord(), {
          id: `${k.agency}-${k.owner}-${k.period}-${k.line}${k.flow ? `-${k.flow}` : ''}`,
          agencyCode: k.agency,
          ownerCode: k.owner,
          period: k.period,
          line: k.line,
          flow: k.flow,
          budget: null,
          outturn: null,
          comparator: null,
        }),
      );
    return [id, lines.get(id)!] as const;
  };
  for (const row of rows) {
    const target = financeRowTarget(row);
    if (!target) continue;
    const [id, line] = lineOf(target.key);
    if (target.amount === 'variance') variances.set(id, row.value);
    else line[target.amount] = row.value;
  }
  // A variance with only one of budget and outturn published gives the other (Stoke-on-Trent's
  // inter-agency income, the joint hub's outturn); with both, it must agree.
  for (const [id, variance] of variances) {
    const line = lines.get(id)!;
    if (line.budget !== null && line.outturn !== null) {
      if (line.outturn - line.budget !== variance)
        throw new Error(
          `seed: finance line ${id}: ${line.outturn} - ${line.budget} is not the published variance ${variance}`,
        );
    } else if (line.outturn !== null) line.budget = line.outturn - variance;
    else if (line.budget !== null) line.outturn = line.budget + variance;
  }
  // T4C's inter-agency costs averaged 920,000 a year over 2018-21: one line per year, adding up.
  const average = rows.find((r) => r.measure === 'interagency_cost_annual_avg_gbp');
  if (average) {
    const [first] = average.period.split('-').map(Number);
    const shares = [0.36, 0.33, 0.31];
    shares.forEach((share, i) => {
      const year = first + i;
      const [, line] = lineOf({
        agency: 'T4C',
        owner: 'T4C',
        period: `${year}-${String((year + 1) % 100).padStart(2, '0')}`,
        line: 'interagency_cost',
        flow: '',
      });
      line.outturn =
        i < 2
          ? Math.round(average.value * 3 * share)
          : average.value * 3 - Math.round(average.value * 3 * shares[0]) - Math.round(average.value * 3 * shares[1]);
    });
  }
  const shares = rows
    .filter((r) => r.measure === 'funding_share_pct')
    .map((r) =>
      Object.assign(new FundingShareRecord(), {
        agencyCode: agencyOf(r.authority),
        authorityCode: r.authority,
        budgetLine: part(r, 'budget')!,
        period: r.period,
        percent: r.value,
      }),
    );
  return { lines: [...lines.values()], shares };
}

export function generateFinance(): RecordSet[] {
  const { lines, shares } = generateFinanceLines();
  return [
    [FinanceLineRecord, lines],
    [FundingShareRecord, shares],
  ];
}

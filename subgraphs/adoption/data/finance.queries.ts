import { placeholders } from '../../platform/authority-rows.loader';
import { RequestContext } from '../../platform/request-context';

export interface FinanceLineRow {
  agencyCode: string;
  ownerCode: string;
  period: string;
  line: string;
  flow: string;
  budget: number | null;
  outturn: number | null;
  comparator: number | null;
}

export interface FundingShareRow {
  agencyCode: string;
  authorityCode: string;
  budgetLine: string;
  period: string;
  percent: number;
}

const num = (v: unknown) => (v == null ? null : Number(v));

/** An agency's finance lines and funding shares; all agencies asked about in a request share two statements. */
export function financeOf(
  context: RequestContext,
  agencyCode: string,
): Promise<{ lines: FinanceLineRow[]; shares: FundingShareRow[] }> {
  const loader = context.loader<string, { lines: FinanceLineRow[]; shares: FundingShareRow[] }>(
    'finance',
    async (codes) => {
      const lines: Record<string, unknown>[] = await context.dataSource.query(
        `SELECT agency_code, owner_code, period, line, flow, budget, outturn, comparator FROM finance_line WHERE agency_code IN (${placeholders([...codes])})`,
        [...codes],
      );
      const shares: Record<string, unknown>[] = await context.dataSource.query(
        `SELECT agency_code, authority_code, budget_line, period, percent FROM funding_share WHERE agency_code IN (${placeholders([...codes])})`,
        [...codes],
      );
      return codes.map((code) => ({
        lines: lines
          .filter((l) => String(l.agency_code) === code)
          .map((l) => ({
            agencyCode: code,
            ownerCode: String(l.owner_code),
            period: String(l.period),
            line: String(l.line),
            flow: String(l.flow),
            budget: num(l.budget),
            outturn: num(l.outturn),
            comparator: num(l.comparator),
          })),
        shares: shares
          .filter((s) => String(s.agency_code) === code)
          .map((s) => ({
            agencyCode: code,
            authorityCode: String(s.authority_code),
            budgetLine: String(s.budget_line),
            period: String(s.period),
            percent: Number(s.percent),
          })),
      }));
    },
  );
  return loader.load(agencyCode);
}

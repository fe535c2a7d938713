import { registerEnumType } from 'type-graphql';
import { parsePeriodArgument } from '../../schema/vocabulary/period';
import { CubeRow, Dimension } from '../measures/breakdown';
import { buildFigure } from '../measures/figure.builder';
import { FigureUnit } from '../measures/figure.type';
import { DimensionSet, MeasureDeclaration } from '../measures/measure';
import { GroupValue, MeasureGroupDeclaration } from '../measures/measure-group';
import { MONEY, statisticFigure, Tally, tally } from '../measures/statistic';
import { TimePoint } from '../measures/time';
import { RequestContext } from '../platform/request-context';
import { LocalAuthorityStub } from './adoption.stubs';
import { agenciesCovering } from './data/locality-hub.queries';
import { FinanceLineRow, financeOf } from './data/finance.queries';
import { FINANCE_LINES, FinanceLineFigures, FinanceLineKind, FundingShare } from './types/finance.types';

/**
 * A regional adoption agency's finance, declared for the measures kit: budget, outturn, variance
 * and comparator are MONEY measures of the agency's own lines (kept under its code, so the group
 * reads the region's own records), split by line, owner and flow.
 */

/** The agency's lines added up for one agency and one combination of the attributes grouped by. */
interface FinanceCubeRow extends CubeRow {
  line?: string;
  ownerCode?: string;
  flow?: string;
  sum: number;
}

export enum FinanceDimension {
  LINE = 'LINE',
  OWNER = 'OWNER',
  FLOW = 'FLOW',
}

registerEnumType(FinanceDimension, {
  name: 'FinanceDimension',
  description: "A way to split a regional adoption agency's money figures.",
  valuesConfig: {
    LINE: { description: 'The line of the accounts (FinanceLineKind, lower case).' },
    OWNER: { description: "Whose line: the agency code, a locality hub code or a council's GSS code." },
    FLOW: { description: '"expenditure", "income", or NOT_SPLIT where the line is not split.' },
  },
});

const FLOWS = [
  { key: 'expenditure', label: 'Expenditure' },
  { key: 'income', label: 'Income' },
  { key: 'NOT_SPLIT', label: 'Not split into expenditure and income' },
];

const FINANCE_DIMENSIONS: DimensionSet<FinanceCubeRow> = {
  enumType: FinanceDimension,
  rowTypeName: 'FinanceFigureRow',
  columns: { LINE: 'line', OWNER: 'owner', FLOW: 'flow' },
  dimension(by: string): Dimension<FinanceCubeRow> {
    if (by === FinanceDimension.LINE) {
      // `raa` is every raa_ heading together (for totals), never a line of its own.
      const keys = Object.entries(FINANCE_LINES)
        .filter(([key]) => key !== 'raa')
        .map(([key, label]) => ({ key, label }));
      return { column: 'line', attributes: ['line'], keys: () => keys, keyOf: (r) => r.line! };
    }
    // Owners are whatever the agency's papers name (hubs, councils): listed as they occur.
    if (by === FinanceDimension.OWNER)
      return { column: 'owner', attributes: ['ownerCode'], keys: () => [], keyOf: (r) => r.ownerCode! };
    return { column: 'flow', attributes: ['flow'], keys: () => FLOWS, keyOf: (r) => r.flow || 'NOT_SPLIT' };
  },
};

/** The financial years of a period of whole ones (e.g. 2018-21 → 2018-19, 2019-20, 2020-21). */
function yearsOf(time: TimePoint): string[] {
  const { start, end } = time.period!;
  const years: string[] = [];
  for (let y = Number(start.slice(0, 4)); `${y}-04-01` <= end; y += 1)
    if (`${y}-04-01` >= start) years.push(`${y}-${String((y + 1) % 100).padStart(2, '0')}`);
  return years;
}

/** The lines a field asks for: one line (`raa`: every raa_ heading), one owner, one flow; none given, all. */
function asked(row: FinanceLineRow, args: Record<string, unknown>): boolean {
  const { line, owner, flow } = args as { line?: string | null; owner?: string | null; flow?: string | null };
  return (
    (!line || row.line === line || (line === 'raa' && row.line.startsWith('raa_'))) &&
    (!owner || row.ownerCode === owner) &&
    (!flow || row.flow === flow)
  );
}

const ATTRIBUTE: Record<string, 'line' | 'ownerCode' | 'flow'> = { line: 'line', ownerCode: 'ownerCode', flow: 'flow' };

/**
 * The cube of one money figure: the agencies' lines of the period's years (and the field's
 * line, owner and flow), grouped by the attributes asked for and added up by `amount`. The
 * grouping is done here, not by the kit, because a variance is outturn − budget of a whole cell.
 */
function financeCube(amount: (lines: FinanceLineRow[]) => Tally) {
  return async (
    context: RequestContext,
    agencyCodes: string[],
    time: TimePoint,
    grouping: string[],
    args: Record<string, unknown>,
  ): Promise<FinanceCubeRow[]> => {
    const years = yearsOf(time);
    const attributes = grouping.map((g) => ATTRIBUTE[g]);
    const finances = await Promise.all(agencyCodes.map((code) => financeOf(context, code)));
    return finances.flatMap(({ lines }) => {
      const cells = new Map<string, FinanceLineRow[]>();
      for (const line of lines.filter((l) => years.includes(l.period) && asked(l, args))) {
        const key = JSON.stringify([line.agencyCode, ...attributes.map((a) => line[a])]);
        cells.set(key, [...(cells.get(key) ?? []), line]);
      }
      return [...cells.values()].map((cell) => ({
        authorityCode: cell[0].agencyCode,
        ...Object.fromEntries(attributes.map((a) => [a, cell[0][a]])),
        ...amount(cell),
      }));
    });
  };
}

/** A column added up over the lines holding it (n: how many; none: NO_DATA, not a zero). */
const column =
  (key: 'budget' | 'outturn' | 'comparator') =>
  (lines: FinanceLineRow[]): Tally => {
    const values = lines.map((l) => l[key]).filter((v): v is number => v !== null);
    return { n: values.length, sum: values.reduce((s, v) => s + v, 0) };
  };

/** Outturn − budget of the whole cell, when both are held. */
function variance(lines: FinanceLineRow[]): Tally {
  const [budget, outturn] = [column('budget')(lines), column('outturn')(lines)];
  return budget.n > 0 && outturn.n > 0 ? { n: 1, sum: outturn.sum - budget.sum } : { n: 0, sum: 0 };
}

const agencyCoverage = { covered: agenciesCovering };

function amount(
  name: string,
  description: string,
  measure: string,
  sum: (lines: FinanceLineRow[]) => Tally,
): MeasureDeclaration<FinanceCubeRow> {
  return {
    field: name,
    typeName: 'AdoptionFinanceAmount',
    measure,
    description,
    typeDescription:
      "One money figure of a regional adoption agency's lines over a period, in pounds: split it by LINE, OWNER or FLOW (its total adds up every line held, however unlike, e.g. a cost per adoption with a reserve balance: read it split by LINE).",
    time: 'FLOW',
    statistic: MONEY,
    cube: financeCube(sum),
    dimensions: FINANCE_DIMENSIONS,
    coverage: agencyCoverage,
  };
}

const MONEY_MEMBERS = {
  budget: amount(
    'budget',
    'Budget (income negative), by line, owner and flow.',
    'adoption_finance_budget_gbp',
    column('budget'),
  ),
  outturn: amount(
    'outturn',
    'Outturn (income negative), by line, owner and flow.',
    'adoption_finance_outturn_gbp',
    column('outturn'),
  ),
  variance: amount(
    'variance',
    'Outturn − budget (positive is an overspend, or income short of budget), by line, owner and flow.',
    'adoption_finance_variance_gbp',
    variance,
  ),
  comparator: amount(
    'comparator',
    "Comparators published beside lines (e.g. other agencies' average), by line, owner and flow.",
    'adoption_finance_comparator_gbp',
    column('comparator'),
  ),
};

type Amounts = Record<keyof typeof MONEY_MEMBERS, Tally | null>;

const money = (t: Tally | null) => statisticFigure(MONEY, t, true);

/** A line's figures from its amounts; per year and against the comparator follow from them. */
function lineFigures(line: string, owner: string, flow: string, amounts: Amounts, years: number): FinanceLineFigures {
  const { budget, outturn, comparator } = amounts;
  const held = (t: Tally | null): t is Tally => t !== null && t.n > 0;
  return Object.assign(new FinanceLineFigures(), {
    line,
    owner,
    flow,
    budget: money(budget),
    outturn: money(outturn),
    variance: money(amounts.variance),
    outturnPerYear: money(held(outturn) ? { n: outturn.n, sum: outturn.sum / years } : null),
    comparator: money(comparator),
    differenceFromComparator: money(
      held(outturn) && held(comparator) ? { n: 1, sum: outturn.sum - comparator.sum } : null,
    ),
  });
}

/** Each money member's cube rows for a field's own arguments, grouped by `attributes` (null: NO_DATA). */
async function amountRows(
  group: GroupValue,
  context: RequestContext,
  args: Record<string, unknown>,
  attributes: string[],
): Promise<Record<keyof Amounts, FinanceCubeRow[]> | null> {
  const names = Object.keys(MONEY_MEMBERS) as (keyof Amounts)[];
  const lists = await Promise.all(
    names.map((name) => group.member(name, args).rows(context, attributes) as Promise<FinanceCubeRow[] | null>),
  );
  if (lists.some((l) => l === null)) return null;
  return Object.fromEntries(names.map((name, i) => [name, lists[i]!])) as Record<keyof Amounts, FinanceCubeRow[]>;
}

const tallies = (
  rows: Record<keyof Amounts, FinanceCubeRow[]> | null,
  keep: (r: FinanceCubeRow) => boolean = () => true,
): Amounts => {
  const of = (name: keyof Amounts) => (rows === null ? null : tally(rows[name].filter(keep)));
  return { budget: of('budget'), outturn: of('outturn'), variance: of('variance'), comparator: of('comparator') };
};

async function lines(
  group: GroupValue,
  context: RequestContext,
  args: Record<string, unknown>,
): Promise<FinanceLineFigures[]> {
  const rows = await amountRows(group, context, { line: args.line ?? null, owner: args.owner ?? null }, [
    'flow',
    'line',
    'ownerCode',
  ]);
  if (rows === null) return [];
  const keyOf = (r: FinanceCubeRow) => `${r.line}|${r.ownerCode}|${r.flow}`;
  const keys = [...new Set(rows.budget.map(keyOf))].sort((a, b) => a.localeCompare(b));
  return keys.map((key) => {
    const [line, owner, flow] = key.split('|');
    return lineFigures(
      line,
      owner,
      flow,
      tallies(rows, (r) => keyOf(r) === key),
      yearsOf(group.time).length,
    );
  });
}

async function total(
  group: GroupValue,
  context: RequestContext,
  args: Record<string, unknown>,
): Promise<FinanceLineFigures> {
  const flow = (args.flow as string | null | undefined) ?? null;
  const rows = await amountRows(group, context, { line: args.line, flow }, []);
  return lineFigures(String(args.line), 'all', flow ?? '', tallies(rows), yearsOf(group.time).length);
}

async function fundingShares(group: GroupValue, context: RequestContext): Promise<FundingShare[]> {
  const shares = (await financeOf(context, group.scope.regionCode!)).shares.filter(
    (s) => s.period === group.time.period!.label,
  );
  return shares.map((s) =>
    Object.assign(new FundingShare(), {
      authority: Object.assign(new LocalAuthorityStub(), { code: s.authorityCode }),
      budgetLine: s.budgetLine,
      period: s.period,
      percent: buildFigure({ value: s.percent, unit: FigureUnit.PERCENT }, true),
    }),
  );
}

const LINE_ONLY = {
  name: 'line',
  type: () => FinanceLineKind,
  options: { nullable: true, description: 'Only this line (RAA: every expenditure heading and income).' },
};
const OWNER_ONLY = {
  name: 'owner',
  type: () => String,
  options: { nullable: true, description: 'Only this owner: a hub code or a council GSS code.' },
};
const TOTAL_LINE = {
  name: 'line',
  type: () => FinanceLineKind,
  options: { description: 'The line (RAA: every heading and income together).' },
};
const TOTAL_FLOW = {
  name: 'flow',
  type: () => String,
  options: { nullable: true, description: '"expenditure" or "income".' },
};

/** A regional adoption agency's finance for a period of whole financial years. */
export const ADOPTION_FINANCE: MeasureGroupDeclaration = {
  field: 'adoptionFinance',
  typeName: 'AdoptionFinance',
  description:
    "The agency's finance for a period of whole financial years (for a regional adoption agency; NO_DATA for other regions).",
  typeDescription:
    "A regional adoption agency's finance for a period: its lines (per hub and council), totals, and the councils' funding shares. Money is shown to everyone, as in the published papers.",
  time: 'FLOW',
  timeDescription: 'A financial year "2021-22" or a run of them "2018-21", "2018-22".',
  // Accounts are kept by financial year: a quarter or month of them is not held.
  validate: (time, _args, argument) => {
    parsePeriodArgument(argument, time.period!.label, ['FINANCIAL_YEAR', 'ROLLING_THREE_YEARS', 'YEARS']);
  },
  members: Object.fromEntries(
    Object.entries(MONEY_MEMBERS).map(([name, declaration]) => [
      name,
      { declaration, rowsBy: ['LINE', 'OWNER', 'FLOW'] },
    ]),
  ),
  fields: {
    lines: {
      returns: () => [FinanceLineFigures],
      description: 'Each line (per owner and flow), filtered as asked.',
      args: [LINE_ONLY, OWNER_ONLY],
      resolve: lines,
    },
    total: {
      returns: () => FinanceLineFigures,
      description:
        "A line added up over all its owners (every hub, or every council), for one flow if given; NO_DATA figures outside the agency's records.",
      args: [TOTAL_LINE, TOTAL_FLOW],
      resolve: total,
    },
    fundingShares: {
      returns: () => [FundingShare],
      description: "The councils' shares of the agency's budgets under the funding agreement for exactly this period.",
      resolve: (group, context) => fundingShares(group, context),
    },
  },
  on: ['Region'],
  regionRecords: 'REGION',
};

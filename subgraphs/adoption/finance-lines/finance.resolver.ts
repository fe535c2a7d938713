import { Arg, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { LocalAuthorityStub, RegionStub, REQUIRES_MEMBERS } from '../adoption.stubs';
import { buildFigure } from '../../measures/figure.builder';
import { Figure, FigureUnit } from '../../measures/figure.type';
import { parsePeriodArgument } from '../../../schema/vocabulary/period';
import { PeriodScalar } from '../../../schema/vocabulary/period.scalar';
import { regionScope } from '../../measures/figure-scope';
import { RequestContext } from '../../platform/request-context';
import { agenciesCovering } from '../data/locality-hub.queries';
import { FinanceLineRow, financeOf } from './finance.queries';
import { AdoptionFinance, FinanceLineFigures, FinanceLineKind, FundingShare } from './finance.types';

const money = (value: number | null) => buildFigure({ value: value === null ? null : Math.round(value * 100) / 100, unit: FigureUnit.GBP }, true);
const add = (values: (number | null)[]) => (values.every((v) => v === null) ? null : values.reduce<number>((s, v) => s + (v ?? 0), 0));

/** The financial years of a period (e.g. 2018-21 → 2018-19, 2019-20, 2020-21). */
function yearsOf(start: string, end: string): string[] {
  const years: string[] = [];
  for (let y = Number(start.slice(0, 4)); `${y}-04-01` <= end; y += 1) if (`${y}-04-01` >= start) years.push(`${y}-${String((y + 1) % 100).padStart(2, '0')}`);
  return years;
}

function figures(line: string, owner: string, flow: string, rows: FinanceLineRow[], years: number): FinanceLineFigures {
  const budget = add(rows.map((r) => r.budget));
  const outturn = add(rows.map((r) => r.outturn));
  const comparator = add(rows.map((r) => r.comparator));
  return Object.assign(new FinanceLineFigures(), {
    line,
    owner,
    flow,
    budget: money(budget),
    outturn: money(outturn),
    variance: money(budget === null || outturn === null ? null : outturn - (budget ?? 0)),
    outturnPerYear: money(outturn === null ? null : outturn / years),
    comparator: money(comparator),
    differenceFromComparator: money(outturn === null || comparator === null ? null : outturn - comparator),
  });
}

@Resolver(() => RegionStub)
export class RegionFinanceResolver {
  @Directive(REQUIRES_MEMBERS)
  @FieldResolver(() => AdoptionFinance, { description: 'The agency\'s finance for a period of whole financial years (for a regional adoption agency; NO_DATA for other regions).' })
  adoptionFinance(@Root() region: RegionStub, @Arg('period', () => PeriodScalar, { description: 'A financial year "2021-22" or a run of them "2018-21", "2018-22".' }) period: string): AdoptionFinance {
    const range = parsePeriodArgument('period', period, ['FINANCIAL_YEAR', 'ROLLING_THREE_YEARS', 'YEARS']);
    return Object.assign(new AdoptionFinance(), { period: range.label, scope: regionScope(region.code, region.members), range });
  }
}

@Resolver(() => AdoptionFinance)
export class AdoptionFinanceResolver {
  private async rows(root: AdoptionFinance, context: RequestContext): Promise<{ lines: FinanceLineRow[]; years: string[] } | null> {
    const agency = root.scope.regionCode!;
    const covered = await agenciesCovering(context, [agency], { from: root.range.start, to: root.range.end });
    if (!covered.has(agency)) return null;
    const years = yearsOf(root.range.start, root.range.end);
    return { lines: (await financeOf(context, agency)).lines.filter((l) => years.includes(l.period)), years };
  }

  @FieldResolver(() => [FinanceLineFigures], { description: 'Each line (per owner and flow), filtered as asked.' })
  async lines(
    @Root() root: AdoptionFinance,
    @Ctx() context: RequestContext,
    @Arg('line', () => FinanceLineKind, { nullable: true, description: 'Only this line (RAA: every expenditure heading and income).' }) line?: string,
    @Arg('owner', { nullable: true, description: 'Only this owner: a hub code or a council GSS code.' }) owner?: string,
  ): Promise<FinanceLineFigures[]> {
    const data = await this.rows(root, context);
    if (!data) return [];
    const matching = data.lines.filter((l) => (!line || l.line === line || (line === 'raa' && l.line.startsWith('raa_'))) && (!owner || l.ownerCode === owner));
    const groups = new Map<string, FinanceLineRow[]>();
    for (const l of matching) groups.set(`${l.line}|${l.ownerCode}|${l.flow}`, [...(groups.get(`${l.line}|${l.ownerCode}|${l.flow}`) ?? []), l]);
    return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, rows]) => {
      const [l, o, f] = key.split('|');
      return figures(l, o, f, rows, data.years.length);
    });
  }

  @FieldResolver(() => FinanceLineFigures, { description: 'A line added up over all its owners (every hub, or every council), for one flow if given; NO_DATA figures outside the agency\'s records.' })
  async total(
    @Root() root: AdoptionFinance,
    @Ctx() context: RequestContext,
    @Arg('line', () => FinanceLineKind, { description: 'The line (RAA: every heading and income together).' }) line: string,
    @Arg('flow', { nullable: true, description: '"expenditure" or "income".' }) flow?: string,
  ): Promise<FinanceLineFigures> {
    const data = await this.rows(root, context);
    if (!data) {
      const none: Figure = buildFigure({ value: null, unit: FigureUnit.GBP }, true);
      return Object.assign(new FinanceLineFigures(), { line, owner: 'all', flow: flow ?? '', budget: none, outturn: none, variance: none, outturnPerYear: none, comparator: none, differenceFromComparator: none });
    }
    const rows = data.lines.filter((l) => (l.line === line || (line === 'raa' && l.line.startsWith('raa_'))) && (!flow || l.flow === flow));
    return figures(line, 'all', flow ?? '', rows, data.years.length);
  }

  @FieldResolver(() => [FundingShare], { description: 'The councils\' shares of the agency\'s budgets under the funding agreement for exactly this period.' })
  async fundingShares(@Root() root: AdoptionFinance, @Ctx() context: RequestContext): Promise<FundingShare[]> {
    const agency = root.scope.regionCode!;
    const shares = (await financeOf(context, agency)).shares.filter((s) => s.period === root.period);
    return shares.map((s) => Object.assign(new FundingShare(), {
      authority: Object.assign(new LocalAuthorityStub(), { code: s.authorityCode }),
      budgetLine: s.budgetLine,
      period: s.period,
      percent: buildFigure({ value: s.percent, unit: FigureUnit.PERCENT }, true),
    }));
  }
}

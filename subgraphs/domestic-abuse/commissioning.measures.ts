import { buildFigure, rateFigure } from '../measures/figure.builder';
import { BreakdownCell, FigureUnit } from '../measures/figure.type';
import { MeasureDeclaration, MeasureValue } from '../measures/measure';
import { MONEY } from '../measures/statistic';
import { RequestContext } from '../platform/request-context';
import { FUNDER } from './codes/funder.codes';
import { contractCoverage, ContractRow, contractsAt, fundingAt } from './data/contracts.queries';
import { FUNDING_DIMENSIONS } from './dimensions/funding.dimensions';

/**
 * Contracts a commissioning area lets and who pays for them, kept under the area's own code: money
 * is shown to anyone. Where the printed shares disagree with the pounds, both are given.
 */

const commissioning = {
  time: 'SNAPSHOT' as const,
  statistic: MONEY,
  on: ['Region' as const],
  regionRecords: 'REGION' as const,
  coverage: contractCoverage,
};

const domesticAbuseContractValue: MeasureDeclaration<ContractRow> = {
  ...commissioning,
  field: 'domesticAbuseContractValue',
  typeName: 'DomesticAbuseContractValue',
  measure: 'da_contract_annual_value_gbp',
  description:
    'The annual value, in pounds, of the domestic abuse contracts the area has in force on the day ("the overall annual contract value for the Victims and Perpetrator provision … £2,157,000").',
  typeDescription: "A commissioning area's domestic abuse contracts in force on a day: their annual value.",
  cube: (context, codes, time, grouping) => contractsAt(context.dataSource, codes, time.date!, grouping),
};

const sumOf = (rows: readonly { sum?: number }[]) => rows.reduce((s, r) => s + (r.sum ?? 0), 0);

/** The annual value of the contracts the contributions are to (null: no contract in force). */
async function contractValueOf(value: MeasureValue, context: RequestContext): Promise<number | null> {
  const contracts = new MeasureValue(domesticAbuseContractValue, value.scope, value.time, {});
  const rows = await contracts.rows(context);
  return rows === null || rows.length === 0 ? null : sumOf(rows as ContractRow[]);
}

/** Each funder's cell: `share` of the rows' pounds, or the printed share. */
async function funderCells(
  value: MeasureValue,
  context: RequestContext,
  cell: (row: ContractRow) => number | null,
): Promise<BreakdownCell[]> {
  const rows = (await value.rows(context, ['funder'])) as ContractRow[] | null;
  return Object.entries(FUNDER).map(([key, label]) => {
    const row = rows?.find((r) => r.funder === key);
    const share = row ? cell(row) : null;
    return { key, label, figure: buildFigure({ value: share, unit: FigureUnit.PERCENT }, true) };
  });
}

const domesticAbuseContractFunding: MeasureDeclaration<ContractRow> = {
  ...commissioning,
  field: 'domesticAbuseContractFunding',
  typeName: 'DomesticAbuseContractFunding',
  measure: 'da_contract_contribution_gbp',
  description:
    "Each funder's annual contribution, in pounds, to the area's domestic abuse contracts in force on the day; `breakdown(by: FUNDER)` for the amounts, `shares(by: FUNDER)` for the hub's share of their sum, `publishedShares` for the shares as printed.",
  typeDescription:
    "Funders' annual contributions to a commissioning area's domestic abuse contracts in force on a day, with the printed shares beside the hub's arithmetic.",
  cube: (context, codes, time, grouping) => fundingAt(context.dataSource, codes, time.date!, grouping),
  dimensions: FUNDING_DIMENSIONS,
  figures: {
    contributionsLessContractValue: {
      description:
        "The contributions' sum less the contracts' annual value, in pounds: 0 when they agree (New Era's printed contributions add up to £73,970 more than its printed value).",
      async resolve(value, context) {
        const [rows, contracts] = await Promise.all([value.rows(context), contractValueOf(value, context)]);
        const gap = rows === null || contracts === null ? null : Math.round((sumOf(rows) - contracts) * 100) / 100;
        return buildFigure({ value: gap, unit: FigureUnit.GBP }, true);
      },
    },
  },
  cellLists: {
    publishedShares: {
      description:
        "Each funder's share of the contract's value as the paper prints it (percent, kept as published: New Era's 31%, 47% and 22%).",
      resolve: (value, context) => funderCells(value, context, (row) => row.publishedShare ?? null),
    },
    sharesOfContractValue: {
      description:
        "The hub's arithmetic: each funder's contribution as a percentage of the contracts' annual value (one decimal), to set beside the printed shares.",
      resolve: async (value, context) => {
        const contracts = await contractValueOf(value, context);
        return funderCells(value, context, (row) => rateFigure(row.sum, contracts, FigureUnit.PERCENT, true).value);
      },
    },
  },
};

export const COMMISSIONING_MEASURES = [
  domesticAbuseContractValue,
  domesticAbuseContractFunding,
] as MeasureDeclaration[];

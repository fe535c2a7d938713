import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { LocalAuthorityStub } from '../adoption.stubs';
import { Figure } from '../../measures/figure.type';
import { PeriodScalar } from '../../../schema/vocabulary/period.scalar';

export const FINANCE_LINES: Record<string, string> = {
  central_hub: "The central hub (the agency's shared team).",
  locality_hub: "A locality hub's budget.",
  interagency: 'Inter-agency fees: paid to other agencies (expenditure) and received (income), per council or hub.',
  interagency_contribution:
    "Each council's contribution to the agency's inter-agency fee budget (outturn: what it actually paid; variance: the additional contribution).",
  raa_employees: "The agency's employees.",
  raa_running_costs: 'Running costs.',
  raa_support_service_costs: 'Support service costs.',
  raa_interagency_fees: 'Inter-agency fees paid.',
  raa_income: "Income (councils' contributions and fees received).",
  raa: "All the agency's expenditure headings and income together (for totals).",
  staffing: 'The staffing budget for a year.',
  staffing_cost_per_adoption: 'Staffing cost per adoption (comparator: the average of 14 agencies).',
  interagency_cost: 'The cost of inter-agency placements in the year.',
  interagency_cost_avoidance: "Inter-agency fees avoided by placing with the agency's own adopters.",
  reserve_balance: "The reserve balance at the year's end.",
};

export enum FinanceLineKind {}
for (const key of Object.keys(FINANCE_LINES))
  (FinanceLineKind as unknown as Record<string, string>)[key.toUpperCase()] = key;
registerEnumType(FinanceLineKind, {
  name: 'FinanceLineKind',
  description: "A line of a regional adoption agency's accounts.",
  valuesConfig: Object.fromEntries(
    Object.entries(FINANCE_LINES).map(([key, description]) => [key.toUpperCase(), { description }]),
  ),
});

@ObjectType({
  description:
    'A finance line over a period (several financial years add up): budget, outturn, variance (outturn − budget, positive = overspend) and any comparator, in pounds.',
})
export class FinanceLineFigures {
  @Field({ description: 'The line (FinanceLineKind, lower case).' })
  line!: string;

  @Field({
    description: 'Whose line: the agency code, a locality hub code, a council\'s GSS code, or "all" for a total.',
  })
  owner!: string;

  @Field({ description: '"expenditure", "income", or "" where the line is not split.' })
  flow!: string;

  @Field(() => Figure, { description: 'Budget (income negative).' })
  budget!: Figure;

  @Field(() => Figure, { description: 'Outturn (income negative).' })
  outturn!: Figure;

  @Field(() => Figure, { description: 'Outturn − budget: positive is an overspend (or income short of budget).' })
  variance!: Figure;

  @Field(() => Figure, {
    description: 'Outturn per financial year of the period (e.g. the annual average over 2018-21).',
  })
  outturnPerYear!: Figure;

  @Field(() => Figure, {
    description: "A comparator published beside the line (e.g. other agencies' average), where there is one.",
  })
  comparator!: Figure;

  @Field(() => Figure, { description: 'Outturn − comparator.' })
  differenceFromComparator!: Figure;
}

@ObjectType({
  description: "A council's share of one of its agency's budgets under the funding agreement for a period.",
})
export class FundingShare {
  @Field(() => LocalAuthorityStub, { description: 'The council.' })
  authority!: LocalAuthorityStub;

  @Field({ description: 'The budget shared: core_running_costs, interagency_fees or support_costs.' })
  budgetLine!: string;

  @Field(() => PeriodScalar, { description: 'The years the agreement covers.' })
  period!: string;

  @Field(() => Figure, { description: "The council's share, percent." })
  percent!: Figure;
}

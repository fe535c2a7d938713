import { FINANCE_NOT_MODELLED } from '../../../seed/adoption/finance-lines.seed';

/** Finance measures of published-figures.csv: calibrated through `adoptionFinance`, or not modelled (with why). The two Adoption Support Fund values are agency work. */
export const FINANCE_MEASURES: { calibrated: string[]; notModelled: Record<string, string> } = {
  calibrated: [
    'central_hub_budget_gbp', 'central_hub_outturn_gbp', 'central_hub_variance_gbp',
    'locality_hub_budget_gbp', 'locality_hub_outturn_gbp', 'locality_hub_variance_gbp',
    'interagency_budget_gbp', 'interagency_outturn_gbp', 'interagency_variance_gbp',
    'interagency_contribution_budget_gbp', 'interagency_contribution_actual_gbp', 'interagency_contribution_additional_gbp',
    'raa_budget_gbp', 'raa_outturn_gbp', 'raa_variance_gbp', 'raa_overspend_gbp', 'reserve_balance_gbp',
    'staffing_budget_gbp', 'staffing_cost_per_adoption_gbp', 'staffing_cost_per_adoption_variance_gbp',
    'interagency_cost_gbp', 'interagency_cost_avoidance_gbp', 'interagency_cost_annual_avg_gbp', 'funding_share_pct',
  ],
  notModelled: FINANCE_NOT_MODELLED,
};

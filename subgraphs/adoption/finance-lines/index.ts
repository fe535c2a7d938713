import { AdoptionFinanceResolver, RegionFinanceResolver } from './finance.resolver';
import { FinanceLineRecord } from './finance-line.entity';
import { FundingShareRecord } from './funding-share.entity';

export { FinanceLineRecord, FundingShareRecord };

/** The agencies' finance lines (budget, outturn, variance by line, hub and council) and funding shares. */
export const financeLineEntities = [FinanceLineRecord, FundingShareRecord];
export const financeLineResolvers = [RegionFinanceResolver, AdoptionFinanceResolver];

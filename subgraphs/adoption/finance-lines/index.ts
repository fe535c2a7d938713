import { FinanceLineRecord } from './finance-line.entity';
import { FundingShareRecord } from './funding-share.entity';

export { FinanceLineRecord, FundingShareRecord };
export { ADOPTION_FINANCE } from './finance.measures';

/** The agencies' finance lines (budget, outturn, variance by line, hub and council) and funding shares. */
export const financeLineEntities = [FinanceLineRecord, FundingShareRecord];

import { codeOption } from '../measures/code-option';
import { recordCoverage } from '../measures/coverage';
import { MeasureDeclaration } from '../measures/measure';
import { PERCENT } from '../measures/statistic';
import { SERVICE } from './codes/referral.codes';
import { responsesIn, SatisfactionRow } from './data/satisfaction.queries';
import { SATISFACTION_DIMENSIONS } from './dimensions/satisfaction.dimensions';

/** Satisfaction of the people the services supported, by level of support. */
const domesticAbuseSatisfaction: MeasureDeclaration<SatisfactionRow> = {
  ...codeOption<SatisfactionRow>('service', SERVICE, 'service', 'answers about the service'),
  field: 'domesticAbuseSatisfaction',
  typeName: 'DomesticAbuseSatisfaction',
  measure: 'da_satisfaction_pct',
  description:
    'The percentage of survey answers in the period that were satisfied, by level of support ("100% of people receiving support at early intervention level, beyond immediate advice, were satisfied").',
  typeDescription:
    'Satisfaction with a commissioned domestic abuse service in a period: satisfied answers of all answers.',
  time: 'FLOW',
  statistic: PERCENT,
  smallNumbersFor: ['BOARD_MEMBER'],
  cube: (context, codes, time, grouping) => responsesIn(context.dataSource, codes, time.period!, grouping),
  dimensions: SATISFACTION_DIMENSIONS,
  coverage: recordCoverage('satisfaction', 'satisfaction_response'),
};

export const SATISFACTION_MEASURES = [domesticAbuseSatisfaction] as MeasureDeclaration[];

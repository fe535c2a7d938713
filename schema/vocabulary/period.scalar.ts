import { stringScalar } from './string-scalar';
import { PERIOD_FORMS } from './period';

/** `Period`: a span of time for flow figures (starts, approvals, timeliness). */
export const PeriodScalar = stringScalar(
  'Period',
  `A span of time for flow figures, both ends inclusive: ${PERIOD_FORMS}.`,
);

import { RecordSet } from './record-set';

/** The agencies' finance lines, calibrated to their papers. */
export function generateFinance(): RecordSet[] {
  return [];
}

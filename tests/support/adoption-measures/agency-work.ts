import { AGENCY_MEASURE_MAP, AGENCY_NOT_MODELLED } from '../../../seed/adoption/agency-work.seed';

/** The agency-work measures of published-figures.csv: calibrated through `agencyWork` / `agencyCaseload`, or not modelled (with why). */
export const AGENCY_WORK_MEASURES: { calibrated: string[]; notModelled: Record<string, string> } = {
  calibrated: Object.keys(AGENCY_MEASURE_MAP),
  notModelled: AGENCY_NOT_MODELLED,
};

import { describeCalibration } from '../support/calibration/runner';
import { adoptionJourneys } from './adoption-journeys.declarations';

/**
 * Every published adoption-journey figure of the two agencies and their councils (and England's
 * beside them), through the gateway.
 */
describeCalibration(adoptionJourneys, {
  mustInclude: [
    's22-a10-d-3y-staffs-2019-22 (352)',
    's22-a2-d-3y-staffs-2019-22 (166)',
    's22-adm-tw-2021-22 (26)',
    'rc22-ao-mbro-2021-22 (24)',
    'mb21-adm-to-placement-d-mbro-2020-21-excluding-hard-to-place (240)',
    // The agencies' own totals, added later: ATV's decisions and orders, T4C's orders, ATV's 2019-20 placements.
    'rc22-adm-atv-2020-21 (99)',
    'rc22-adm-atv-2021-22 (78)',
    'rc22-po-atv-2020-21 (78)',
    'rc22-po-atv-2021-22 (74)',
    's21-ao-t4c-2020-21 (103)',
    's22-ao-t4c-2020-21 (103)',
    't4c2021-ao-t4c-2020-21 (103)',
    'mb21-placed-atv-2019-20 (91)',
  ],
});

import { describeCalibration } from '../support/calibration/runner';
import { adoptionJourneys } from './adoption-journeys.declarations';

/** Every published adoption-journey figure of the two agencies and their councils (and England's beside them), through the gateway. */
describeCalibration(adoptionJourneys, {
  mustInclude: ['s22-a10-d-3y-staffs-2019-22 (352)', 's22-a2-d-3y-staffs-2019-22 (166)', 's22-adm-tw-2021-22 (26)', 'rc22-ao-mbro-2021-22 (24)', 'mb21-adm-to-placement-d-mbro-2020-21-excluding-hard-to-place (240)'],
});

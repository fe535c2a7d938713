import { describeCalibration } from '../support/calibration/runner';
import { childrenInCare } from './children-in-care.declarations';

/**
 * Every children-in-care and fostering figure published for the nine councils, asked through the
 * gateway, comes back exactly.
 */
describeCalibration(childrenInCare, {
  mustInclude: ['s21-cic-staffs-2021-05-31', 'mb21-cic-mbro-2020-08 ', 'rc22-cw-connected-carers-redcar-2022-03'],
});

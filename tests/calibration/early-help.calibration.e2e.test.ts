import { describeCalibration } from '../support/calibration/runner';
import { earlyHelp } from './early-help.declarations';

/**
 * Every early help figure published for the nine councils (Redcar's front door, early help and
 * edge of care, Middlesbrough's Futures for Families and assessments, Staffordshire's young
 * carers, Redcar's youth survey), asked through the gateway, comes back as published.
 */
describeCalibration(earlyHelp, {
  mustInclude: [
    'rc22-contacts-progressed-to-early-help-pct-redcar-2022-23-q1-last-4-quarters',
    'rc22-children-re-referred-redcar-2022-06-in-sibling-group-yes',
    's22-yc-pct-staffs-2021-22-q1-q3-0-10-approx',
  ],
});

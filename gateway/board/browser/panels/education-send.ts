import { Figure } from '../figures';
import { headlinePanel } from './headline-panel';

type Total = { total: Figure };

/** Education and SEND: EHC plans and SEN support at the date, 20-week timeliness in the year, the virtual school. */
export const educationSendPanel = headlinePanel({
  id: 'education-send',
  title: 'Education and SEND',
  describe: (s) =>
    `EHC plans, SEN support and the virtual school's roll at ${s.at}; EHC plans issued within 20 weeks in ${s.year}.`,
  headlines: [
    { name: 'EHC plans', field: 'ehcPlans(at: $at) { total { ...F } }', pick: (a) => (a as Total).total },
    {
      name: 'EHC plans issued within 20 weeks',
      field: 'ehcNeedsAssessments(period: $period) { issuedWithin20Weeks { total { ...F } } }',
      pick: (a) => (a as { issuedWithin20Weeks: Total }).issuedWithin20Weeks.total,
    },
    { name: 'SEN support', field: 'senSupport(at: $at) { total { ...F } }', pick: (a) => (a as Total).total },
    {
      name: 'Virtual school roll',
      field: 'virtualSchoolRoll(at: $at) { total { ...F } }',
      pick: (a) => (a as Total).total,
    },
  ],
});

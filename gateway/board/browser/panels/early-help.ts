import { Figure } from '../figures';
import { headlinePanel } from './headline-panel';

type Total = { total: Figure };

/** Early help and the front door: the year's contacts, referrals, assessments and young carers. */
export const earlyHelpPanel = headlinePanel({
  id: 'early-help',
  title: 'Early help and the front door',
  describe: (s) => `Contacts, referrals and early help in ${s.year}, and early help episodes open at ${s.at}.`,
  headlines: [
    { name: 'Contacts', field: 'contacts(period: $period) { total { ...F } }', pick: (a) => (a as Total).total },
    {
      name: 'Contacts progressed to early help',
      field: 'contacts(period: $period) { progressedToEarlyHelp { ...F } }',
      pick: (a) => (a as { progressedToEarlyHelp: Figure }).progressedToEarlyHelp,
    },
    { name: 'Referrals', field: 'referrals(period: $period) { total { ...F } }', pick: (a) => (a as Total).total },
    {
      name: 'Re-referrals within 12 months',
      field: 'referrals(period: $period) { reReferralRate { ...F } }',
      pick: (a) => (a as { reReferralRate: Figure }).reReferralRate,
    },
    {
      name: 'Early help assessments',
      field: 'earlyHelpAssessments(period: $period) { total { ...F } }',
      pick: (a) => (a as Total).total,
    },
    {
      name: 'Early help episodes open',
      field: 'earlyHelpEpisodes(at: $at) { total { ...F } }',
      pick: (a) => (a as Total).total,
    },
    {
      name: 'Young carers supported',
      field: 'youngCarersSupported(period: $period) { total { ...F } }',
      pick: (a) => (a as Total).total,
    },
  ],
});

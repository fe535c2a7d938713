import { CodeList } from '../../measures/dimension-set';

/** What came of a contact, as Redcar's front door reports it. */
export const CONTACT_OUTCOME: CodeList = {
  EARLY_HELP: 'Progressed to early help',
  REFERRAL_TO_SOCIAL_CARE: "Referred to children's social care",
  INFORMATION_AND_ADVICE: 'Information and advice given',
  NO_FURTHER_ACTION: 'No further action',
};

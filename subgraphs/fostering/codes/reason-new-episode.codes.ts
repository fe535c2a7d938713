import { CodeList } from './code-list';

/** SSDA903 reason for new episode (RNE). */
export const REASON_NEW_EPISODE: CodeList = {
  S: 'Started to be looked after',
  L: 'Change of legal status only',
  P: 'Change of placement and carer(s) only',
  T: 'Change of both legal status and placement and carer(s) at the same time',
  U: 'Change of placement but same carer(s) – change of placement type only',
  B: 'Change of legal status and change of placement type but same carer(s)',
};

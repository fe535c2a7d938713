import { CodeList } from './code-list';

/** SSDA903 category of need (CIN). */
export const CATEGORY_OF_NEED: CodeList = {
  N1: 'Abuse or neglect',
  N2: "Child's disability",
  N3: 'Parental illness or disability',
  N4: 'Family in acute stress',
  N5: 'Family dysfunction',
  N6: 'Socially unacceptable behaviour',
  N7: 'Low income',
  N8: 'Absent parenting',
};

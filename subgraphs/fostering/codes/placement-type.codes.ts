import { CodeList } from './code-list';

/** SSDA903 placement type (PL). */
export const PLACEMENT_TYPE: CodeList = {
  A3: 'Placed for adoption with parental/guardian consent with current foster carer(s)',
  A4: 'Placed for adoption with parental/guardian consent not with current foster carer(s)',
  A5: 'Placed for adoption with placement order with current foster carer(s)',
  A6: 'Placed for adoption with placement order not with current foster carer(s)',
  H5: "Semi-independent living accommodation not subject to children's homes regulations",
  K1: "Secure children's homes",
  K2: "Children's homes subject to children's homes regulations",
  P1: 'Placed with own parent(s) or other person(s) with parental responsibility',
  P2: 'Independent living, e.g. flat, lodgings, bedsit, B&B or with friends, with or without formal support',
  P3: 'Residential employment',
  R1: 'Residential care home',
  R2: 'NHS/health trust or other establishment providing medical or nursing care',
  R3: 'Family centre or mother and baby unit',
  R5: 'Young offender institution or prison',
  S1: "All residential schools, except where dual-registered as a school and children's home",
  T0: 'Temporary placement: all types of temporary move (see notes)',
  U1: 'Foster placement with relative(s) or friend(s) – long-term fostering',
  U2: 'Fostering for adoption / concurrent planning placement with relative(s) or friend(s)',
  U3: 'Foster placement with relative(s) or friend(s) – not long-term or FFA/concurrent planning',
  U4: 'Foster placement with other foster carer(s) – long-term fostering',
  U5: 'Fostering for adoption / concurrent planning placement with other foster carer(s)',
  U6: 'Foster placement with other foster carer(s) – not long-term or FFA/concurrent planning',
  Z1: 'Other placements',
};

/** Foster placements (U1–U6); U1–U3 are with relatives or friends (connected carers). */
export const FOSTER_PLACEMENTS = ['U1', 'U2', 'U3', 'U4', 'U5', 'U6'];
export const CONNECTED_FOSTER_PLACEMENTS = ['U1', 'U2', 'U3'];

import { CodeList } from './code-list';

/** SSDA903 legal status (LS). */
export const LEGAL_STATUS: CodeList = {
  C1: 'Interim care order',
  C2: 'Full care order',
  D1: 'Freeing order granted',
  E1: 'Placement order granted',
  J1: 'Remanded to local authority accommodation or to youth detention accommodation',
  J2: 'Placed in local authority accommodation under PACE',
  J3: 'Sentenced to Youth Rehabilitation Order (with residence or intensive fostering requirement)',
  L1: 'Under police protection and in local authority accommodation',
  L2: 'Emergency protection order',
  L3: 'Under child assessment order and in local authority accommodation',
  V2: 'Single period of accommodation under section 20',
  V3: 'Accommodated under an agreed series of short-term breaks, individual episodes',
  V4: 'Accommodated under an agreed series of short-term breaks, series of episodes',
};

import { CubeRow } from '../../measures/breakdown';

/**
 * A group of pupils' (or children's) SEND records sharing the attributes a figure asked for;
 * attributes not grouped by are absent. `sum` and `base` carry a percentage's parts.
 */
export interface SendRow extends CubeRow {
  dateOfBirth?: string;
  /** For flows: the day of the event (request, issue, cessation), for age at the event. */
  eventDate?: string;
  primaryNeed?: string;
  setting?: string;
  ceasedReason?: string;
  decision?: string;
  sum?: number;
}

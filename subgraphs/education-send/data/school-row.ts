import { CubeRow } from '../../measures/breakdown';

/** A group of school records (attendance, exclusions, children out of school) sharing the attributes asked for. */
export interface SchoolRow extends CubeRow {
  phase?: string;
  senStatus?: string;
  lookedAfter?: string;
  reason?: string;
  dateOfBirth?: string;
  sum?: number;
  base?: number;
}

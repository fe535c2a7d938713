import { SolverVariable } from './sum-constraint-solver';
import { AdopterSource } from './journey-targets';

/**
 * A journey while it is generated: days as day numbers (see schema/vocabulary/dates.ts), null where
 * the step never happens.
 */
export interface JourneyDraft {
  id: string;
  childId: string;
  code: string;
  kind: 'ADOPTED' | 'PENDING' | 'DISRUPTED' | 'WAITING' | 'CEASED' | 'NOTIFIED';
  /** Financial year of the adoption order (ADOPTED) and of the placement. */
  aoYear: number | null;
  placedYear: number | null;
  /** Half of the placement year (1: April-September, 2: October-March), where a paper counts by half. */
  placedHalf: 1 | 2 | null;
  /** Window the adoption order must fall in (inclusive day numbers). */
  aoWindow: [number, number] | null;
  sex: 'M' | 'F';
  ethnicity: string;
  disability: boolean;
  /** Age band at placement (or at the decision if never placed): 0-12m, 1-2y, 2-3y, 3-4y, 4-5y, 5y+. */
  ageBand: string;
  dateOfBirth: number;
  entered: number;
  notified: number | null;
  adm: number | null;
  po: number | null;
  match: number | null;
  placed: number | null;
  ao: number | null;
  ceased: number | null;
  ceasedReason: string | null;
  disrupted: number | null;
  earlyPermanence: 'NONE' | 'FFA' | 'CONCURRENT';
  /** Year of the early permanence placement (for choosing its date). */
  earlyPermanenceYear: number | null;
  fosterStart: number | null;
  byFosterCarer: boolean;
  source: AdopterSource | null;
  adopterAgency: string | null;
  adopterEthnicity: string | null;
  groupId: string | null;
  groupSize: number;
  /** Family-finding status at 31 March 2022 for children still waiting then. */
  endStatus: string | null;
  endSearch: string | null;
  statuses: { from: number; status: string; scope: string | null }[];
  /** Duration variables for the solver (placed children who are not early permanence). */
  gaps: JourneyGaps | null;
}

/**
 * The durations the solver chooses. For a child adopted by their foster carers, `h` is entering
 * care → moving in with those carers (the A10 clock) and `k` from then to the decision; for
 * everyone else `h` is entering care → decision and `k` is fixed at 0.
 */
export interface JourneyGaps {
  h: SolverVariable;
  k: SolverVariable;
  /** Decision → placement order. */
  g2: SolverVariable;
  /** Placement order → match (A2). */
  g3: SolverVariable;
  /** Match → placed. */
  g4: SolverVariable;
}

export function priority(d: JourneyDraft): boolean {
  return d.groupSize > 1 || d.ethnicity !== 'WBRI' || d.disability || d.ageBand === '5y+';
}

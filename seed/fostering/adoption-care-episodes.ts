import { fromDayNumber, toDayNumber } from '../../schema/vocabulary/dates';
import { CareEpisodeRecord } from '../../subgraphs/fostering/entities';
import { AdoptionJourneyChild } from '../shared/adoption-journey-children';
import { Random } from '../shared/random';
import { ChildDraft } from './care-timeline';

/**
 * The fostering subgraph's view of children on adoption journeys: their period of care (from the
 * day they entered care, the same day the adoption subgraph holds) and its SSDA903 episodes. The
 * fostering seed takes these children as given (from the file the adoption seed writes) and
 * simulates the rest of each council's children around them, so both subgraphs tell one story.
 */
export interface ChildInAdoption {
  child: ChildDraft;
  journey: JourneyDays;
  reasonCeased: string | null;
}

/** A journey's steps as day numbers (see schema/vocabulary/dates.ts), for arithmetic. */
interface JourneyDays {
  entered: number;
  po: number | null;
  fosterStart: number | null;
  byFosterCarer: boolean;
  placed: number | null;
  disrupted: number | null;
}

const RECORDS_FROM = '2020-04-01';
const RECORDS_TO = '2025-03-31';

const dayOrNull = (date: string | null) => (date === null ? null : toDayNumber(date));

/** How the period of care ends for a journey: the order (E11/E12), or how the plan ended. */
function careEnd(j: AdoptionJourneyChild, random: Random): { end: string | null; reason: string | null } {
  if (j.adoptionOrderDate !== null && j.adoptionOrderDate <= RECORDS_TO)
    return { end: j.adoptionOrderDate, reason: random.chance(0.8) ? 'E11' : 'E12' };
  if (j.planCeasedDate !== null && (j.planCeasedReason === 'SGO' || j.planCeasedReason === 'RETURNED_HOME')) {
    return { end: j.planCeasedDate, reason: j.planCeasedReason === 'SGO' ? 'E46' : 'E13' };
  }
  // Long-term fostering, a revoked order or any other change of plan: the child stays in care.
  return { end: null, reason: null };
}

/** The children of a council's journeys whose care reaches into the fostering records (from April 2020). */
export function childrenInAdoption(journeys: AdoptionJourneyChild[], random: Random): ChildInAdoption[] {
  const result: ChildInAdoption[] = [];
  for (const j of journeys) {
    const { end, reason } = careEnd(j, random);
    if (end !== null && end < RECORDS_FROM) continue;
    const child: ChildDraft = {
      id: j.childId,
      authorityCode: j.authorityCode,
      dateOfBirth: j.dateOfBirth,
      sex: j.sex,
      ethnicity: j.ethnicity,
      uasc: false,
      careStart: j.enteredCare,
      careEnd: end,
      agedOut: false,
    };
    const journey: JourneyDays = {
      entered: toDayNumber(j.enteredCare),
      po: dayOrNull(j.placementOrderDate),
      fosterStart: dayOrNull(j.fosterPlacementStart),
      byFosterCarer: j.adoptedByFosterCarer,
      placed: dayOrNull(j.placedDate),
      disrupted: dayOrNull(j.disruptedDate),
    };
    result.push({ child, journey, reasonCeased: reason });
  }
  return result;
}

/**
 * SSDA903 episodes for a child on an adoption journey: foster care under an interim then a full
 * care order, legal status E1 from the placement order, a move to the carers who adopt (for a
 * foster carer adoption), placed for adoption (A3 with the current foster carers, A6 with new
 * adopters, A5 without an order) until the adoption order; back to foster care after a disruption.
 */
export function adoptionCareEpisodes(c: ChildInAdoption, random: Random): CareEpisodeRecord[] {
  const j = c.journey;
  const start = j.entered;
  const end = c.child.careEnd === null ? null : toDayNumber(c.child.careEnd);
  const within = (d: number | null) => d !== null && d > start && (end === null || d < end);
  const fullOrder = j.po !== null && j.po - start > 200 ? start + 180 : null;
  const cuts = [
    ...new Set(
      [fullOrder, j.po, j.byFosterCarer ? j.fosterStart : null, j.placed, j.disrupted].filter(within) as number[],
    ),
  ].sort((a, b) => a - b);
  const bounds = [start, ...cuts];
  const legalAt = (d: number) =>
    j.po !== null && d >= j.po ? 'E1' : fullOrder !== null && d >= fullOrder ? 'C2' : 'C1';
  const placementAt = (d: number) => {
    if (j.disrupted !== null && d >= j.disrupted) return 'U6';
    if (j.placed !== null && d >= j.placed) return j.byFosterCarer ? 'A3' : j.po !== null ? 'A6' : 'A5';
    if (j.byFosterCarer && j.fosterStart !== null && d >= j.fosterStart) return 'U4';
    return random.chance(0.5) ? 'U4' : 'U6';
  };
  const episodes: CareEpisodeRecord[] = [];
  bounds.forEach((from, i) => {
    const to = i + 1 < bounds.length ? bounds[i + 1] : end;
    const legalStatus = legalAt(from);
    const placementType =
      i > 0 &&
      episodes[i - 1].placementType.startsWith('U') &&
      placementAt(from).startsWith('U') &&
      from !== j.fosterStart &&
      from !== j.disrupted
        ? episodes[i - 1].placementType
        : placementAt(from);
    const previous = episodes[i - 1];
    const reasonNewEpisode =
      i === 0
        ? 'S'
        : previous.legalStatus !== legalStatus && previous.placementType !== placementType
          ? 'T'
          : previous.legalStatus !== legalStatus
            ? 'L'
            : 'P';
    episodes.push(
      Object.assign(new CareEpisodeRecord(), {
        id: `${c.child.id}-E${i + 1}`,
        childId: c.child.id,
        authorityCode: c.child.authorityCode,
        startDate: fromDayNumber(from),
        endDate: to === null ? null : fromDayNumber(to),
        reasonNewEpisode,
        legalStatus,
        categoryOfNeed: 'N1',
        placementType,
        placementProvider: 'PR1',
        reasonCeased: to === null ? null : i + 1 < bounds.length ? 'X1' : c.reasonCeased,
        fosterHouseholdId: null,
      }),
    );
  });
  return episodes;
}

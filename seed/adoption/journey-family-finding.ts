import { Random } from '../shared/random';
import { END } from './journey-calendar';
import { JourneyDraft } from './journey-draft';

/**
 * Family-finding statuses: actively family finding from the order, linked some weeks before the
 * match (with the child's own carers for a foster carer adoption), matched and moving from the
 * match until placement; a child still waiting at 31 March 2022 is in its published status then.
 */
export function familyFindingHistory(d: JourneyDraft, random: Random): void {
  if (d.po === null) return;
  const linkedStatus = d.byFosterCarer || d.earlyPermanence !== 'NONE' ? 'LINKED_OWN_CARER_OR_SIBLINGS' : 'LINKED';
  const add = (from: number, status: string, scope: string | null = null) => d.statuses.push({ from, status, scope });
  if (d.match !== null && d.match <= d.po) {
    add(d.po, 'MATCHED_MOVING');
    return;
  }
  add(d.po, 'ACTIVELY_FAMILY_FINDING', d.endSearch ?? 'IN_REGION');
  if (d.endStatus === 'FAMILY_FINDING_STOPPED' || d.endStatus === 'AWAITING_PO_REVOCATION') {
    add(Math.max(d.po + 1, END - random.int(10, 120)), d.endStatus);
    return;
  }
  if (d.endStatus === 'ACTIVELY_FAMILY_FINDING') {
    if (d.endSearch === 'NATIONAL')
      add(Math.max(d.po + 1, END - random.int(10, 90)), 'ACTIVELY_FAMILY_FINDING', 'NATIONAL');
    if (d.match !== null) add(Math.max(END + 1, d.match - random.int(14, 45)), linkedStatus);
  } else if (d.endStatus === 'LINKED' || d.endStatus === 'LINKED_OWN_CARER_OR_SIBLINGS') {
    add(Math.max(d.po + 1, END - random.int(5, 60)), d.endStatus);
  } else if (d.match !== null) {
    add(Math.max(d.po + 1, d.match - random.int(14, 45)), linkedStatus);
  }
  if (d.match !== null && d.placed !== null && d.match < d.placed) add(d.match, 'MATCHED_MOVING');
}

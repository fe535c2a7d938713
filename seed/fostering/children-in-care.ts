import { CareEpisodeRecord, ChildRecord } from '../../subgraphs/fostering/entities';
import { ChildInCarePeriod, CHILDREN_IN_CARE_TO, formatChildrenInCare } from '../shared/children-in-care';

/**
 * Each child's periods of care (an S episode and the episodes that follow on from it, to the one
 * that ends with a real reason), in child order: what the education seed's virtual school reads.
 */
export function periodsOfCare(children: ChildRecord[], episodes: CareEpisodeRecord[]): ChildInCarePeriod[] {
  const byChild = new Map<string, CareEpisodeRecord[]>();
  for (const e of episodes) {
    const list = byChild.get(e.childId);
    if (list) list.push(e);
    else byChild.set(e.childId, [e]);
  }
  const periods: ChildInCarePeriod[] = [];
  for (const child of [...children].sort((a, b) => a.id.localeCompare(b.id))) {
    const list = (byChild.get(child.id) ?? []).sort((a, b) => a.startDate.localeCompare(b.startDate));
    let open: ChildInCarePeriod | null = null;
    for (const e of list) {
      if (e.reasonNewEpisode === 'S' || !open) {
        open = {
          childId: child.id,
          authorityCode: child.authorityCode,
          dateOfBirth: child.dateOfBirth,
          sex: child.sex as 'M' | 'F',
          started: e.startDate,
          ended: null,
        };
        periods.push(open);
      }
      open.ended = e.reasonCeased && e.reasonCeased !== 'X1' ? e.endDate : null;
    }
  }
  return periods.filter((p) => p.started <= CHILDREN_IN_CARE_TO);
}

/** The text of seed/data/children-in-care.csv for these records. */
export function childrenInCareCsv(children: ChildRecord[], episodes: CareEpisodeRecord[]): string {
  return formatChildrenInCare(periodsOfCare(children, episodes));
}

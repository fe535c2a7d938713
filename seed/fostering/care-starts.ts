import { ageInYears } from '../../schema/vocabulary/dates';
import { CARE_STARTS_FROM, CARE_STARTS_TO, CareStart, formatCareStarts } from '../shared/care-starts';
import { FosteringRecords } from './fostering.seed';

/**
 * The periods of care started by young people aged 10 to 17 in the span the early help records
 * cover, from the fostering records: what the early help seed's edge-of-care young people who came
 * into care must agree with.
 */
export function careStarts(records: FosteringRecords): CareStart[] {
  const children = new Map(records.children.map((c) => [c.id, c]));
  return records.episodes
    .filter((e) => e.reasonNewEpisode === 'S' && e.startDate >= CARE_STARTS_FROM && e.startDate <= CARE_STARTS_TO)
    .map((e) => ({ episode: e, child: children.get(e.childId)! }))
    .filter(({ episode, child }) => {
      const age = ageInYears(child.dateOfBirth, episode.startDate);
      return age >= 10 && age <= 17;
    })
    .map(({ episode, child }) => ({
      childId: child.id,
      authorityCode: child.authorityCode,
      dateOfBirth: child.dateOfBirth,
      startDate: episode.startDate,
    }))
    .sort(
      (a, b) =>
        a.authorityCode.localeCompare(b.authorityCode) ||
        a.startDate.localeCompare(b.startDate) ||
        a.childId.localeCompare(b.childId),
    );
}

export const careStartsCsv = (records: FosteringRecords) => formatCareStarts(careStarts(records));

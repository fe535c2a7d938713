import { addDays } from '../../schema/vocabulary/dates';
import { EducationEpisodeRecord, PupilRecord } from '../../subgraphs/education-send/entities';
import { Random } from '../shared/random';
import { dayIn, SPANS } from './education-calendar';

/**
 * Children out of school at the register scale: electively home educated (about 1.1% of the
 * roll at a time, rising over the years as the papers say) and missing education (about 0.25%),
 * each with their SEN status when it began. Plausible values: no council published these counts.
 */
export function generateOutOfSchool(
  gss: string,
  roll: number,
  random: Random,
): { pupils: PupilRecord[]; episodes: EducationEpisodeRecord[] } {
  const pupils: PupilRecord[] = [];
  const episodes: EducationEpisodeRecord[] = [];
  const kinds = [
    { kind: 'EHE', share: 0.011, sen: { NONE: 78, SEN_SUPPORT: 17, EHC_PLAN: 5 }, days: [120, 1500] },
    { kind: 'CME', share: 0.0025, sen: { NONE: 68, SEN_SUPPORT: 22, EHC_PLAN: 10 }, days: [20, 200] },
  ];
  let no = 0;
  for (const { kind, share, sen, days } of kinds) {
    const meanDays = (days[0] + days[1]) / 2;
    const span = 3 * 365;
    // Enough episodes that the number open at a time is about `share` of the roll.
    const count = Math.round((roll * share * (span + meanDays)) / meanDays);
    for (let i = 0; i < count; i += 1) {
      no += 1;
      const pupilId = `${gss}-H${String(no).padStart(6, '0')}`;
      // More start later: elective home education rose every year after 2020.
      const startOn = dayIn(
        addDays(SPANS.SCHOOL_CENSUS.from, -meanDays),
        SPANS.SCHOOL_CENSUS.to,
        Math.sqrt(random.next()),
      );
      const endOn = addDays(startOn, random.int(days[0], days[1]));
      pupils.push(
        Object.assign(new PupilRecord(), {
          id: pupilId,
          authorityCode: gss,
          dateOfBirth: `${random.int(2005, 2016)}-${String(random.int(1, 12)).padStart(2, '0')}-01`,
          sex: random.chance(0.5) ? 'M' : 'F',
          childId: null,
        }),
      );
      episodes.push(
        Object.assign(new EducationEpisodeRecord(), {
          id: `${pupilId}-${kind}`,
          pupilId,
          authorityCode: gss,
          kind,
          startOn,
          endOn: endOn > SPANS.SCHOOL_CENSUS.to ? null : endOn,
          senStatus: random.weighted(sen),
        }),
      );
    }
  }
  return { pupils, episodes };
}

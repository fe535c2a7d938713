import { fromDayNumber } from '../../schema/vocabulary/dates';
import { AdoptionJourneyRecord, AuthorityCoverageRecord, JourneyStatusRecord } from '../../subgraphs/adoption/entities';
import { JourneyDraft } from './journey-draft';
import { generateJourneyDrafts } from './journey-generator';
import { JOURNEY_RECORDS } from './journey-plan';
import { RecordSet } from '../shared/record-set';

const date = (day: number | null) => (day === null ? null : fromDayNumber(day));

export function journeyRecord(d: JourneyDraft): AdoptionJourneyRecord {
  return Object.assign(new AdoptionJourneyRecord(), {
    id: d.id,
    childId: d.childId,
    authorityCode: d.code,
    dateOfBirth: fromDayNumber(d.dateOfBirth),
    sex: d.sex,
    ethnicity: d.ethnicity,
    disability: d.disability,
    enteredCare: fromDayNumber(d.entered),
    earlyNotification: date(d.notified),
    decisionDate: date(d.adm),
    placementOrderDate: date(d.po),
    matchDate: date(d.match),
    placedDate: date(d.placed),
    adoptionOrderDate: date(d.ao),
    planCeasedDate: date(d.ceased),
    planCeasedReason: d.ceasedReason,
    earlyPermanence: d.earlyPermanence,
    fosterPlacementStart: date(d.fosterStart),
    adoptedByFosterCarer: d.byFosterCarer,
    adopterSource: d.placed === null ? null : d.source,
    adopterAgencyCode: d.placed === null ? null : d.adopterAgency,
    adopterEthnicity: d.placed === null ? null : d.adopterEthnicity,
    siblingGroupId: d.groupId,
    siblingGroupSize: d.groupSize,
    disruptedDate: date(d.disrupted),
  });
}

/**
 * Adoption journeys for the nine pilot councils (the papers' councils), whatever the scope: no
 * paper publishes other councils' adoption figures, so the national data set adds none.
 */
export function generateJourneys(drafts: JourneyDraft[] = generateJourneyDrafts()): RecordSet[] {
  const statuses = drafts.flatMap((d) =>
    d.statuses.map((s, i) =>
      Object.assign(new JourneyStatusRecord(), {
        id: `${d.id}-S${i + 1}`,
        journeyId: d.id,
        authorityCode: d.code,
        statusFrom: fromDayNumber(s.from),
        status: s.status,
        searchScope: s.scope,
      }),
    ),
  );
  const coverage = [...new Set(drafts.map((d) => d.code))].map((authorityCode) =>
    Object.assign(new AuthorityCoverageRecord(), {
      authorityCode,
      recordsFrom: JOURNEY_RECORDS.from,
      recordsTo: JOURNEY_RECORDS.to,
    }),
  );
  return [
    [AdoptionJourneyRecord, drafts.map(journeyRecord)],
    [JourneyStatusRecord, statuses],
    [AuthorityCoverageRecord, coverage],
  ];
}

import { fromDayNumber } from '../../schema/vocabulary/dates';
import { AdoptionJourneyChild, formatAdoptionJourneyChildren } from '../shared/adoption-journey-children';
import { JourneyDraft } from './journey-draft';

const date = (day: number | null) => (day === null ? null : fromDayNumber(day));

/** What the fostering seed needs of a child on an adoption journey (see seed/shared/adoption-journey-children.ts). */
function journeyChild(d: JourneyDraft): AdoptionJourneyChild {
  return {
    childId: d.childId,
    authorityCode: d.code,
    dateOfBirth: fromDayNumber(d.dateOfBirth),
    sex: d.sex,
    ethnicity: d.ethnicity,
    enteredCare: fromDayNumber(d.entered),
    placementOrderDate: date(d.po),
    fosterPlacementStart: date(d.fosterStart),
    adoptedByFosterCarer: d.byFosterCarer,
    placedDate: date(d.placed),
    disruptedDate: date(d.disrupted),
    adoptionOrderDate: date(d.ao),
    planCeasedDate: date(d.ceased),
    planCeasedReason: d.ceasedReason,
  };
}

/** The text of seed/data/adoption-journey-children.csv for these journeys. */
export function journeyChildrenCsv(drafts: JourneyDraft[]): string {
  return formatAdoptionJourneyChildren(drafts.map(journeyChild));
}

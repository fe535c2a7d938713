import { ageInYears } from '../../../schema/vocabulary/dates';

/** A journey as the figures read it (dates as YYYY-MM-DD strings, null where the step has not happened). */
export interface JourneyRow {
  id: string;
  childId: string;
  authorityCode: string;
  dateOfBirth: string;
  sex: string;
  ethnicity: string;
  disability: boolean;
  enteredCare: string;
  earlyNotification: string | null;
  decisionDate: string | null;
  placementOrderDate: string | null;
  matchDate: string | null;
  placedDate: string | null;
  adoptionOrderDate: string | null;
  planCeasedDate: string | null;
  planCeasedReason: string | null;
  earlyPermanence: string;
  fosterPlacementStart: string | null;
  adoptedByFosterCarer: boolean;
  adopterSource: string | null;
  adopterAgencyCode: string | null;
  adopterEthnicity: string | null;
  siblingGroupId: string | null;
  siblingGroupSize: number;
  disruptedDate: string | null;
}

export interface JourneyStatusRow {
  journeyId: string;
  authorityCode: string;
  statusFrom: string;
  status: string;
  searchScope: string | null;
}

/**
 * The characteristics that make a child a "priority" (harder to place) child in the boards'
 * reports: placed as part of a sibling group, not white British, aged 5 or over when placed (or,
 * not yet placed, at the decision), disabled.
 */
export enum Characteristic {
  SIBLING_GROUP = 'SIBLING_GROUP',
  NOT_WHITE_BRITISH = 'NOT_WHITE_BRITISH',
  AGED_5_PLUS = 'AGED_5_PLUS',
  DISABILITY = 'DISABILITY',
}

/** The day the child's age is taken for "aged 5 plus" and age bands: placement, else decision, else entering care. */
export function ageReferenceDate(row: JourneyRow): string {
  return row.placedDate ?? row.decisionDate ?? row.enteredCare;
}

export function hasCharacteristic(row: JourneyRow, characteristic: Characteristic): boolean {
  switch (characteristic) {
    case Characteristic.SIBLING_GROUP:
      return row.siblingGroupSize > 1;
    case Characteristic.NOT_WHITE_BRITISH:
      return row.ethnicity !== 'WBRI';
    case Characteristic.AGED_5_PLUS:
      return ageInYears(row.dateOfBirth, ageReferenceDate(row)) >= 5;
    case Characteristic.DISABILITY:
      return row.disability;
  }
}

export function isPriority(row: JourneyRow): boolean {
  return Object.values(Characteristic).some((c) => hasCharacteristic(row, c));
}

/** Which children a figure is about: without any of `excluding`, and (if given) with at least one of `onlyWith`. */
export interface CharacteristicFilter {
  excluding: Characteristic[];
  onlyWith: Characteristic[];
}

export function passesFilter(row: JourneyRow, filter: CharacteristicFilter): boolean {
  if (filter.excluding.some((c) => hasCharacteristic(row, c))) return false;
  return filter.onlyWith.length === 0 || filter.onlyWith.some((c) => hasCharacteristic(row, c));
}

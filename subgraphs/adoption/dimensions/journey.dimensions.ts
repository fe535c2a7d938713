import { registerEnumType } from 'type-graphql';
import { CubeRow, Dimension } from '../../measures/breakdown';
import { toDayNumber } from '../../../schema/vocabulary/dates';
import { DimensionSet } from '../../measures/measure';
import { EVENT_MEASURE, JourneyEvent, eventDate } from '../data/journey-event';
import { ageReferenceDate, JourneyRow } from '../data/journey-row';

/** A journey as a cube row of one child, so the shared breakdown and cross-tab code folds it. */
export type JourneyCubeRow = JourneyRow & CubeRow;

export enum JourneyDimension {
  ADOPTER_SOURCE = 'ADOPTER_SOURCE',
  AGE_AT_PLACEMENT = 'AGE_AT_PLACEMENT',
  SEX = 'SEX',
  ETHNICITY = 'ETHNICITY',
  ADOPTER_ETHNICITY = 'ADOPTER_ETHNICITY',
  SIBLING_GROUP_SIZE = 'SIBLING_GROUP_SIZE',
  EARLY_PERMANENCE = 'EARLY_PERMANENCE',
  ADOPTED_BY_FOSTER_CARER = 'ADOPTED_BY_FOSTER_CARER',
  PLAN_CEASED_REASON = 'PLAN_CEASED_REASON',
  QUARTER = 'QUARTER',
}

registerEnumType(JourneyDimension, {
  name: 'JourneyDimension',
  description: 'A way to split a count of children on adoption journeys.',
  valuesConfig: {
    ADOPTER_SOURCE: {
      description:
        'Who approved the adopters: OWN (the council or its regional adoption agency), OTHER_RAA (another agency or council), VAA (a voluntary adoption agency); NOT_PLACED before placement.',
    },
    AGE_AT_PLACEMENT: {
      description:
        "Age when placed for adoption in the boards' bands: 0-12m, 1-2y, 2-3y, 3-4y, 4-5y, 5y+ (not yet placed: age at the decision).",
    },
    SEX: { description: 'M or F.' },
    ETHNICITY: { description: 'WHITE_BRITISH or MINORITY_ETHNIC.' },
    ADOPTER_ETHNICITY: {
      description:
        'For minority ethnic children: SIMILAR_OR_SAME ethnicity adopters or WHITE_BRITISH adopters; NOT_APPLICABLE otherwise.',
    },
    SIBLING_GROUP_SIZE: { description: 'Size of the sibling group placed together: 1, 2 or 3+.' },
    EARLY_PERMANENCE: { description: 'FFA (fostering for adoption), CONCURRENT (concurrent planning) or NONE.' },
    ADOPTED_BY_FOSTER_CARER: {
      description:
        'FOSTER_CARER when the adopters fostered the child first (their own foster carers or early permanence carers), else OTHER.',
    },
    PLAN_CEASED_REASON: {
      description:
        'Why an adoption plan ended: SGO, RETURNED_HOME, LONG_TERM_FOSTERING, PO_REVOKED, OTHER; NOT_CEASED otherwise.',
    },
    QUARTER: { description: 'Financial quarter of the counted event: Q1 (April to June) .. Q4 (January to March).' },
  },
});

const list = (entries: [string, string][]) => () => entries.map(([key, label]) => ({ key, label }));

/** Completed months between two dates. */
function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number);
  const [ty, tm, td] = to.split('-').map(Number);
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}

export const AGE_AT_PLACEMENT_BANDS: [string, string][] = [
  ['0-12m', 'Under 12 months'],
  ['1-2y', '1 year'],
  ['2-3y', '2 years'],
  ['3-4y', '3 years'],
  ['4-5y', '4 years'],
  ['5y+', '5 years and over'],
];

export function ageAtPlacementBand(row: JourneyRow): string {
  const months = monthsBetween(row.dateOfBirth, ageReferenceDate(row));
  if (months < 12) return '0-12m';
  const years = Math.floor(months / 12);
  return years >= 5 ? '5y+' : `${years}-${years + 1}y`;
}

function quarterOf(date: string | null): string {
  if (!date) return 'NONE';
  const month = Number(date.slice(5, 7));
  return `Q${Math.floor(((month + 8) % 12) / 3) + 1}`;
}

/** The dimension to split by; QUARTER reads the date of the event being counted. */
export function journeyDimension(dimension: JourneyDimension, event: JourneyEvent): Dimension<JourneyCubeRow> {
  const attributes: string[] = [];
  switch (dimension) {
    case JourneyDimension.ADOPTER_SOURCE:
      return {
        column: 'adopter_source',
        attributes,
        keys: list([
          ['OWN', 'Own council or regional adoption agency'],
          ['OTHER_RAA', 'Another agency or council'],
          ['VAA', 'Voluntary adoption agency'],
          ['NOT_PLACED', 'Not placed'],
        ]),
        keyOf: (r) => r.adopterSource ?? 'NOT_PLACED',
      };
    case JourneyDimension.AGE_AT_PLACEMENT:
      return { column: 'age_band', attributes, keys: list(AGE_AT_PLACEMENT_BANDS), keyOf: ageAtPlacementBand };
    case JourneyDimension.SEX:
      return {
        column: 'sex',
        attributes,
        keys: list([
          ['M', 'Male'],
          ['F', 'Female'],
        ]),
        keyOf: (r) => r.sex,
      };
    case JourneyDimension.ETHNICITY:
      return {
        column: 'ethnicity',
        attributes,
        keys: list([
          ['WHITE_BRITISH', 'White British'],
          ['MINORITY_ETHNIC', 'Minority ethnic background'],
        ]),
        keyOf: (r) => (r.ethnicity === 'WBRI' ? 'WHITE_BRITISH' : 'MINORITY_ETHNIC'),
      };
    case JourneyDimension.ADOPTER_ETHNICITY:
      return {
        column: 'adopter_ethnicity',
        attributes,
        keys: list([
          ['SIMILAR_OR_SAME', 'Adopters of a similar or the same ethnicity'],
          ['WHITE_BRITISH', 'White British adopters'],
          ['NOT_APPLICABLE', 'White British child or not placed'],
        ]),
        keyOf: (r) => (r.ethnicity === 'WBRI' || !r.adopterEthnicity ? 'NOT_APPLICABLE' : r.adopterEthnicity),
      };
    case JourneyDimension.SIBLING_GROUP_SIZE:
      return {
        column: 'sibling_group_size',
        attributes,
        keys: list([
          ['1', 'Placed alone'],
          ['2', 'Two siblings'],
          ['3+', 'Three or more siblings'],
        ]),
        keyOf: (r) => (r.siblingGroupSize >= 3 ? '3+' : String(r.siblingGroupSize)),
      };
    case JourneyDimension.EARLY_PERMANENCE:
      return {
        column: 'early_permanence',
        attributes,
        keys: list([
          ['FFA', 'Fostering for adoption'],
          ['CONCURRENT', 'Concurrent planning'],
          ['NONE', 'No early permanence'],
        ]),
        keyOf: (r) => r.earlyPermanence,
      };
    case JourneyDimension.ADOPTED_BY_FOSTER_CARER:
      return {
        column: 'adopted_by_foster_carer',
        attributes,
        keys: list([
          ['FOSTER_CARER', 'By carers who fostered the child first'],
          ['OTHER', 'By other adopters'],
        ]),
        keyOf: (r) => (r.adoptedByFosterCarer ? 'FOSTER_CARER' : 'OTHER'),
      };
    case JourneyDimension.PLAN_CEASED_REASON:
      return {
        column: 'plan_ceased_reason',
        attributes,
        keys: list([
          ['SGO', 'Special guardianship order'],
          ['RETURNED_HOME', 'Returned home'],
          ['LONG_TERM_FOSTERING', 'Long-term fostering'],
          ['PO_REVOKED', 'Placement order revoked'],
          ['OTHER', 'Other'],
          ['NOT_CEASED', 'Plan not ceased'],
        ]),
        keyOf: (r) => r.planCeasedReason ?? 'NOT_CEASED',
      };
    case JourneyDimension.QUARTER:
      return {
        column: 'quarter',
        attributes,
        keys: list([
          ['Q1', 'April to June'],
          ['Q2', 'July to September'],
          ['Q3', 'October to December'],
          ['Q4', 'January to March'],
        ]),
        keyOf: (r) => quarterOf(eventDate(r, event)),
      };
  }
}

const EVENT_OF_MEASURE = new Map(
  Object.entries(EVENT_MEASURE).map(([event, measure]) => [measure, event as JourneyEvent]),
);

/** The ways every count of children on adoption journeys can be split (QUARTER reads the date of the step counted). */
export const JOURNEY_DIMENSIONS: DimensionSet<JourneyCubeRow> = {
  enumType: JourneyDimension,
  rowTypeName: 'JourneyFigureRow',
  columns: Object.fromEntries(
    Object.values(JourneyDimension).map((d) => [
      d,
      d === JourneyDimension.AGE_AT_PLACEMENT ? 'age_band' : d.toLowerCase(),
    ]),
  ),
  dimension: (by, { measure }) => journeyDimension(by as JourneyDimension, EVENT_OF_MEASURE.get(measure)!),
};

/** Days from one date to another. */
export function daysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}

import { registerEnumType } from 'type-graphql';
import { Dimension } from '../../measures/breakdown';
import { DimensionSet } from '../../measures/measure';
import { HouseholdRow } from '../data/foster-household.queries';

export const HOUSEHOLD_TYPE: Record<string, string> = {
  MAINSTREAM: 'Mainstream foster carers (unrelated children)',
  CONNECTED: 'Connected persons (family and friends) foster carers',
  SHORT_BREAK: 'Short-break foster carers',
};

export const DEREGISTRATION_REASON: Record<string, string> = {
  RESIGNED: 'Carers resigned',
  RETIRED: 'Carers retired',
  SGO_OR_ADOPTION: 'Carers took a special guardianship or adoption order for the child',
  TERMINATED: 'Approval terminated by the council',
};

export enum HouseholdDimension {
  HOUSEHOLD_TYPE = 'HOUSEHOLD_TYPE',
  DEREGISTRATION_REASON = 'DEREGISTRATION_REASON',
}

registerEnumType(HouseholdDimension, {
  name: 'HouseholdDimension',
  description: 'A way to split a count of foster households.',
  valuesConfig: {
    HOUSEHOLD_TYPE: { description: 'MAINSTREAM, CONNECTED or SHORT_BREAK.' },
    DEREGISTRATION_REASON: {
      description: 'RESIGNED, RETIRED, SGO_OR_ADOPTION or TERMINATED. Only for de-registrations.',
    },
  },
});

/** The ways every count of foster households (or of children placed with them) can be split. */
export const HOUSEHOLD_DIMENSIONS: DimensionSet<HouseholdRow> = {
  enumType: HouseholdDimension,
  rowTypeName: 'HouseholdFigureRow',
  columns: { HOUSEHOLD_TYPE: 'household_type', DEREGISTRATION_REASON: 'deregistration_reason' },
  dimension: (by) => householdDimension(by as HouseholdDimension),
};

export function householdDimension(dimension: HouseholdDimension): Dimension<HouseholdRow> {
  if (dimension === HouseholdDimension.DEREGISTRATION_REASON) {
    return {
      column: 'deregistration_reason',
      attributes: ['reason'],
      keys: () => Object.entries(DEREGISTRATION_REASON).map(([key, label]) => ({ key, label })),
      keyOf: (row) => row.reason ?? 'NOT_RECORDED',
    };
  }
  return {
    column: 'household_type',
    attributes: ['householdType'],
    keys: () => Object.entries(HOUSEHOLD_TYPE).map(([key, label]) => ({ key, label })),
    keyOf: (row) => row.householdType!,
  };
}

import { registerEnumType } from 'type-graphql';
import { AgeBand, bandOf, parseAgeBands } from '../../../schema/vocabulary/age-bands';
import { DimensionSet } from '../../measures/measure';
import { Dimension } from '../../measures/breakdown';
import { ageInYears } from '../../../schema/vocabulary/dates';
import { CATEGORY_OF_NEED } from '../codes/category-of-need.codes';
import { CodeList } from '../codes/code-list';
import { ETHNICITY_GROUP, ethnicityGroupOf } from '../codes/ethnicity.codes';
import { LEGAL_STATUS } from '../codes/legal-status.codes';
import { PLACEMENT_PROVIDER } from '../codes/placement-provider.codes';
import { PLACEMENT_TYPE } from '../codes/placement-type.codes';
import { REASON_CEASED } from '../codes/reason-ceased.codes';
import { CareAttribute, CareRow } from '../data/care-cube.queries';
import { HOUSEHOLD_TYPE } from './household.dimensions';

export enum CareDimension {
  AGE_BAND = 'AGE_BAND',
  SEX = 'SEX',
  ETHNICITY_GROUP = 'ETHNICITY_GROUP',
  UASC = 'UASC',
  LEGAL_STATUS = 'LEGAL_STATUS',
  PLACEMENT_TYPE = 'PLACEMENT_TYPE',
  PLACEMENT_PROVIDER = 'PLACEMENT_PROVIDER',
  CATEGORY_OF_NEED = 'CATEGORY_OF_NEED',
  CARER_TYPE = 'CARER_TYPE',
  REASON_CEASED = 'REASON_CEASED',
}

export const AGE_BANDS_DESCRIPTION =
  'Age bands for AGE_BAND, e.g. ["0-5", "6-15", "16+"]: contiguous from 0, each "under 1", "A-B", "A" or "A+"; default DfE\'s ["under 1", "1-4", "5-9", "10-15", "16+"].';

registerEnumType(CareDimension, {
  name: 'CareDimension',
  description: 'A way to split a count of children in care (or starting or ceasing care).',
  valuesConfig: {
    AGE_BAND: {
      description:
        'Age in completed years at the date (or at the event, for flows), in the bands asked for by `ageBands` (DfE standard by default).',
    },
    SEX: { description: 'SSDA903 sex: M, F.' },
    ETHNICITY_GROUP: { description: 'DfE ethnicity group: WHITE, MIXED, ASIAN, BLACK, OTHER, NOT_KNOWN.' },
    UASC: { description: 'Unaccompanied asylum-seeking child: UASC or NOT_UASC.' },
    LEGAL_STATUS: { description: 'SSDA903 legal status (C1, C2, E1, V2, …).' },
    PLACEMENT_TYPE: { description: "SSDA903 placement type (U1–U6 foster, K2 children's home, P1 with parents, …)." },
    PLACEMENT_PROVIDER: { description: 'SSDA903 placement provider (PR0–PR5).' },
    CATEGORY_OF_NEED: { description: 'SSDA903 category of need (N1–N8).' },
    CARER_TYPE: {
      description:
        "Type of the council's own foster household the child lives with: MAINSTREAM, CONNECTED, SHORT_BREAK, or NONE (any other placement).",
    },
    REASON_CEASED: { description: 'SSDA903 reason care ceased (E11, E12, E4A, …). Only for children ceasing care.' },
  },
});

function codeListDimension(
  column: string,
  list: CodeList,
  attribute: CareAttribute,
  keyOf: (row: CareRow) => string,
): Dimension<CareRow> {
  return {
    column,
    attributes: [attribute],
    keys: () => Object.entries(list).map(([key, label]) => ({ key, label })),
    keyOf,
  };
}

/**
 * The dimension implementation for a request. `at` is the snapshot date (flows use each row's
 * event date instead), so that age is computed when it matters.
 */
export function careDimension(
  dimension: CareDimension,
  options: { ageBands: AgeBand[]; at?: string },
): Dimension<CareRow> {
  switch (dimension) {
    case CareDimension.AGE_BAND:
      return {
        column: 'age_band',
        // Snapshots: age at the date; flows: age at each child's event.
        attributes: options.at ? ['dateOfBirth'] : ['dateOfBirth', 'eventDate'],
        keys: () =>
          options.ageBands.map((b) => ({
            key: b.label,
            label:
              b.to === undefined
                ? `aged ${b.from} and over`
                : b.label === 'under 1'
                  ? 'under 1'
                  : `aged ${b.from} to ${b.to}`,
          })),
        keyOf: (row) => bandOf(options.ageBands, ageInYears(row.dateOfBirth!, options.at ?? row.eventDate!)).label,
      };
    case CareDimension.SEX:
      return codeListDimension('sex', { M: 'Male', F: 'Female' }, 'sex', (row) => row.sex!);
    case CareDimension.ETHNICITY_GROUP:
      return codeListDimension('ethnicity_group', ETHNICITY_GROUP, 'ethnicity', (row) =>
        ethnicityGroupOf(row.ethnicity!),
      );
    case CareDimension.UASC:
      return codeListDimension(
        'uasc',
        { UASC: 'Unaccompanied asylum-seeking child', NOT_UASC: 'Not an unaccompanied asylum-seeking child' },
        'uasc',
        (row) => (row.uasc ? 'UASC' : 'NOT_UASC'),
      );
    case CareDimension.LEGAL_STATUS:
      return codeListDimension('legal_status', LEGAL_STATUS, 'legalStatus', (row) => row.legalStatus!);
    case CareDimension.PLACEMENT_TYPE:
      return codeListDimension('placement_type', PLACEMENT_TYPE, 'placementType', (row) => row.placementType!);
    case CareDimension.PLACEMENT_PROVIDER:
      return codeListDimension(
        'placement_provider',
        PLACEMENT_PROVIDER,
        'placementProvider',
        (row) => row.placementProvider!,
      );
    case CareDimension.CATEGORY_OF_NEED:
      return codeListDimension('category_of_need', CATEGORY_OF_NEED, 'categoryOfNeed', (row) => row.categoryOfNeed!);
    case CareDimension.CARER_TYPE:
      return codeListDimension(
        'carer_type',
        { ...HOUSEHOLD_TYPE, NONE: "Not placed with the council's own foster carers" },
        'carerType',
        (row) => row.carerType ?? 'NONE',
      );
    case CareDimension.REASON_CEASED:
      return codeListDimension(
        'reason_ceased',
        REASONS_CARE_ENDED,
        'reasonCeased',
        (row) => row.reasonCeased ?? 'NONE',
      );
  }
}

/** Every SSDA903 reason but X1, which only joins one episode to the next within a period of care. */
const REASONS_CARE_ENDED = Object.fromEntries(Object.entries(REASON_CEASED).filter(([code]) => code !== 'X1'));

/** The ways every count of children in care (or starting or ceasing care) can be split. */
export const CARE_DIMENSIONS: DimensionSet<CareRow> = {
  enumType: CareDimension,
  rowTypeName: 'CareFigureRow',
  columns: Object.fromEntries(Object.values(CareDimension).map((d) => [d, d.toLowerCase()])),
  arguments: [
    { name: 'ageBands', type: () => [String], options: { nullable: true, description: AGE_BANDS_DESCRIPTION } },
  ],
  dimension: (by, { time, args }) =>
    careDimension(by as CareDimension, {
      ageBands: parseAgeBands('ageBands', args.ageBands as string[] | null | undefined),
      at: time.date ?? undefined,
    }),
};

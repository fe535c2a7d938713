import { dimensionSet, YES_NO } from '../../measures/dimension-set';
import { NO_DISTRICT } from '../../measures/district-figures';
import { DISTRICT } from '../codes/area.codes';
import { REFERRAL_SOURCE } from '../codes/referral.codes';
import { ACCOMMODATION_TYPE } from '../codes/shape.codes';
import { MaracCaseRow } from '../data/marac-cases.queries';
import { SafeAccommodationRow } from '../data/safe-accommodation.queries';

/** The ways to split MARAC cases. */
export const MARAC_DIMENSIONS = dimensionSet<MaracCaseRow>({
  enumName: 'MaracCaseDimension',
  description: 'A way to split cases heard at multi-agency risk assessment conferences.',
  rowTypeName: 'MaracCaseFigureRow',
  dimensions: {
    REPEAT: {
      description: 'YES for a repeat case (heard before within 12 months).',
      codes: YES_NO,
      attribute: 'isRepeat',
    },
    SOURCE: { description: 'Who referred the case.', codes: REFERRAL_SOURCE, attribute: 'source' },
    DISTRICT: {
      description: 'The district of residence (GSS code); NONE for a unitary council.',
      codes: DISTRICT,
      attribute: 'districtCode',
      keyOf: (row) => row.districtCode ?? NO_DISTRICT,
    },
  },
});

/** The ways to split safe-accommodation support. */
export const SAFE_ACCOMMODATION_DIMENSIONS = dimensionSet<SafeAccommodationRow>({
  enumName: 'SafeAccommodationDimension',
  description: 'A way to split households in safe accommodation (the Part 4 return).',
  rowTypeName: 'SafeAccommodationFigureRow',
  dimensions: {
    ACCOMMODATION_TYPE: {
      description: 'The kind of safe accommodation.',
      codes: ACCOMMODATION_TYPE,
      attribute: 'accommodationType',
    },
    DECLINED_FOR_CAPACITY: {
      description: 'YES for a household turned away for want of space.',
      codes: YES_NO,
      attribute: 'declinedForCapacity',
    },
  },
});

import { dimensionSet } from '../../measures/dimension-set';
import { SERVICE, SUPPORT_LEVEL } from '../codes/referral.codes';
import { SatisfactionRow } from '../data/satisfaction.queries';

const { NONE: _none, ...LEVELS } = SUPPORT_LEVEL;

/** The ways to split satisfaction survey answers. */
export const SATISFACTION_DIMENSIONS = dimensionSet<SatisfactionRow>({
  enumName: 'DomesticAbuseSatisfactionDimension',
  description: 'A way to split answers to a domestic abuse service satisfaction survey.',
  rowTypeName: 'DomesticAbuseSatisfactionFigureRow',
  dimensions: {
    SERVICE: { description: 'The service the person received.', codes: SERVICE, attribute: 'service' },
    SUPPORT_LEVEL: { description: 'The level of support received.', codes: LEVELS, attribute: 'supportLevel' },
  },
});

import { dimensionSet } from '../../measures/dimension-set';
import { FUNDER } from '../codes/funder.codes';
import { ContractRow } from '../data/contracts.queries';

/** The ways to split funders' contributions to commissioned contracts. */
export const FUNDING_DIMENSIONS = dimensionSet<ContractRow>({
  enumName: 'ContractFundingDimension',
  description: "A way to split the funders' contributions to commissioned contracts.",
  rowTypeName: 'ContractFundingFigureRow',
  dimensions: {
    FUNDER: { description: 'Who pays.', codes: FUNDER, attribute: 'funder' },
  },
});

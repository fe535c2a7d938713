import { registerEnumType } from 'type-graphql';
import { Characteristic } from '../data/journey-row';

export { Characteristic };

registerEnumType(Characteristic, {
  name: 'Characteristic',
  description:
    'A characteristic that makes a child a priority ("hard to place") child in the boards\' reports; filters and splits adoption figures.',
  valuesConfig: {
    SIBLING_GROUP: { description: 'Placed (or to be placed) with brothers or sisters.' },
    NOT_WHITE_BRITISH: { description: 'Ethnicity other than white British.' },
    AGED_5_PLUS: { description: 'Aged 5 or over when placed for adoption (not yet placed: at the decision).' },
    DISABILITY: { description: 'Has a disability.' },
  },
});

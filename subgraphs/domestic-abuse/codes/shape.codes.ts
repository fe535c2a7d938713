import { CodeList } from '../../measures/dimension-set';

/** The kinds of safe accommodation of the Domestic Abuse Act 2021 Part 4 return. */
export const ACCOMMODATION_TYPE: CodeList = {
  REFUGE: 'Refuge accommodation',
  SPECIALIST: 'Specialist safe accommodation',
  DISPERSED: 'Dispersed accommodation',
  SANCTUARY_SCHEME: 'Sanctuary scheme',
  MOVE_ON: 'Second stage (move-on) accommodation',
  OTHER_EMERGENCY: 'Other domestic abuse emergency accommodation',
};

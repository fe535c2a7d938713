import { OptionArgument } from './measure';

/** The `ageBands` argument of any dimension set with an AGE_BAND dimension. */
export const AGE_BANDS_ARGUMENT: OptionArgument = {
  name: 'ageBands',
  type: () => [String],
  options: {
    nullable: true,
    description:
      'Age bands for AGE_BAND, e.g. ["0-5", "6-15", "16+"]: contiguous from 0, each "under 1", "A-B", "A" or "A+"; default DfE\'s ["under 1", "1-4", "5-9", "10-15", "16+"].',
  },
};

/** The `hoursBands` argument of a dimension set with an HOURS_BAND dimension. */
export const HOURS_BANDS_ARGUMENT: OptionArgument = {
  name: 'hoursBands',
  type: () => [String],
  options: {
    nullable: true,
    description:
      'Bands of hours of care a week for HOURS_BAND: contiguous from 0, each "A-B", "A" or "A+"; default the Staffordshire report\'s ["0-10", "11-30", "31+"]; the 2021 Census uses ["0-9", "10-19", "20-34", "35-49", "50+"].',
  },
};

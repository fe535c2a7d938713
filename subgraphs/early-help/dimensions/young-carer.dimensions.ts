import { parseAgeBands } from '../../../schema/vocabulary/age-bands';
import { parseHoursBands } from '../../../schema/vocabulary/hours-bands';
import { AGE_BANDS_ARGUMENT, HOURS_BANDS_ARGUMENT } from '../../measures/band-arguments';
import { ageBandDimension, dimensionSet, numberBandDimension, YES_NO } from '../../measures/dimension-set';
import { DISTRICT } from '../codes/district.codes';
import { CARE_TYPE, CARED_FOR_NEED, CARER_ASSESSMENT_OUTCOME } from '../codes/young-carer.codes';
import { YoungCarerRow } from '../data/young-carers.queries';

/** The ways to split young carers. */
export const YOUNG_CARER_DIMENSIONS = dimensionSet<YoungCarerRow>({
  enumName: 'YoungCarerDimension',
  description: 'A way to split young carers receiving services.',
  rowTypeName: 'YoungCarerFigureRow',
  dimensions: {
    AGE_BAND: {
      description:
        'Age in completed years at the date (for periods: at the carers assessment, when the hours were assessed), in the bands of `ageBands`.',
      build: ({ time, args }) =>
        ageBandDimension(parseAgeBands('ageBands', args.ageBands as string[] | null), time.date, 'startDate'),
    },
    HOURS_BAND: {
      description: 'Hours of care a week (as assessed), in the bands of `hoursBands`.',
      build: ({ args }) =>
        numberBandDimension(parseHoursBands('hoursBands', args.hoursBands as string[] | null), 'hoursPerWeek', 'hours'),
    },
    DISTRICT: {
      description: 'The district council area the young carer lives in (GSS code), where the council has districts.',
      codes: DISTRICT,
      attribute: 'districtCode',
      keyOf: (row) => row.districtCode ?? 'NONE',
    },
    CARE_TYPE: { description: 'The main type of care given.', codes: CARE_TYPE, attribute: 'careType' },
    CARED_FOR_NEED: {
      description: 'The main need of the person cared for.',
      codes: CARED_FOR_NEED,
      attribute: 'caredForNeed',
    },
    KNOWN_TO_SCHOOL: {
      description: 'YES when the school or college knows the child is a young carer.',
      codes: YES_NO,
      attribute: 'knownToSchool',
    },
    PEER_SUPPORT_OFFERED: {
      description: 'YES when peer support was offered.',
      codes: YES_NO,
      attribute: 'peerSupportOffered',
    },
    BREAK_OFFERED: {
      description: 'YES when a break from caring was offered.',
      codes: YES_NO,
      attribute: 'breakOffered',
    },
    ASSESSMENT_OUTCOME: {
      description: 'What the carers assessment decided besides support: referrals to adult or children’s social care.',
      codes: CARER_ASSESSMENT_OUTCOME,
      attribute: 'assessmentOutcome',
    },
  },
  arguments: [AGE_BANDS_ARGUMENT, HOURS_BANDS_ARGUMENT],
});

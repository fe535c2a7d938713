import { parseAgeBands } from '../../../schema/vocabulary/age-bands';
import { AGE_BANDS_ARGUMENT } from '../../measures/band-arguments';
import { ageBandDimension, dimensionSet } from '../../measures/dimension-set';
import { EARLY_HELP_LEAD, LEAD_AGENCY } from '../codes/early-help-lead.codes';
import { EARLY_HELP_END_REASON, EARLY_HELP_REASON } from '../codes/early-help-reason.codes';
import { EpisodeRow } from '../data/early-help-episodes.queries';

/** The ways to split early help episodes and assessments. */
export const EARLY_HELP_DIMENSIONS = dimensionSet<EpisodeRow>({
  enumName: 'EarlyHelpDimension',
  description: 'A way to split early help episodes or assessments.',
  rowTypeName: 'EarlyHelpFigureRow',
  dimensions: {
    LEAD: { description: 'Partner-led or council-led.', codes: EARLY_HELP_LEAD, attribute: 'lead' },
    LEAD_AGENCY: { description: "The lead practitioner's agency.", codes: LEAD_AGENCY, attribute: 'leadAgency' },
    REASON: { description: 'The main reason for early help.', codes: EARLY_HELP_REASON, attribute: 'reason' },
    END_REASON: {
      description: 'Why the episode ended. Only for episodes closed.',
      codes: EARLY_HELP_END_REASON,
      attribute: 'endReason',
    },
    AGE_BAND: {
      description:
        "The child's age in completed years at the date (for flows: at the start, assessment or end counted), in the bands of `ageBands`.",
      build: ({ time, args }) =>
        ageBandDimension(parseAgeBands('ageBands', args.ageBands as string[] | null), time.date, 'eventDate'),
    },
  },
  arguments: [AGE_BANDS_ARGUMENT],
});

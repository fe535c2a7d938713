import { dimensionSet, YES_NO } from '../../measures/dimension-set';
import { YouthSurveyRow } from '../data/youth-survey.queries';

/** The ways to split youth survey responses: by each statement's answer. */
export const YOUTH_SURVEY_DIMENSIONS = dimensionSet<YouthSurveyRow>({
  enumName: 'YouthSurveyDimension',
  description: 'A statement of the youth centre survey: YES for the responses that agreed with it, NO for the others.',
  rowTypeName: 'YouthSurveyFigureRow',
  dimensions: {
    FRIENDLY_AND_WELCOMING: {
      description: '"The centres and projects are friendly and welcoming."',
      codes: YES_NO,
      attribute: 'friendlyAndWelcoming',
    },
    STAFF_HELPFUL: { description: '"Staff are helpful."', codes: YES_NO, attribute: 'staffHelpful' },
    POSITIVE_IMPACT: {
      description: '"Attending the youth centre has had a positive impact on me."',
      codes: YES_NO,
      attribute: 'positiveImpact',
    },
  },
});

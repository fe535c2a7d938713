import { RequestContext } from '../platform/request-context';
import { recordCoverage } from '../measures/coverage';
import { rateFigure } from '../measures/figure.builder';
import { Figure, FigureUnit } from '../measures/figure.type';
import { MeasureDeclaration, MeasureValue } from '../measures/measure';
import { measureTally } from '../measures/measure-figures';
import { COUNT } from '../measures/statistic';
import { responsesIn, wavesOverlapping, YouthSurveyRow } from './data/youth-survey.queries';
import { YOUTH_SURVEY_DIMENSIONS } from './dimensions/youth-survey.dimensions';

/**
 * Respondents over the young people attending in the survey waves of the period; NO_DATA unless the
 * period holds whole waves (attendance is counted per wave, not per day).
 */
async function responseRate(value: MeasureValue, context: RequestContext): Promise<Figure> {
  const period = value.time.period!;
  const waves = await wavesOverlapping(context.dataSource, value.scope.authorityCodes, period);
  const whole = waves.every((w) => w.startDate >= period.start && w.endDate <= period.end);
  const attending = waves.reduce((s, w) => s + w.youngPeopleAttending, 0);
  const responses = await measureTally(value, context);
  // Respondents are anonymous and many: the rate is shown to anyone, as the council publishes it.
  return rateFigure(whole && attending > 0 ? (responses?.n ?? null) : null, attending, FigureUnit.PERCENT, true);
}

const youthSurveyResponses: MeasureDeclaration<YouthSurveyRow> = {
  field: 'youthSurveyResponses',
  typeName: 'YouthSurveyResponses',
  measure: 'youth_survey_respondents_count',
  description:
    'Young people who answered the youth centre satisfaction survey in the period; `shares(by: STAFF_HELPFUL)` gives the share agreeing with a statement.',
  typeDescription: "Responses to the council's youth centre satisfaction survey in a period.",
  time: 'FLOW',
  statistic: COUNT,
  cube: (context, codes, time, grouping) => responsesIn(context.dataSource, codes, time.period!, grouping),
  dimensions: YOUTH_SURVEY_DIMENSIONS,
  coverage: recordCoverage('youth_survey', 'youth_survey_response'),
  figures: {
    responseRate: {
      description:
        'Respondents as a percentage of the young people attending during the survey waves in the period (null unless the period holds whole waves).',
      resolve: responseRate,
    },
  },
};

export const YOUTH_SURVEY_MEASURES = [youthSurveyResponses] as MeasureDeclaration[];

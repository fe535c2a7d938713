import { recordCoverage } from '../measures/coverage';
import { MeasureDeclaration } from '../measures/measure';
import { COUNT } from '../measures/statistic';
import * as episodes from './data/early-help-episodes.queries';
import { EpisodeRow } from './data/early-help-episodes.queries';
import { EARLY_HELP_DIMENSIONS } from './dimensions/early-help.dimensions';

/** Early help episodes and assessments: declared here, built by the measures kit. */

const earlyHelp = {
  statistic: COUNT,
  dimensions: EARLY_HELP_DIMENSIONS,
  coverage: recordCoverage('early_help', 'early_help_episode'),
  notSplitBy: ['END_REASON'] as string[],
};

const earlyHelpAssessments: MeasureDeclaration<EpisodeRow> = {
  ...earlyHelp,
  field: 'earlyHelpAssessments',
  typeName: 'EarlyHelpAssessments',
  measure: 'early_help_assessments_count',
  description:
    'Early help assessments completed (submitted) in the period, by lead: Redcar counts "Partner Led assessments" (LEAD PARTNER).',
  typeDescription: 'Early help assessments completed in a period.',
  time: 'FLOW',
  cube: (context, codes, time, grouping) => episodes.assessmentsIn(context.dataSource, codes, time.period!, grouping),
};

const earlyHelpEpisodes: MeasureDeclaration<EpisodeRow> = {
  ...earlyHelp,
  field: 'earlyHelpEpisodes',
  typeName: 'EarlyHelpEpisodes',
  measure: 'early_help_episodes_count',
  description: 'Children in an open early help episode at the end of a day.',
  typeDescription: 'Children receiving early help at the end of a day.',
  time: 'SNAPSHOT',
  cube: (context, codes, time, grouping) => episodes.episodesOpenAt(context.dataSource, codes, time.date!, grouping),
};

const episodeFlow = { ...earlyHelp, typeName: 'EarlyHelpEpisodeFlow', time: 'FLOW' as const };

const earlyHelpEpisodesStarted: MeasureDeclaration<EpisodeRow> = {
  ...episodeFlow,
  field: 'earlyHelpEpisodesStarted',
  measure: 'early_help_episodes_started_count',
  description: 'Early help episodes that started in the period.',
  typeDescription: 'Early help episodes starting, or ending, in a period.',
  cube: (context, codes, time, grouping) =>
    episodes.episodesStartedIn(context.dataSource, codes, time.period!, grouping),
};

const earlyHelpEpisodesClosed: MeasureDeclaration<EpisodeRow> = {
  ...episodeFlow,
  notSplitBy: [],
  field: 'earlyHelpEpisodesClosed',
  measure: 'early_help_episodes_closed_count',
  description:
    'Early help episodes that ended in the period; split by END_REASON to see why (stepped up, outcomes met…).',
  typeDescription: 'Early help episodes starting, or ending, in a period.',
  cube: (context, codes, time, grouping) =>
    episodes.episodesClosedIn(context.dataSource, codes, time.period!, grouping),
};

export const EARLY_HELP_MEASURES = [
  earlyHelpAssessments,
  earlyHelpEpisodes,
  earlyHelpEpisodesStarted,
  earlyHelpEpisodesClosed,
] as MeasureDeclaration[];

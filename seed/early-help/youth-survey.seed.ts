import { YouthSurveyResponseRecord, YouthSurveyWaveRecord } from '../../subgraphs/early-help/entities';
import { Random } from '../shared/random';
import { dayIn } from './early-help-span';
import { EarlyHelpTargets, REDCAR } from './early-help-targets';

/**
 * Redcar's youth centre survey, September 2021 – March 2022, as published: 626 responses, 60% of the
 * young people attending (1,043), 99% agreeing the centres are friendly and welcoming (620), 94% that
 * staff are helpful (588), 96% that attending had a positive impact (601). No other council
 * publishes a survey: none is generated (their figures are NO_DATA, not zeros).
 */
export const REDCAR_WAVE = { from: '2021-09-01', to: '2022-03-31' };

export function generateYouthSurvey(
  authorityCode: string,
  random: Random,
  t: EarlyHelpTargets,
): { waves: YouthSurveyWaveRecord[]; responses: YouthSurveyResponseRecord[] } {
  if (authorityCode !== REDCAR) return { waves: [], responses: [] };
  const waveId = `${REDCAR}-YS2021`;
  const n = t.youthSurveyRespondents;
  const agreeing = (p: number) => new Set(random.shuffle([...Array(n).keys()]).slice(0, Math.round((n * p) / 100)));
  const [friendly, helpful, impact] = [
    t.youthSurveyFriendlyPct,
    t.youthSurveyStaffHelpfulPct,
    t.youthSurveyPositiveImpactPct,
  ].map(agreeing);
  const responses = [...Array(n).keys()].map((i) =>
    Object.assign(new YouthSurveyResponseRecord(), {
      id: `${waveId}-${String(i + 1).padStart(4, '0')}`,
      waveId,
      authorityCode,
      responseDate: dayIn(random, REDCAR_WAVE.from, REDCAR_WAVE.to),
      friendlyAndWelcoming: friendly.has(i),
      staffHelpful: helpful.has(i),
      positiveImpact: impact.has(i),
    }),
  );
  const wave = Object.assign(new YouthSurveyWaveRecord(), {
    id: waveId,
    authorityCode,
    startDate: REDCAR_WAVE.from,
    endDate: REDCAR_WAVE.to,
    youngPeopleAttending: Math.round(n / (t.youthSurveyResponseRatePct / 100)),
  });
  return { waves: [wave], responses };
}

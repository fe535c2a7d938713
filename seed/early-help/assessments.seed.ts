import { addDays } from '../../schema/vocabulary/dates';
import { ReferralRecord, SocialCareAssessmentRecord } from '../../subgraphs/early-help/entities';
import { Random } from '../shared/random';
import { RECORDS_TO } from './early-help-span';
import { EarlyHelpTargets, expectFigure, MIDDLESBROUGH } from './early-help-targets';

/**
 * Social care assessments: most referrals (92%) are assessed, starting within a week and completed
 * within 14–60 days (the statutory limit is 45 working days). About 62% lead to ongoing social care
 * input (plausible; England's assessments end in no further action about a third of the time).
 * Middlesbrough's "88%" is taken as the assessments completed in the quarter before the meeting of
 * 15 February 2021 (October–December 2020): the paper gives no period.
 */
const ASSESSED = 0.92;
const ONGOING = 0.62;
export const MIDDLESBROUGH_88_PERIOD = { from: '2020-10-01', to: '2020-12-31' };

const ONGOING_OUTCOMES: Record<string, number> = { CHILD_IN_NEED_PLAN: 70, CHILD_PROTECTION: 24, LOOKED_AFTER: 6 };
const OTHER_OUTCOMES: Record<string, number> = { NO_FURTHER_ACTION: 75, EARLY_HELP: 25 };

export function generateAssessments(
  authorityCode: string,
  referrals: ReferralRecord[],
  random: Random,
  targets: EarlyHelpTargets,
): SocialCareAssessmentRecord[] {
  const assessments: SocialCareAssessmentRecord[] = [];
  for (const r of referrals) {
    if (!random.chance(ASSESSED)) continue;
    const startDate = addDays(r.referralDate, random.int(0, 7));
    const completed = addDays(startDate, random.int(14, 60));
    const open = completed > RECORDS_TO;
    assessments.push(
      Object.assign(new SocialCareAssessmentRecord(), {
        id: `${authorityCode}-AS${String(assessments.length + 1).padStart(7, '0')}`,
        referralId: r.id,
        childId: r.childId,
        authorityCode,
        startDate,
        completedDate: open ? null : completed,
        outcome: open ? null : random.weighted(random.chance(ONGOING) ? ONGOING_OUTCOMES : OTHER_OUTCOMES),
      }),
    );
  }
  if (authorityCode === MIDDLESBROUGH) {
    const span = MIDDLESBROUGH_88_PERIOD;
    const quarter = assessments.filter((a) => a.completedDate! >= span.from && a.completedDate! <= span.to);
    const ongoing = Math.round((quarter.length * targets.ongoingSocialCareInputPct) / 100);
    quarter.forEach((a, i) => {
      a.outcome = random.weighted(i < ongoing ? ONGOING_OUTCOMES : OTHER_OUTCOMES);
    });
    const share = Math.round(
      (quarter.filter((a) => !['NO_FURTHER_ACTION', 'EARLY_HELP'].includes(a.outcome!)).length / quarter.length) * 100,
    );
    expectFigure(
      'Middlesbrough assessments with ongoing social care input %',
      share,
      targets.ongoingSocialCareInputPct,
    );
  }
  return assessments;
}

import { JourneyDraft } from './journey-draft';
import { assignCharacteristics } from './journey-characteristics';
import { ceasedPlans, balanceWaitingAt } from './journey-ceased-plans';
import { placedCohorts } from './journey-cohorts';
import { placeDates, solveOrderToPlacementDays, birthDate } from './journey-dates';
import { solveDurations } from './journey-durations';
import { assignEarlyPermanence, earlyPermanenceStillWaiting } from './journey-early-permanence';
import { familyFindingHistory } from './journey-family-finding';
import { JourneyGeneration } from './journey-generation';
import { balanceNotificationHalves, earlyNotifications } from './journey-notifications';
import { councilPlans } from './journey-plan';
import { assignSiblingGroups } from './journey-siblings';
import { assignSources } from './journey-sources';
import { PublishedRows } from './journey-targets';
import { assignEndStatuses, linkedAtMonthEnd, unlinkedAtMonthEnd, waitingAtEnd } from './journey-waiting';

/**
 * Generates the nine councils' adoption journeys so that every published count and timing comes
 * back exactly (see CALIBRATION.md, "Adoption journeys"): counts are built by construction,
 * timings by solving for durations whose sums are the published averages times the children.
 * All councils are generated together (partnership targets span councils); the steps run in a
 * fixed order, as each council's random stream must be drawn in the same order every run.
 */
export function generateJourneyDrafts(published = new PublishedRows()): JourneyDraft[] {
  const g = new JourneyGeneration(councilPlans(published), published);
  for (const plan of g.plans) placedCohorts(g, plan);
  assignSiblingGroups(g);
  assignCharacteristics(g);
  assignSources(g);
  for (const plan of g.plans) placeDates(g.of(plan.code), g.random(plan.code));
  solveOrderToPlacementDays(g);
  const later = assignEarlyPermanence(g);
  solveDurations(g);
  for (const plan of g.plans) waitingAtEnd(g, plan);
  earlyPermanenceStillWaiting(g, later);
  assignEndStatuses(g);
  const unlinked = unlinkedAtMonthEnd(g);
  for (const plan of g.plans) ceasedPlans(g, plan);
  balanceWaitingAt(g);
  for (const plan of g.plans) earlyNotifications(g, plan);
  balanceNotificationHalves(g);
  for (const d of g.drafts) familyFindingHistory(d, g.random(d.code));
  linkedAtMonthEnd(g, unlinked);
  for (const d of g.drafts) birthDate(d, g.random(d.code));
  return g.drafts;
}

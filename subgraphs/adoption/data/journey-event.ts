import { JourneyRow } from './journey-row';

/** The steps of a journey that the boards count in a period, and the date each is read from. */
export type JourneyEvent =
  | 'EARLY_NOTIFICATION'
  | 'DECISION'
  | 'PLACEMENT_ORDER'
  | 'MATCH'
  | 'PLACED'
  | 'ADOPTION_ORDER'
  | 'EARLY_PERMANENCE_PLACEMENT'
  | 'PLAN_CEASED'
  | 'DISRUPTION';

export const EVENT_MEASURE: Record<JourneyEvent, string> = {
  EARLY_NOTIFICATION: 'early_notifications_count',
  DECISION: 'adm_plan_of_adoption_count',
  PLACEMENT_ORDER: 'placement_orders_count',
  MATCH: 'matches_count',
  PLACED: 'children_placed_for_adoption_count',
  ADOPTION_ORDER: 'adoption_orders_count',
  EARLY_PERMANENCE_PLACEMENT: 'early_permanence_placements_count',
  PLAN_CEASED: 'adoption_plans_ceased_count',
  DISRUPTION: 'children_affected_by_disruption_count',
};

export function eventDate(row: JourneyRow, event: JourneyEvent): string | null {
  switch (event) {
    case 'EARLY_NOTIFICATION':
      return row.earlyNotification;
    case 'DECISION':
      return row.decisionDate;
    case 'PLACEMENT_ORDER':
      return row.placementOrderDate;
    case 'MATCH':
      return row.matchDate;
    case 'PLACED':
      return row.placedDate;
    case 'ADOPTION_ORDER':
      return row.adoptionOrderDate;
    case 'EARLY_PERMANENCE_PLACEMENT':
      // The day the child went to live with the early permanence carers (FFA or concurrent).
      return row.earlyPermanence === 'NONE' ? null : row.fosterPlacementStart;
    case 'PLAN_CEASED':
      return row.planCeasedDate;
    case 'DISRUPTION':
      return row.disruptedDate;
  }
}

export function happenedIn(row: JourneyRow, event: JourneyEvent, period: { start: string; end: string }): boolean {
  const date = eventDate(row, event);
  return date !== null && date >= period.start && date <= period.end;
}

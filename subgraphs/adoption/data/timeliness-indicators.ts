import { Period } from '../../../schema/vocabulary/period';
import { daysBetween } from '../dimensions/journey.dimensions';
import { JourneyRow } from './journey-row';

/**
 * A timeliness indicator: the days from one step to another, averaged over the children adopted
 * in the period (the DfE scorecard's cohort). `days` returns null for a child it does not apply to.
 */
export interface Indicator {
  /** The measure's stem in published-figures.csv, e.g. `a10` → `a10_days_in_year`, `a10_days_3yr_avg`. */
  stem: string;
  days(row: JourneyRow): number | null;
}

const between = (from: string | null, to: string | null) => (from && to ? daysBetween(from, to) : null);

export const INDICATORS = {
  /** A1: entering care → moving in with the adoptive family. */
  a1: { stem: 'a1', days: (r) => between(r.enteredCare, r.placedDate) },
  /** A10: as A1, but for a child adopted by their foster carers the clock stops when that foster placement began. */
  a10: {
    stem: 'a10',
    days: (r) =>
      between(r.enteredCare, r.adoptedByFosterCarer && r.fosterPlacementStart ? r.fosterPlacementStart : r.placedDate),
  },
  /** A2: placement order → match decision; a match before the order counts as 0 days; never matched → excluded. */
  a2: {
    stem: 'a2',
    days: (r) =>
      r.placementOrderDate && r.matchDate ? Math.max(0, daysBetween(r.placementOrderDate, r.matchDate)) : null,
  },
  enteredCareToDecision: { stem: 'bla_to_adm', days: (r) => between(r.enteredCare, r.decisionDate) },
  decisionToPlacementOrder: { stem: 'adm_to_po', days: (r) => between(r.decisionDate, r.placementOrderDate) },
  matchToPlacement: { stem: 'match_to_placement', days: (r) => between(r.matchDate, r.placedDate) },
  placementToAdoptionOrder: { stem: 'placement_to_ao', days: (r) => between(r.placedDate, r.adoptionOrderDate) },
  decisionToPlacement: { stem: 'adm_to_placement', days: (r) => between(r.decisionDate, r.placedDate) },
} satisfies Record<string, Indicator>;

export type IndicatorName = keyof typeof INDICATORS;

/**
 * The published measure names for an indicator over a period of this kind (in-year, three-year,
 * rolling twelve months).
 */
export function benchmarkMeasures(stem: string, period: Period): string[] {
  if (period.kind === 'ROLLING_THREE_YEARS') return [`${stem}_days_3yr_avg`];
  if (period.kind === 'MONTHS') return monthsIn(period) >= 36 ? [`${stem}_days_3yr_avg`] : [`${stem}_days_12m_rolling`];
  return [`${stem}_days_in_year`, `${stem}_days`];
}

function monthsIn(period: Period): number {
  const [sy, sm] = period.start.split('-').map(Number);
  const [ey, em] = period.end.split('-').map(Number);
  return (ey - sy) * 12 + (em - sm) + 1;
}

/**
 * The label England's figures for a period are recorded under: the period's own, except that a
 * run of months ending with a financial quarter is recorded by that quarter (the ASGLB's "rolling
 * twelve months / three years to Q3 2020-21").
 */
export function benchmarkPeriodOf(period: Period): string {
  if (period.kind !== 'MONTHS') return period.label;
  const [year, month] = period.end.split('-').map(Number);
  if (month % 3 !== 0) return period.label;
  const startYear = month <= 3 ? year - 1 : year;
  const quarter = month <= 3 ? 4 : month / 3 - 1;
  return `${startYear}-${String((startYear + 1) % 100).padStart(2, '0')}-Q${quarter}`;
}

/** Every name the indicator's target may be recorded under (a target does not depend on the window). */
export function targetMeasures(stem: string): string[] {
  return [`${stem}_days_in_year`, `${stem}_days_3yr_avg`, `${stem}_days_12m_rolling`, `${stem}_days`];
}

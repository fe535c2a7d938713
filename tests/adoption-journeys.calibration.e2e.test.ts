import { backends } from './support/backends';
import { boardToken } from './support/board-token';
import { JOURNEY_MEASURES } from './support/adoption-measures/journeys';
import { PublishedFigure, publishedFigures } from './support/reference-figures';
import { Stack, startStackWithTokens } from './support/stack';
import { ATV_MEMBERS, T4C_MEMBERS } from '../seed/shared/pilot-councils';

/**
 * The adoption-journey calibration: every published adoption figure about the two agencies and
 * their councils (and England's averages and targets beside them), asked through the gateway as a
 * board member of the agency (many counts are 1 to 4, suppressed for anonymous callers).
 */

/* eslint-disable @typescript-eslint/no-explicit-any */
interface Check {
  label: string;
  /** `localAuthority(code: "…")` or `region(code: "…")`. */
  root: string;
  agency: 'T4C' | 'ATV';
  field: string;
  read: (data: any) => number | null;
  expected: number;
  /** "over 100": the value must exceed the published one. */
  atLeast?: boolean;
}

/** Rows of calibrated measures that are not checked as published, and why (see seed/CALIBRATION.md). */
const ROW_EXCEPTIONS: Record<string, string> = {
  'rc22-adm-eng-2020-21': 'England count (national totals are not held)',
  'rc22-po-eng-2020-21': 'England count (national totals are not held)',
  'rc22-adm-eng-2021-22': 'England count (national totals are not held)',
  'rc22-po-eng-2021-22': 'England count (national totals are not held)',
  's22-placed-t4c-2022-23-forecast-approx': 'a forecast for 2022-23, after the records end',
  'rc22-placed-atv-2021-22-q1-q2-external-adopters': 'contradicts the half-year total (44 + 12 = 56, not 57): the total and the ATV-adopter count are met, so 13',
  'rc22-placed-atv-2021-22-q3-q4-external-adopters': 'contradicts the half-year total (14 + 7 = 21, not 20): the total and the ATV-adopter count are met, so 6',
  't4c2021-cw-adoption-plan-t4c-2021-03-31-remaining-unexplained': 'the paper notes it does not reconcile (159 - 91 = 68, not 29)',
  't4c2021-a10-d-3y-eng-2018-21-avg': 'a second England average for 2018-21 (dashboard extract, 409); the annual report\'s table (438) is held',
  't4c2021-a2-d-3y-eng-2018-21-avg': 'a second England average for 2018-21 (dashboard extract, 186); the annual report\'s table (196) is held',
  'rc22-placed-pct-atv-2021-22-1-2y': '12 of 77 is 15.6%: the paper truncates to 15, the hub rounds to 16 (the count, 12, is checked)',
  'mb21-ao-pct-atv-rolling-12m-hard-to-place-any': '51 of 69 is 73.9%: the paper truncates to 73, the hub rounds to 74 (the count, 51, is checked)',
  'mb21-bla-to-adm-d-r12-eng-2020-21-q3-target-text': 'the running text\'s 183 days; the table\'s target (182) is held',
};

const AGENCY_OF = (authority: string): 'T4C' | 'ATV' => (authority === 'T4C' || T4C_MEMBERS.includes(authority) ? 'T4C' : 'ATV');
const parts = (breakdown: string) => new Map(breakdown.split(';').filter(Boolean).map((p) => p.split('=') as [string, string]));
const cell = (cells: { key: string; figure: { value: number | null } }[], key: string) => cells.find((c) => c.key === key)?.figure.value ?? null;

/** The papers' "rolling 12 months to 30 December 2020" (Q3 2020-21) and "three years to Q3" as runs of months. */
function rollingPeriod(f: PublishedFigure): string {
  if (f.period === '2020-21-Q3') return f.measure.includes('3yr') ? '2018-01/2020-12' : '2020-01/2020-12';
  return f.period;
}

const SOURCE: Record<string, string[]> = {
  own_la_or_t4c: ['OWN'],
  atv_adopters: ['OWN'],
  t4c_adopters: ['OWN'],
  other_raa_or_la: ['OTHER_RAA'],
  vaa: ['VAA'],
  regional_vaa: ['VAA'],
  external_adopters: ['OTHER_RAA', 'VAA'],
  inter_agency: ['OTHER_RAA', 'VAA'],
};
const CHARACTERISTIC: Record<string, string> = {
  aged_over_5: 'AGED_5_PLUS',
  aged_5_plus: 'AGED_5_PLUS',
  with_siblings: 'SIBLING_GROUP',
  ethnicity_other_than_white_british: 'NOT_WHITE_BRITISH',
  disability: 'DISABILITY',
  priority_any: 'ANY',
  hard_to_place_any: 'ANY',
};
const STATUS: Record<string, string> = {
  matched_moving: 'MATCHED_MOVING',
  linked_progressing_to_match: 'LINKED',
  linked_foster_carer_or_sibling_adopters: 'LINKED_OWN_CARER_OR_SIBLINGS',
  family_finding_stopped: 'FAMILY_FINDING_STOPPED',
  actively_family_finding: 'ACTIVELY_FAMILY_FINDING',
  unlinked: 'ACTIVELY_FAMILY_FINDING',
  awaiting_po_revocation: 'AWAITING_PO_REVOCATION',
};
const TIMELINESS: Record<string, string> = {
  a10: 'a10',
  a1: 'a1',
  a2: 'a2',
  bla_to_adm: 'enteredCareToDecision',
  adm_to_po: 'decisionToPlacementOrder',
  match_to_placement: 'matchToPlacement',
  placement_to_ao: 'placementToAdoptionOrder',
  adm_to_placement: 'decisionToPlacement',
};
const sum = (cells: any[], keys: string[]) => keys.reduce((s, k) => s + (cell(cells, k) ?? NaN), 0);
const percent = (part: number, whole: number) => Math.round((part / whole) * 100);

/** Where a published row is read from the hub: a figure of a council (or of England beside it) or of an agency. */
function checkFor(f: PublishedFigure): Omit<Check, 'label' | 'expected'> | null {
  const b = parts(f.breakdown);
  b.delete('source_period_label');
  b.delete('source');
  b.delete('note');
  const isEngland = f.authority === 'ENGLAND';
  // England's comparators are read beside an agency's figure for the same measure and period.
  const subject = isEngland ? (f.id.startsWith('s22') || f.id.startsWith('t4c') ? 'T4C' : 'ATV') : f.authority;
  const agency = AGENCY_OF(subject);
  const root = subject === 'T4C' || subject === 'ATV' ? `region(code: "${subject}")` : `localAuthority(code: "${subject}")`;
  const base = { root, agency };
  const period = rollingPeriod(f);
  const activity = (inner: string) => `adoptionActivity(period: "${period}") { ${inner} }`;
  const benchmark = isEngland ? (b.get('benchmark')?.includes('target') ? 'target' : 'englandAverage') : 'value';
  if (isEngland) b.delete('benchmark');
  if (b.has('window') && !b.get('window')!.startsWith('rolling')) b.delete('window');

  const stem = Object.keys(TIMELINESS).sort((x, y) => y.length - x.length).find((s) => f.measure.startsWith(`${s}_days`));
  if (stem && !f.measure.endsWith('_change_on_prev_year') && !f.measure.endsWith('_below_target') && !f.measure.endsWith('_below_england_avg') && !f.measure.endsWith('_above_target')) {
    const indicator = TIMELINESS[stem];
    const cohort = b.get('cohort');
    const filter = cohort === 'excluding_hard_to_place' ? ', excluding: [SIBLING_GROUP, NOT_WHITE_BRITISH, AGED_5_PLUS, DISABILITY]' : '';
    return { ...base, field: `adoptionTimeliness(period: "${period}"${filter}) { ${indicator} { value englandAverage target } }`, read: (x) => x.adoptionTimeliness[indicator][benchmark] };
  }
  switch (f.measure) {
    case 'a10_days_change_on_prev_year':
    case 'a2_days_change_on_prev_year': {
      const indicator = f.measure.startsWith('a10') ? 'a10' : 'a2';
      return { ...base, field: `now: adoptionTimeliness(period: "2021-22") { ${indicator} { value } } before: adoptionTimeliness(period: "2020-21") { ${indicator} { value } }`, read: (x) => x.now[indicator].value - x.before[indicator].value };
    }
    case 'a10_days_below_target':
      return { ...base, field: `adoptionTimeliness(period: "${period}") { a10 { value target } }`, read: (x) => x.adoptionTimeliness.a10.target - x.adoptionTimeliness.a10.value };
    case 'a2_days_below_england_avg':
      return { ...base, field: `adoptionTimeliness(period: "${period}") { a2 { value englandAverage } }`, read: (x) => x.adoptionTimeliness.a2.englandAverage - x.adoptionTimeliness.a2.value };
    case 'adm_to_placement_days_above_target':
      return { ...base, field: `adoptionTimeliness(period: "${period}") { decisionToPlacement { value target } }`, read: (x) => x.adoptionTimeliness.decisionToPlacement.value - x.adoptionTimeliness.decisionToPlacement.target };
    case 'adm_plan_of_adoption_count':
      return isEngland ? null : { ...base, field: activity('decisions { total { value } }'), read: (x) => x.adoptionActivity.decisions.total.value };
    case 'placement_orders_count':
      return isEngland ? null : { ...base, field: activity('placementOrders { total { value } }'), read: (x) => x.adoptionActivity.placementOrders.total.value };
    case 'early_permanence_placements_count':
      return { ...base, field: activity('earlyPermanencePlacements { total { value } }'), read: (x) => x.adoptionActivity.earlyPermanencePlacements.total.value };
    case 'early_notifications_count':
      return { ...base, field: activity('earlyNotifications { total { value } }'), read: (x) => x.adoptionActivity.earlyNotifications.total.value };
    case 'atv_adopters_external_children_placed_count':
      return { ...base, field: activity('otherCouncilsChildrenPlacedWithOwnAdopters { value }'), read: (x) => x.adoptionActivity.otherCouncilsChildrenPlacedWithOwnAdopters.value };
    case 'adoptive_placements_total_count':
      return { ...base, field: activity('childrenPlaced { total { value } } otherCouncilsChildrenPlacedWithOwnAdopters { value }'), read: (x) => x.adoptionActivity.childrenPlaced.total.value + x.adoptionActivity.otherCouncilsChildrenPlacedWithOwnAdopters.value };
    case 'children_placed_external_pct':
      return {
        ...base,
        field: activity('childrenPlaced { breakdown(by: ADOPTER_SOURCE) { key figure { value } } } otherCouncilsChildrenPlacedWithOwnAdopters { value }'),
        read: (x) => {
          const cells = x.adoptionActivity.childrenPlaced.breakdown;
          return percent(sum(cells, ['OTHER_RAA', 'VAA']), sum(cells, ['OWN', 'OTHER_RAA', 'VAA']) + x.adoptionActivity.otherCouncilsChildrenPlacedWithOwnAdopters.value);
        },
      };
    case 'children_placed_for_adoption_count':
    case 'children_placed_for_adoption_pct': {
      const pct = f.measure.endsWith('_pct');
      const list = pct ? 'shares' : 'breakdown';
      const read = (by: string, keys: string[]) => ({ ...base, field: activity(`childrenPlaced { ${list}(by: ${by}) { key figure { value } } }`), read: (x: any) => (pct && keys.length > 1 ? Math.round(keys.reduce((s, k) => s + cell(x.adoptionActivity.childrenPlaced.shares, k)!, 0)) : Math.round(sum(x.adoptionActivity.childrenPlaced[list], keys))) });
      if (b.size === 0) return { ...base, field: activity('childrenPlaced { total { value } }'), read: (x) => x.adoptionActivity.childrenPlaced.total.value };
      if (b.has('adopter_source')) return read('ADOPTER_SOURCE', SOURCE[b.get('adopter_source')!]);
      // "0-3y 75%" is 46 + 12 of 77: the children under two (the paper's label is a slip).
      if (b.get('age_band') === '0-3y') return read('AGE_AT_PLACEMENT', ['0-12m', '1-2y']);
      if (b.has('age_band')) return read('AGE_AT_PLACEMENT', [b.get('age_band')!]);
      if (b.has('sex')) return read('SEX', [b.get('sex') === 'male' ? 'M' : 'F']);
      if (b.has('adopter_ethnicity')) return read('ADOPTER_ETHNICITY', [b.get('adopter_ethnicity')!.toUpperCase()]);
      if (b.has('ethnicity')) return read('ETHNICITY', [b.get('ethnicity')!.toUpperCase()]);
      if (b.has('sibling_group_size')) return read('SIBLING_GROUP_SIZE', [b.get('sibling_group_size')!]);
      return null;
    }
    case 'adoption_orders_count':
    case 'adoption_orders_pct': {
      const rolling = b.get('window') === 'rolling_12m';
      const p = rolling ? '2020-01/2020-12' : period;
      const field = `adoptionActivity(period: "${p}") { adoptionOrders { total { value } characteristics { key figure { value } } } }`;
      const characteristic = b.get('characteristic');
      const count = (x: any) => (characteristic ? cell(x.adoptionActivity.adoptionOrders.characteristics, CHARACTERISTIC[characteristic]) : x.adoptionActivity.adoptionOrders.total.value);
      if (f.measure.endsWith('_pct')) return { ...base, field, read: (x) => percent(count(x), x.adoptionActivity.adoptionOrders.total.value) };
      return { ...base, field, read: count };
    }
    case 'adoption_orders_annual_avg_count':
      return { ...base, field: activity('adoptionOrders { total { value } }'), read: (x) => x.adoptionActivity.adoptionOrders.total.value / 5, atLeast: true };
    case 'sibling_groups_adopted_count': {
      const size = b.get('sibling_group_size');
      return {
        ...base,
        field: activity('adoptionOrders { breakdown(by: SIBLING_GROUP_SIZE) { key figure { value } } }'),
        // Children adopted in groups of two and of three, counted as groups.
        read: (x) => {
          const cells = x.adoptionActivity.adoptionOrders.breakdown;
          return size === '3' ? cell(cells, '3+')! / 3 : cell(cells, '2')! / 2 + cell(cells, '3+')! / 3;
        },
      };
    }
    case 'placement_disruptions_count':
      if (b.has('adopter_source')) return { ...base, field: activity('childrenAffectedByDisruption { breakdown(by: ADOPTER_SOURCE) { key figure { value } } }'), read: (x) => sum(x.adoptionActivity.childrenAffectedByDisruption.breakdown, SOURCE[b.get('adopter_source')!]) };
      return { ...base, field: activity('disruptions { value }'), read: (x) => x.adoptionActivity.disruptions.value };
    case 'children_affected_by_disruption_count':
      return { ...base, field: activity('childrenAffectedByDisruption { total { value } }'), read: (x) => x.adoptionActivity.childrenAffectedByDisruption.total.value };
    case 'children_with_adoption_plan_count':
      return b.size > 0 ? null : { ...base, field: `childrenAwaitingAdoption(at: "${f.asOf}") { withAdoptionPlan { value } }`, read: (x) => x.childrenAwaitingAdoption.withAdoptionPlan.value };
    case 'children_with_po_not_matched_count':
    case 'children_with_po_not_placed_count': {
      const status = b.get('status');
      const search = b.get('search');
      const field = `childrenAwaitingAdoption(at: "${f.asOf}") { withPlacementOrder { value } status: breakdown(by: STATUS) { key figure { value } } search: breakdown(by: SEARCH_SCOPE) { key figure { value } } }`;
      if (search) return { ...base, field, read: (x) => cell(x.childrenAwaitingAdoption.search, search === 'in_region_recent_po' ? 'IN_REGION' : 'NATIONAL') };
      if (status) return { ...base, field, read: (x) => cell(x.childrenAwaitingAdoption.status, STATUS[status]) };
      return { ...base, field, read: (x) => x.childrenAwaitingAdoption.withPlacementOrder.value };
    }
    case 'children_with_po_no_link_count': {
      const at = f.asOf.length === 7 ? `${f.asOf}-31` : f.asOf;
      const field = `childrenAwaitingAdoption(at: "${at}") { waits: breakdown(by: WAIT_SINCE_PLACEMENT_ORDER, statuses: [ACTIVELY_FAMILY_FINDING]) { key figure { value } } characteristics(statuses: [ACTIVELY_FAMILY_FINDING]) { key figure { value } } }`;
      if (b.has('po_duration')) return { ...base, field, read: (x) => cell(x.childrenAwaitingAdoption.waits, b.get('po_duration')!) };
      return { ...base, field, read: (x) => cell(x.childrenAwaitingAdoption.characteristics, 'ANY') };
    }
  }
  return null;
}

function calibrationChecks(): Check[] {
  const rows = publishedFigures().filter((f) => JOURNEY_MEASURES.calibrated.includes(f.measure) && (f.authority === 'T4C' || f.authority === 'ATV' || f.authority === 'ENGLAND' || [...T4C_MEMBERS, ...ATV_MEMBERS].includes(f.authority)));
  const checks: Check[] = [];
  for (const f of rows) {
    if (ROW_EXCEPTIONS[f.id]) continue;
    const check = checkFor(f);
    if (!check) throw new Error(`published figure ${f.id} (${f.measure} ${f.breakdown}) has no check and no listed exception`);
    checks.push({ ...check, label: `${f.id} (${f.value})`, expected: f.value });
  }
  return checks;
}

const CHECKS = calibrationChecks();

describe.each(backends())('adoption journeys calibrated through the gateway on %s', (backend) => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStackWithTokens(backend);
  });
  afterAll(() => stack.stop());

  it('covers the figures the issue names', () => {
    const labels = CHECKS.map((c) => c.label).join('\n');
    for (const id of ['s22-a10-d-3y-staffs-2019-22 (352)', 's22-a2-d-3y-staffs-2019-22 (166)', 's22-adm-tw-2021-22 (26)', 'rc22-ao-mbro-2021-22 (24)', 'mb21-adm-to-placement-d-mbro-2020-21-excluding-hard-to-place (240)']) expect(labels).toContain(id);
    // The agencies' own totals, added later: ATV's decisions and orders, T4C's orders, ATV's 2019-20 placements.
    for (const id of ['rc22-adm-atv-2020-21 (99)', 'rc22-adm-atv-2021-22 (78)', 'rc22-po-atv-2020-21 (78)', 'rc22-po-atv-2021-22 (74)', 's21-ao-t4c-2020-21 (103)', 's22-ao-t4c-2020-21 (103)', 't4c2021-ao-t4c-2020-21 (103)', 'mb21-placed-atv-2019-20 (91)']) expect(labels).toContain(id);
    expect(CHECKS.length).toBeGreaterThan(300);
  });

  it.each(CHECKS.map((c) => [c.label, c] as const))('%s', async (_label, check) => {
    const result = await stack.query(`{ subject: ${check.root} { ${check.field} } }`, undefined, boardToken(check.agency));
    expect(result.errors).toBeUndefined();
    const value = check.read(result.data!.subject);
    if (check.atLeast) expect(value).toBeGreaterThan(check.expected);
    else expect(value).toBe(check.expected);
  });
});

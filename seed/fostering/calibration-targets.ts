import { parsePeriod } from '../../schema/vocabulary/period';
import { EnglandLa, PublishedFigure, publishedDate } from '../shared/reference-data';

/** The last 31 March the records reach. */
export const FINAL_YEAR = 2025;

/** A count the generated records must reproduce exactly, at the end of `date`. */
export interface Checkpoint {
  date: string;
  total: number;
  /** Children aged 0 to 5 at the date, where a paper published it. */
  aged0to5?: number;
  /** Where the number comes from (for CALIBRATION.md and error messages). */
  source: string;
  /** False for a stand-in where nothing was published (a suppressed count): met exactly all the same. */
  published?: boolean;
}

export interface CareTargets {
  code: string;
  /** First day records are held for (the simulation starts here with a stock already in care). */
  recordsFrom: string;
  /**
   * Last day records are held for: 31 March 2025, or the last count of a council abolished in a
   * reorganisation (Northamptonshire 2021, Cumbria 2023), whose children then pass to its successors.
   */
  recordsTo: string;
  /** True when the council ceased to exist after `recordsTo` (its children leave care with E3). */
  abolished: boolean;
  checkpoints: Checkpoint[];
  /** Unaccompanied asylum-seeking children in care at a date. */
  uasc?: { date: string; count: number };
  /** Published changes in the number in care between two dates (whole percent, as printed). */
  changes: { from: string; to: string; pct: number; source: string }[];
}

/**
 * The children-in-care targets for one council: DfE's 31 March counts, then the committee papers'
 * counts on top — where both give a count for the same date, the paper wins (the authority's own
 * figure, as the data README says). Papers also add other dates and 0–5 counts.
 */
export function careTargets(la: EnglandLa, published: PublishedFigure[]): CareTargets {
  const byDate = new Map<string, Checkpoint>();
  for (const [year, count] of la.childrenLookedAfter)
    byDate.set(`${year}-03-31`, { date: `${year}-03-31`, total: count, source: `DfE CLA 31 March ${year}` });
  const own = published.filter((f) => f.authority === la.gss && f.domain === 'children_in_care' && f.asOf);
  for (const f of own.filter((f) => f.measure === 'children_in_care_count' && f.breakdown === '')) {
    const date = publishedDate(f.asOf);
    byDate.set(date, { ...byDate.get(date), date, total: f.value, source: f.id });
  }
  for (const f of own.filter((f) => f.measure === 'children_in_care_count' && f.breakdown === 'age_band=0-5')) {
    const date = publishedDate(f.asOf);
    const checkpoint = byDate.get(date);
    if (!checkpoint) throw new Error(`${f.id}: a 0-5 count for a date with no total`);
    checkpoint.aged0to5 = f.value;
  }
  // A published percentage change between two quarters' ends ("a 5% increase from Q4 21/22 to
  // Q1 22/23") with no count at the later date: the later count is the earlier one times the change,
  // rounded (a stand-in, not a published count). See CALIBRATION.md (Redcar and Cleveland).
  const changes: CareTargets['changes'] = [];
  for (const f of published.filter((f) => f.authority === la.gss && f.measure === 'children_in_care_change_pct')) {
    const comparison = /^comparison=([^;]+)$/.exec(f.breakdown)?.[1];
    const from = comparison ? parsePeriod(comparison)?.end : undefined;
    const to = parsePeriod(f.period)?.end;
    const base = from ? byDate.get(from) : undefined;
    if (!from || !to || !base) throw new Error(`${f.id}: a change with no count at its comparison date`);
    changes.push({ from, to, pct: f.value, source: f.id });
    if (!byDate.has(to))
      byDate.set(to, {
        date: to,
        total: Math.round((base.total * (100 + f.value)) / 100),
        source: `${f.id}: ${base.source} + ${f.value}%`,
        published: false,
      });
  }
  const uascRow = own.find((f) => f.measure === 'uasc_count' && /^\d{4}-\d{2}-\d{2}$/.test(f.asOf));
  const checkpoints = [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
  const years = [...la.childrenLookedAfter.keys()].sort();
  const firstYear = years[0];
  const lastYear = years[years.length - 1];
  // A council with a 2025 population but no 2025 count (City of London: suppressed, "c") still
  // exists: it is carried to 31 March 2025 at its last published count. One without a population
  // either (x) was abolished: its records end at its last count.
  const abolished = lastYear < FINAL_YEAR && !la.population.has(FINAL_YEAR);
  if (!abolished && lastYear < FINAL_YEAR) {
    const last = checkpoints[checkpoints.length - 1];
    checkpoints.push({
      date: `${FINAL_YEAR}-03-31`,
      total: last.total,
      source: `not published for ${FINAL_YEAR}: held at ${last.source}`,
      published: false,
    });
  }
  return {
    code: la.gss,
    // Councils created after 2020 (e.g. North Northamptonshire) hold records from their first year.
    recordsFrom: `${firstYear - 1}-04-01`,
    recordsTo: abolished ? `${lastYear}-03-31` : `${FINAL_YEAR}-03-31`,
    abolished,
    checkpoints,
    uasc: uascRow ? { date: uascRow.asOf, count: uascRow.value } : undefined,
    changes,
  };
}

/** Redcar and Cleveland's foster carer figures (see CALIBRATION.md for the definitions). */
export interface FosteringTargets {
  /** Households active at a date, by type. */
  householdsAt?: { date: string; mainstream: number; connected: number };
  /** Children in care at a date placed with the council's connected carers. */
  childrenWithConnectedCarersAt?: { date: string; count: number };
  /** Mainstream approvals by financial year (start year → count). */
  mainstreamApprovals: Map<number, number>;
  /** Mainstream resignations by financial year. */
  mainstreamResignations: Map<number, number>;
  /** Children newly placed with mainstream carers, by financial year. */
  childrenPlaced: Map<number, number>;
  /** The enquiry cohort of a financial year and how far it got. */
  recruitment: Map<number, { enquiries?: number; invited?: number; assessed?: number }>;
}

const fyStart = (period: string) => Number(period.slice(0, 4));

export function fosteringTargets(code: string, published: PublishedFigure[]): FosteringTargets {
  const own = published.filter((f) => f.authority === code && f.domain === 'fostering');
  const targets: FosteringTargets = {
    mainstreamApprovals: new Map(),
    mainstreamResignations: new Map(),
    childrenPlaced: new Map(),
    recruitment: new Map(),
  };
  const cohort = (period: string) => {
    const year = fyStart(period);
    if (!targets.recruitment.has(year)) targets.recruitment.set(year, {});
    return targets.recruitment.get(year)!;
  };
  for (const f of own) {
    switch (f.measure) {
      case 'foster_carers_count': {
        const date = publishedDate(f.asOf);
        targets.householdsAt ??= { date, mainstream: -1, connected: -1 };
        if (f.breakdown === 'carer_type=mainstream_unrelated') targets.householdsAt.mainstream = f.value;
        if (f.breakdown === 'carer_type=connected') targets.householdsAt.connected = f.value;
        break;
      }
      case 'children_with_connected_carers_count':
        targets.childrenWithConnectedCarersAt = { date: publishedDate(f.asOf), count: f.value };
        break;
      case 'foster_carer_approvals_count':
        targets.mainstreamApprovals.set(fyStart(f.period), f.value);
        break;
      case 'foster_carer_resignations_count':
        targets.mainstreamResignations.set(fyStart(f.period), f.value);
        break;
      case 'children_placed_with_foster_carers_count':
        targets.childrenPlaced.set(fyStart(f.period), f.value);
        break;
      case 'foster_carer_enquiries_count':
        cohort(f.period).enquiries = f.value;
        break;
      case 'skills_to_foster_invitations_count':
        cohort(f.period).invited = f.value;
        break;
      case 'foster_applicants_progressing_count':
        cohort(f.period).assessed = f.value;
        break;
    }
  }
  return targets;
}

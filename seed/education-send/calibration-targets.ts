import { parsePeriod } from '../../schema/vocabulary/period';
import { PublishedFigure, publishedFigures } from '../shared/reference-data';
import { Post16Targets } from './post16.seed';
import { PepTargets } from './virtual-school.seed';

/**
 * What one council published about education and SEND (published-figures.csv, domain
 * `education_send`), read as the seed's targets. The readings of each row (which days, terms and
 * windows) are written in CALIBRATION.md, "Education and SEND", and are the calibration test's.
 */
export interface EducationTargets {
  planChange?: { from: string; to: string; pct: number };
  /** Periods in which every new plan was issued within 20 weeks. */
  allWithin20Weeks: { from: string; to: string }[];
  /** Academic year (its first calendar year) → secondary overall absence %. */
  secondaryAbsence: { year: number; pct: number }[];
  peps: PepTargets | null;
  post16: Post16Targets;
}

const parts = (f: PublishedFigure) =>
  new Map(
    f.breakdown
      .split(';')
      .filter(Boolean)
      .map((p) => p.split('=') as [string, string]),
  );
const periodOf = (label: string) => {
  const period = parsePeriod(label);
  if (!period) throw new Error(`seed: unreadable period ${label}`);
  return period;
};

/** An absence year as the papers label it ("2022"): the academic year ending in it (2021/22). */
export const absenceYearOf = (label: string) => Number(label) - 1;
/** A dropout window as published ("sep2021-jun2022"): its first and last day. */
export function windowOf(window: string): { from: string; to: string } {
  const m = /^([a-z]{3})(\d{4})-([a-z]{3})(\d{4})$/.exec(window);
  const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
  if (!m) throw new Error(`seed: unreadable window ${window}`);
  const from = `${m[2]}-${String(months.indexOf(m[1]) + 1).padStart(2, '0')}`;
  const to = `${m[4]}-${String(months.indexOf(m[3]) + 1).padStart(2, '0')}`;
  return { from: periodOf(from).start, to: periodOf(to).end };
}
/** An academic year's run of months, for a year published as a financial year ("2021-22": 2021/22). */
export const academicWindowOf = (label: string) => ({
  from: `${label.slice(0, 4)}-09-01`,
  to: `${Number(label.slice(0, 4)) + 1}-08-31`,
});

export function educationTargets(gss: string, published: PublishedFigure[] = publishedFigures()): EducationTargets {
  const rows = published.filter((f) => f.authority === gss && f.domain === 'education_send');
  const of = (measure: string) => rows.filter((f) => f.measure === measure);
  const targets: EducationTargets = { allWithin20Weeks: [], secondaryAbsence: [], peps: null, post16: {} };
  for (const f of of('ehcp_children_change_pct'))
    targets.planChange = { from: periodOf(parts(f).get('comparison')!).end, to: periodOf(f.period).end, pct: f.value };
  for (const f of of('ehcps_issued_within_20_weeks_pct')) {
    if (f.value !== 100) throw new Error(`seed: ${f.id}: only 100% within 20 weeks is calibrated`);
    const period = periodOf(f.period);
    targets.allWithin20Weeks.push({ from: period.start, to: period.end });
  }
  for (const f of of('secondary_pupil_absence_pct'))
    targets.secondaryAbsence.push({ year: absenceYearOf(f.period), pct: f.value });
  const timeliness = of('peps_completed_in_timescale_pct').map((f) => ({ month: f.asOf, pct: f.value }));
  const amber = of('peps_rated_amber_pct');
  const good = of('peps_good_or_outstanding_pct');
  if (timeliness.length || amber.length)
    targets.peps = {
      inTimescale: timeliness,
      quality: amber.map((a) => {
        const g = good.find((x) => x.period === a.period)!;
        return {
          year: Number(a.period.slice(0, 4)),
          amberPct: a.value,
          goodPct: parts(g).get('qualifier') === 'just_under' ? { below: g.value } : g.value,
        };
      }),
    };
  for (const f of of('post16_education_dropouts_count')) {
    const interviewed = of('post16_dropouts_interviewed_count').find((x) => x.period === f.period);
    targets.post16.dropouts = {
      ...windowOf(parts(f).get('window')!),
      count: f.value,
      interviewed: interviewed?.value ?? -1,
    };
  }
  for (const f of of('neet_risk_transition_plans_count'))
    targets.post16.transitionPlans = { ...academicWindowOf(f.period), count: f.value };
  // Published with no date: read at the end of the quarter the performance summary reports (Q1 2022-23).
  for (const f of of('semh_provision_young_people_count'))
    targets.post16.semhAt = { date: '2022-06-30', count: f.value };
  return targets;
}

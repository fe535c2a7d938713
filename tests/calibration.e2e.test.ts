import { publishedDate } from '../seed/shared/reference-data';
import { T4C_MEMBERS } from '../seed/shared/pilot-councils';
import { backends } from './support/backends';
import { boardToken } from './support/board-token';
import { englandLas, PILOT_COUNCILS, PublishedFigure, publishedFigures } from './support/reference-figures';
import { Stack, startStackWithTokens } from './support/stack';

/**
 * The calibration test: every children-in-care and fostering figure the councils and DfE
 * published for the nine councils, asked through the gateway, must come back exactly.
 */

interface Check {
  label: string;
  authority: string;
  /** A selection on LocalAuthority, and how to read the number from its result. */
  field: string;
  read: (la: any) => number | null; // eslint-disable-line @typescript-eslint/no-explicit-any
  expected: number;
}

const cell = (key: string) => (cells: { key: string; figure: { value: number | null } }[]) => cells.find((c) => c.key === key)?.figure.value ?? null;

function checkFor(f: PublishedFigure): Check | 'not-modelled' {
  const base = { label: `${f.id} (${f.value})`, authority: f.authority, expected: f.value };
  // The papers' dates read as the seed reads them: a month means its last day (CALIBRATION.md).
  const at = f.asOf ? publishedDate(f.asOf) : '';
  switch (f.measure) {
    case 'children_in_care_count':
      if (f.breakdown === '') return { ...base, field: `childrenInCare(at: "${at}") { total { value } }`, read: (la) => la.childrenInCare.total.value };
      if (f.breakdown === 'age_band=0-5') return { ...base, field: `childrenInCare(at: "${at}") { breakdown(by: AGE_BAND, ageBands: ["0-5"]) { key figure { value } } }`, read: (la) => cell('0-5')(la.childrenInCare.breakdown) };
      break;
    case 'uasc_count':
      if (at) return { ...base, field: `childrenInCare(at: "${at}") { breakdown(by: UASC) { key figure { value } } }`, read: (la) => cell('UASC')(la.childrenInCare.breakdown) };
      break;
    case 'foster_carer_enquiries_count':
      return { ...base, field: `fosterCarerRecruitment(period: "${f.period}") { enquiries { value } }`, read: (la) => la.fosterCarerRecruitment.enquiries.value };
    case 'skills_to_foster_invitations_count':
      return { ...base, field: `fosterCarerRecruitment(period: "${f.period}") { invitedToTraining { value } }`, read: (la) => la.fosterCarerRecruitment.invitedToTraining.value };
    case 'foster_applicants_progressing_count':
      return { ...base, field: `fosterCarerRecruitment(period: "${f.period}") { assessmentsStarted { value } }`, read: (la) => la.fosterCarerRecruitment.assessmentsStarted.value };
    case 'foster_carer_approvals_count':
      return { ...base, field: `fosterHouseholdApprovals(period: "${f.period}", type: MAINSTREAM) { total { value } }`, read: (la) => la.fosterHouseholdApprovals.total.value };
    case 'foster_carer_resignations_count':
      return { ...base, field: `fosterHouseholdDeregistrations(period: "${f.period}", type: MAINSTREAM) { breakdown(by: DEREGISTRATION_REASON) { key figure { value } } }`, read: (la) => cell('RESIGNED')(la.fosterHouseholdDeregistrations.breakdown) };
    case 'children_placed_with_foster_carers_count':
      return { ...base, field: `childrenPlacedWithFosterCarers(period: "${f.period}", type: MAINSTREAM) { total { value } }`, read: (la) => la.childrenPlacedWithFosterCarers.total.value };
    case 'foster_carers_count': {
      const type = { 'carer_type=mainstream_unrelated': 'MAINSTREAM', 'carer_type=connected': 'CONNECTED' }[f.breakdown];
      if (type) return { ...base, field: `fosterHouseholds(at: "${at}", type: ${type}) { total { value } }`, read: (la) => la.fosterHouseholds.total.value };
      break;
    }
    case 'children_with_connected_carers_count':
      return { ...base, field: `childrenInCare(at: "${at}") { breakdown(by: CARER_TYPE) { key figure { value } } }`, read: (la) => cell('CONNECTED')(la.childrenInCare.breakdown) };
  }
  return 'not-modelled';
}

/**
 * Published figures about the nine councils that the hub's data model does not hold (yet): care
 * leavers' accommodation, supported housing capacity, training courses, a ratio for one ward, a
 * "previous peak" with no date. Listed so that a new row in the CSV cannot be skipped silently.
 */
const NOT_MODELLED = new Set([
  'foster_carer_training_courses_count',
  'care_leaver_property_applications_count',
  'supported_flats_count',
  'cwd_respite_capacity_count',
  'supported_lodgings_new_provisions_count',
  'care_leavers_suitable_accommodation_count',
  'care_leavers_count',
  'care_leavers_suitable_accommodation_pct',
  'care_leavers_not_suitable_accommodation_count',
  'young_people_leaving_care_forecast_count',
  'residential_home_capacity_count',
  'uasc_count',
  'residential_hub_beds_count',
  'supported_lodgings_capacity_count',
  'care_leavers_supported_count',
  'children_looked_after_rate_per_10000',
]);

function calibrationChecks(): Check[] {
  const published = publishedFigures().filter((f) => ['children_in_care', 'fostering'].includes(f.domain) && PILOT_COUNCILS.includes(f.authority));
  const checks: Check[] = [];
  for (const f of published) {
    const check = checkFor(f);
    if (check === 'not-modelled') {
      if (!NOT_MODELLED.has(f.measure)) throw new Error(`published figure ${f.id} (${f.measure}) is neither checked nor listed as not modelled`);
    } else checks.push(check);
  }
  // DfE's 31 March counts, unless a committee paper gives one for the same date (the paper wins).
  const paperDates = new Set(checks.filter((c) => /childrenInCare\(at: "[^"]+"\) \{ total/.test(c.field)).map((c) => `${c.authority}|${c.field}`));
  for (const row of englandLas().filter((r) => PILOT_COUNCILS.includes(r.gss))) {
    for (const year of [2021, 2022, 2023, 2024, 2025]) {
      const value = row[`cla_31_march_${year}`];
      const field = `childrenInCare(at: "${year}-03-31") { total { value } }`;
      if (!/^\d+$/.test(value) || paperDates.has(`${row.gss}|${field}`)) continue;
      checks.push({ label: `DfE CLA ${row.name} 31 March ${year} (${value})`, authority: row.gss, field, read: (la) => la.childrenInCare.total.value, expected: Number(value) });
    }
  }
  return checks;
}

const CHECKS = calibrationChecks();

describe.each(backends())('calibration through the gateway on %s', (backend) => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStackWithTokens(backend);
  });
  afterAll(() => stack.stop());

  it('checks the figures the issue names', () => {
    const labels = CHECKS.map((c) => c.label).join('\n');
    expect(labels).toMatch(/s21-cic-staffs-2021-05-31/);
    expect(labels).toMatch(/mb21-cic-mbro-2020-08 /);
    expect(labels).toMatch(/rc22-cw-connected-carers-redcar-2022-03/);
    expect(CHECKS.length).toBeGreaterThanOrEqual(60);
  });

  it.each(CHECKS.map((c) => [c.label, c] as const))('%s', async (_label, check) => {
    // As a board member of the council's adoption agency: published counts of 1 to 4 are not suppressed for them.
    const result = await stack.query(`{ localAuthority(code: "${check.authority}") { ${check.field} } }`, undefined, boardToken(T4C_MEMBERS.includes(check.authority) ? 'T4C' : 'ATV'));
    expect(result.errors).toBeUndefined();
    expect(check.read(result.data!.localAuthority)).toBe(check.expected);
  });
});

import { placeholders } from '../../platform/authority-rows.loader';
import { RequestContext } from '../../platform/request-context';

const text = (value: unknown) => (value == null ? null : String(value));

/**
 * A child's education records of one kind, read through the pupil record that carries their
 * `Child` id: one statement per kind per request, however many children are asked about.
 */
function byChild(context: RequestContext, kind: string, sql: (marks: string) => string) {
  return context.loader<string, Record<string, unknown>[]>(`child-education|${kind}`, async (ids) => {
    const rows: Record<string, unknown>[] = await context.dataSource.query(sql(placeholders([...ids])), [...ids]);
    return ids.map((id) => rows.filter((r) => String(r.child_id) === id));
  });
}

export async function ehcPlansOfChild(context: RequestContext, childId: string) {
  const rows = await byChild(
    context,
    'ehc-plans',
    (
      marks,
    ) => `SELECT u.child_id, p.issued_on, r.received_on, p.exception, p.primary_need, p.setting, p.ceased_on, p.ceased_reason
      FROM ehc_plan p JOIN pupil u ON u.id = p.pupil_id LEFT JOIN ehc_request r ON r.id = p.request_id
      WHERE u.child_id IN (${marks}) ORDER BY p.issued_on`,
  ).load(childId);
  return rows.map((r) => ({
    issuedOn: String(r.issued_on),
    requestReceivedOn: text(r.received_on),
    exception: Number(r.exception) === 1,
    primaryNeed: String(r.primary_need),
    setting: String(r.setting),
    ceasedOn: text(r.ceased_on),
    ceasedReason: text(r.ceased_reason),
  }));
}

export async function senSupportOfChild(context: RequestContext, childId: string) {
  const rows = await byChild(
    context,
    'sen-support',
    (
      marks,
    ) => `SELECT u.child_id, s.start_on, s.end_on, s.primary_need FROM sen_support s JOIN pupil u ON u.id = s.pupil_id
      WHERE u.child_id IN (${marks}) ORDER BY s.start_on`,
  ).load(childId);
  return rows.map((r) => ({ startOn: String(r.start_on), endOn: text(r.end_on), primaryNeed: String(r.primary_need) }));
}

export async function pepsOfChild(context: RequestContext, childId: string) {
  const rows = await byChild(
    context,
    'peps',
    (marks) => `SELECT child_id, due_on, completed_on, first_grade, grade FROM personal_education_plan
      WHERE child_id IN (${marks}) ORDER BY due_on`,
  ).load(childId);
  return rows.map((r) => ({
    dueOn: String(r.due_on),
    completedOn: text(r.completed_on),
    firstGrade: text(r.first_grade),
    grade: text(r.grade),
  }));
}

export async function attendanceOfChild(context: RequestContext, childId: string) {
  const rows = await byChild(
    context,
    'attendance',
    (
      marks,
    ) => `SELECT u.child_id, a.academic_year, COUNT(*) AS terms, SUM(a.possible_sessions) AS possible, SUM(a.missed_sessions) AS missed
      FROM attendance a JOIN pupil u ON u.id = a.pupil_id
      WHERE u.child_id IN (${marks}) GROUP BY u.child_id, a.academic_year ORDER BY a.academic_year`,
  ).load(childId);
  return rows.map((r) => ({
    academicYear: String(r.academic_year),
    terms: Number(r.terms),
    possibleSessions: Number(r.possible),
    missedSessions: Number(r.missed),
  }));
}

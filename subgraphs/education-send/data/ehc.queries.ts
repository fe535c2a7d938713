import { DataSource } from 'typeorm';
import { Period } from '../../../schema/vocabulary/period';
import { groupedRows } from './grouped-query';
import { SendRow } from './send-row';

const PLAN_COLUMNS = {
  dateOfBirth: 'u.date_of_birth',
  primaryNeed: 'p.primary_need',
  setting: 'p.setting',
  ceasedReason: "COALESCE(p.ceased_reason, 'NOT_CEASED')",
};
const PLANS = 'ehc_plan p JOIN pupil u ON u.id = p.pupil_id';
const count = { n: 'COUNT(*)' };

/** EHC plans maintained at the end of `at` (issued by then, not ceased). */
export function plansHeldAt(ds: DataSource, codes: string[], at: string, attributes: string[]): Promise<SendRow[]> {
  return groupedRows(ds, codes, attributes, {
    from: PLANS,
    alias: 'p',
    where: 'p.issued_on <= ? AND (p.ceased_on IS NULL OR p.ceased_on > ?)',
    parameters: [at, at],
    columns: PLAN_COLUMNS,
    aggregates: count,
  });
}

/** Plans issued in the period; age at issue. */
export function plansIssuedIn(ds: DataSource, codes: string[], period: Period, attributes: string[]) {
  return groupedRows<SendRow>(ds, codes, attributes, {
    from: PLANS,
    alias: 'p',
    where: 'p.issued_on BETWEEN ? AND ?',
    parameters: [period.start, period.end],
    columns: { ...PLAN_COLUMNS, eventDate: 'p.issued_on' },
    aggregates: count,
  });
}

/** Plans that ceased in the period; age when they ceased. */
export function plansCeasedIn(ds: DataSource, codes: string[], period: Period, attributes: string[]) {
  return groupedRows<SendRow>(ds, codes, attributes, {
    from: PLANS,
    alias: 'p',
    where: 'p.ceased_on BETWEEN ? AND ?',
    parameters: [period.start, period.end],
    columns: { ...PLAN_COLUMNS, eventDate: 'p.ceased_on' },
    aggregates: count,
  });
}

/**
 * New plans issued in the period after a request (carried-over plans have none), with the day
 * the request was received and whether an exception applied: what 20-week timeliness reads.
 */
export interface TimedPlanRow extends SendRow {
  receivedOn: string;
  issuedOn: string;
  exception: string;
}

export function newPlansWithRequestsIn(ds: DataSource, codes: string[], period: Period, attributes: string[]) {
  return groupedRows<TimedPlanRow>(ds, codes, [...attributes, 'receivedOn', 'issuedOn', 'exception'], {
    from: `${PLANS} JOIN ehc_request r ON r.id = p.request_id`,
    alias: 'p',
    where: 'p.issued_on BETWEEN ? AND ?',
    parameters: [period.start, period.end],
    columns: {
      ...PLAN_COLUMNS,
      eventDate: 'p.issued_on',
      receivedOn: 'r.received_on',
      issuedOn: 'p.issued_on',
      exception: "CASE WHEN p.exception THEN 'Y' ELSE 'N' END",
    },
    aggregates: count,
  });
}

const REQUESTS = 'ehc_request r JOIN pupil u ON u.id = r.pupil_id';
const REQUEST_COLUMNS = { dateOfBirth: 'u.date_of_birth', decision: "COALESCE(r.decision, 'UNDECIDED')" };

/** Requests for an EHC needs assessment received in the period; age when received. */
export function requestsReceivedIn(ds: DataSource, codes: string[], period: Period, attributes: string[]) {
  return groupedRows<SendRow>(ds, codes, attributes, {
    from: REQUESTS,
    alias: 'r',
    where: 'r.received_on BETWEEN ? AND ?',
    parameters: [period.start, period.end],
    columns: { ...REQUEST_COLUMNS, eventDate: 'r.received_on' },
    aggregates: count,
  });
}

/** Decisions (to assess, or not) made in the period; age at the decision. */
export function decisionsIn(ds: DataSource, codes: string[], period: Period, decision: string, attributes: string[]) {
  return groupedRows<SendRow>(ds, codes, attributes, {
    from: REQUESTS,
    alias: 'r',
    where: 'r.decided_on BETWEEN ? AND ? AND r.decision = ?',
    parameters: [period.start, period.end, decision],
    columns: { ...REQUEST_COLUMNS, eventDate: 'r.decided_on' },
    aggregates: count,
  });
}

/** Pupils on SEN support at the end of `at`. */
export function senSupportAt(ds: DataSource, codes: string[], at: string, attributes: string[]) {
  return groupedRows<SendRow>(ds, codes, attributes, {
    from: 'sen_support s JOIN pupil u ON u.id = s.pupil_id',
    alias: 's',
    where: 's.start_on <= ? AND (s.end_on IS NULL OR s.end_on > ?)',
    parameters: [at, at],
    columns: { dateOfBirth: 'u.date_of_birth', primaryNeed: 's.primary_need' },
    aggregates: count,
  });
}

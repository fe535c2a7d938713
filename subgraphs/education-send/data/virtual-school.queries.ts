import { DataSource } from 'typeorm';
import { Period } from '../../../schema/vocabulary/period';
import { groupedRows } from './grouped-query';
import { SendRow } from './send-row';

const ON_ROLL_AT = 'v.joined_on <= ? AND (v.left_on IS NULL OR v.left_on > ?)';

/** The virtual school's roll at the end of `at`: the children in care then. */
export function virtualSchoolRollAt(ds: DataSource, codes: string[], at: string, attributes: string[]) {
  return groupedRows<SendRow>(ds, codes, attributes, {
    from: 'virtual_school_child v',
    alias: 'v',
    where: ON_ROLL_AT,
    parameters: [at, at],
    columns: { dateOfBirth: 'v.date_of_birth' },
    aggregates: { n: 'COUNT(DISTINCT v.child_id)' },
  });
}

/**
 * Children on the roll at `at` who hold an EHC plan then: the school roll's pupil record of the
 * same `Child` joins them to SEN2.
 */
export function childrenInCareWithPlanAt(ds: DataSource, codes: string[], at: string, attributes: string[]) {
  return groupedRows<SendRow>(ds, codes, attributes, {
    from: 'virtual_school_child v JOIN pupil u ON u.child_id = v.child_id JOIN ehc_plan p ON p.pupil_id = u.id',
    alias: 'v',
    where: `${ON_ROLL_AT} AND p.issued_on <= ? AND (p.ceased_on IS NULL OR p.ceased_on > ?)`,
    parameters: [at, at, at, at],
    columns: { dateOfBirth: 'v.date_of_birth', primaryNeed: 'p.primary_need', setting: 'p.setting' },
    aggregates: { n: 'COUNT(DISTINCT v.child_id)' },
  });
}

/** PEPs due in the period: `n` of them, `sum` completed on or before the day they were due. */
export function pepsDueIn(ds: DataSource, codes: string[], period: Period, attributes: string[]) {
  return groupedRows<SendRow>(ds, codes, attributes, {
    from: 'personal_education_plan e',
    alias: 'e',
    where: 'e.due_on BETWEEN ? AND ?',
    parameters: [period.start, period.end],
    columns: {},
    aggregates: {
      n: 'COUNT(*)',
      sum: 'SUM(CASE WHEN e.completed_on IS NOT NULL AND e.completed_on <= e.due_on THEN 1 ELSE 0 END)',
    },
  });
}

/**
 * PEPs completed in the period and quality-assured: `n` of them, `amber` first graded amber,
 * `good` graded green or gold now.
 */
export interface PepQualityRow {
  authorityCode: string;
  n: number;
  amber: number;
  good: number;
}

export function pepQualityIn(ds: DataSource, codes: string[], period: Period): Promise<PepQualityRow[]> {
  return groupedRows<PepQualityRow>(ds, codes, [], {
    from: 'personal_education_plan e',
    alias: 'e',
    where: 'e.completed_on BETWEEN ? AND ? AND e.grade IS NOT NULL',
    parameters: [period.start, period.end],
    columns: {},
    aggregates: {
      n: 'COUNT(*)',
      amber: "SUM(CASE WHEN e.first_grade = 'AMBER' THEN 1 ELSE 0 END)",
      good: "SUM(CASE WHEN e.grade IN ('GREEN', 'GOLD') THEN 1 ELSE 0 END)",
    },
  });
}

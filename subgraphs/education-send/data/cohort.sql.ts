import { badInput } from '../../../schema/vocabulary/errors';
import { COHORT } from '../codes/send.codes';

/**
 * Whether a school record's pupil was looked after on `day` (an SQL column of the record): on
 * the virtual school's roll then, through the pupil's `Child` id. Computed from the roll, so a
 * child in care's school figures are the fostering subgraph's children, never a copied flag.
 */
export function lookedAfterOn(pupil: string, day: string): string {
  return `EXISTS (SELECT 1 FROM pupil lp JOIN virtual_school_child lv ON lv.child_id = lp.child_id
    WHERE lp.id = ${pupil} AND lv.joined_on <= ${day} AND (lv.left_on IS NULL OR lv.left_on > ${day}))`;
}

/** The `LOOKED_AFTER` / `NOT_LOOKED_AFTER` key of a record, as an SQL expression. */
export function lookedAfterKey(pupil: string, day: string): string {
  return `CASE WHEN ${lookedAfterOn(pupil, day)} THEN 'LOOKED_AFTER' ELSE 'NOT_LOOKED_AFTER' END`;
}

/** The `cohort` argument: one of COHORT's codes, checked here so the error names the argument. */
export function parseCohort(value: unknown): string {
  const cohort = value == null ? 'ALL' : String(value);
  if (!(cohort in COHORT)) throw badInput('cohort', cohort, `one of ${Object.keys(COHORT).join(', ')}`);
  return cohort;
}

/** The SQL condition of a cohort over a record with a `sen_status` column and a pupil and day. */
export function cohortCondition(cohort: string, senStatus: string, pupil: string, day: string): string {
  switch (cohort) {
    case 'SEND':
      return `${senStatus} <> 'NONE'`;
    case 'SEN_SUPPORT':
      return `${senStatus} = 'SEN_SUPPORT'`;
    case 'EHC_PLAN':
      return `${senStatus} = 'EHC_PLAN'`;
    case 'NO_SEN':
      return `${senStatus} = 'NONE'`;
    case 'LOOKED_AFTER':
      return lookedAfterOn(pupil, day);
    default:
      return '1 = 1';
  }
}

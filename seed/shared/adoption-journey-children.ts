import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../subgraphs/platform/project-root';
import { parseCsv } from './csv';

/**
 * The children on adoption journeys, as the adoption seed (their owner) writes them for the
 * fostering seed: the facts both subgraphs must agree on. Shared as data, not code, so neither
 * seed depends on the other's generator. Dates are ISO days; null where the step never happens.
 * Rows are in the adoption generator's order (fostering draws its random numbers in that order).
 */
export interface AdoptionJourneyChild {
  childId: string;
  authorityCode: string;
  dateOfBirth: string;
  sex: 'M' | 'F';
  ethnicity: string;
  enteredCare: string;
  placementOrderDate: string | null;
  fosterPlacementStart: string | null;
  adoptedByFosterCarer: boolean;
  placedDate: string | null;
  disruptedDate: string | null;
  adoptionOrderDate: string | null;
  planCeasedDate: string | null;
  planCeasedReason: string | null;
}

export const ADOPTION_JOURNEY_CHILDREN_PATH = join('seed', 'data', 'adoption-journey-children.csv');

const COLUMNS: [keyof AdoptionJourneyChild, string][] = [
  ['childId', 'child_id'],
  ['authorityCode', 'authority_code'],
  ['dateOfBirth', 'date_of_birth'],
  ['sex', 'sex'],
  ['ethnicity', 'ethnicity'],
  ['enteredCare', 'entered_care'],
  ['placementOrderDate', 'placement_order_date'],
  ['fosterPlacementStart', 'foster_placement_start'],
  ['adoptedByFosterCarer', 'adopted_by_foster_carer'],
  ['placedDate', 'placed_date'],
  ['disruptedDate', 'disrupted_date'],
  ['adoptionOrderDate', 'adoption_order_date'],
  ['planCeasedDate', 'plan_ceased_date'],
  ['planCeasedReason', 'plan_ceased_reason'],
];

/** The file's text: a header, then one line per child (no value needs quoting: codes and dates). */
export function formatAdoptionJourneyChildren(children: AdoptionJourneyChild[]): string {
  const cell = (value: string | boolean | null) =>
    value === null ? '' : typeof value === 'boolean' ? (value ? 'Y' : 'N') : value;
  const lines = children.map((c) => COLUMNS.map(([key]) => cell(c[key])).join(','));
  return [COLUMNS.map(([, column]) => column).join(','), ...lines].join('\n') + '\n';
}

export function parseAdoptionJourneyChildren(text: string): AdoptionJourneyChild[] {
  const orNull = (value: string) => (value === '' ? null : value);
  return parseCsv(text).map((r) => ({
    childId: r.child_id,
    authorityCode: r.authority_code,
    dateOfBirth: r.date_of_birth,
    sex: r.sex as 'M' | 'F',
    ethnicity: r.ethnicity,
    enteredCare: r.entered_care,
    placementOrderDate: orNull(r.placement_order_date),
    fosterPlacementStart: orNull(r.foster_placement_start),
    adoptedByFosterCarer: r.adopted_by_foster_carer === 'Y',
    placedDate: orNull(r.placed_date),
    disruptedDate: orNull(r.disrupted_date),
    adoptionOrderDate: orNull(r.adoption_order_date),
    planCeasedDate: orNull(r.plan_ceased_date),
    planCeasedReason: orNull(r.plan_ceased_reason),
  }));
}

/** The checked-in file (regenerate with `npm run seed:shared-children`). */
export function readAdoptionJourneyChildren(): AdoptionJourneyChild[] {
  return parseAdoptionJourneyChildren(readFileSync(join(projectRoot(), ADOPTION_JOURNEY_CHILDREN_PATH), 'utf8'));
}

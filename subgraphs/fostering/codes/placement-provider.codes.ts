import { CodeList } from './code-list';

/** SSDA903 placement provider (PLACE_PROVIDER). */
export const PLACEMENT_PROVIDER: CodeList = {
  PR0: 'Parent(s) or other person(s) with parental responsibility',
  PR1: 'Own provision (by the council)',
  PR2: 'Other local authority provision',
  PR3: 'Other public provision (e.g. by a PCT)',
  PR4: 'Private provision',
  PR5: 'Voluntary/third sector provision',
};

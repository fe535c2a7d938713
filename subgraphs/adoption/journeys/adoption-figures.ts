import { parseDateArgument } from '../../../schema/vocabulary/date.scalar';
import { FigureScope } from '../../measures/figure-scope';
import { ChildrenAwaitingAdoption } from './types/children-awaiting-adoption.type';
import { WaitingChildren } from './waiting-children';

/** The children waiting for adoption of a scope (one authority or a region's members). */
export function childrenAwaitingAdoption(scope: FigureScope, atArgument: string): ChildrenAwaitingAdoption {
  const at = parseDateArgument('at', atArgument);
  return Object.assign(new ChildrenAwaitingAdoption(), { at, waiting: new WaitingChildren(scope, at) });
}

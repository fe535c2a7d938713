import { RequestContext } from '../platform/request-context';
import { seesSmallNumbers } from './figure.builder';
import { MeasureValue } from './measure';

/**
 * Whether the caller sees a measure's small numbers for its scope: as `seesSmallNumbers` says for
 * the viewer, narrowed by the measure's `smallNumbersFor` (domestic abuse: board members only).
 */
export function unsuppressedFor(value: MeasureValue, context: RequestContext): boolean {
  const allowed = value.declaration.smallNumbersFor;
  if (allowed && !allowed.includes(context.viewer.kind as 'BOARD_MEMBER' | 'ANALYST')) return false;
  return seesSmallNumbers(context.viewer, value.scope.authorityCodes, value.scope.regionCode);
}
